package ical_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/openpar/cchc/internal/ical"
)

// printLines prints a calendar with LF line ends, for reading; the file
// itself has CRLF.
func printLines(c *ical.Calendar) {
	var b strings.Builder
	if _, err := c.WriteTo(&b); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(strings.ReplaceAll(b.String(), "\r\n", "\n"))
}

// printComponent prints the properties of the calendar's components only.
func printComponent(c *ical.Calendar) {
	var b strings.Builder
	if _, err := c.WriteTo(&b); err != nil {
		fmt.Println(err)
		return
	}
	in := false
	for _, l := range strings.Split(b.String(), "\r\n") {
		switch {
		case l == "BEGIN:VTODO" || l == "BEGIN:VEVENT":
			in = true
		case l == "END:VTODO" || l == "END:VEVENT":
			in = false
		case in && !strings.HasPrefix(l, "DTSTAMP:") && !strings.HasPrefix(l, "UID:"):
			fmt.Println(l)
		}
	}
}

func ExampleCalendar() {
	ict := time.FixedZone("ICT", 7*3600)
	c := &ical.Calendar{
		Name:  "CCHC - Sở Tư pháp",
		Stamp: time.Date(2017, 12, 28, 9, 30, 0, 0, ict),
	}
	err := c.AddTodo(ical.Todo{
		UID:     ical.UID("binh-phuoc-2018", "1.2"),
		Summary: "Rà soát, đơn giản hóa thủ tục hành chính",
		DueDate: ical.Date{Year: 2018, Month: time.September, Day: 28},
	})
	if err != nil {
		fmt.Println(err)
	}
	err = c.AddEvent(ical.Event{
		UID:      ical.UID("thai-nguyen-2017", "weekly"),
		Summary:  "Báo cáo tuần",
		Start:    time.Date(2017, 1, 6, 10, 0, 0, 0, ict),
		Duration: 30 * time.Minute,
		RRule:    ical.RRule{Freq: ical.Weekly, ByDay: []ical.WeekdayNum{{Day: time.Friday}}},
	})
	if err != nil {
		fmt.Println(err)
	}
	printLines(c)
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//openpar//cchc//VI
	// CALSCALE:GREGORIAN
	// METHOD:PUBLISH
	// NAME:CCHC - Sở Tư pháp
	// X-WR-CALNAME:CCHC - Sở Tư pháp
	// BEGIN:VTIMEZONE
	// TZID:Asia/Ho_Chi_Minh
	// BEGIN:STANDARD
	// DTSTART:19700101T000000
	// TZOFFSETFROM:+0700
	// TZOFFSETTO:+0700
	// TZNAME:ICT
	// END:STANDARD
	// END:VTIMEZONE
	// BEGIN:VTODO
	// DTSTAMP:20171228T023000Z
	// UID:4897b862-0b18-5a3b-b0b3-3fd4bf5eaf8f
	// SUMMARY:Rà soát\, đơn giản hóa thủ tục hành chính
	// DUE;VALUE=DATE:20180928
	// END:VTODO
	// BEGIN:VEVENT
	// DTSTAMP:20171228T023000Z
	// UID:6433aeda-7e29-58cc-b34e-1cd5f36dbb8b
	// SUMMARY:Báo cáo tuần
	// DTSTART;TZID=Asia/Ho_Chi_Minh:20170106T100000
	// DURATION:PT30M
	// RRULE:FREQ=WEEKLY;BYDAY=FR
	// END:VEVENT
	// END:VCALENDAR
}

func ExampleTodo() {
	ict := time.FixedZone("ICT", 7*3600)
	c := &ical.Calendar{Stamp: time.Date(2018, 1, 2, 8, 0, 0, 0, time.UTC)}
	err := c.AddTodo(ical.Todo{
		UID:         "bp-2018-report-q1",
		Summary:     "Báo cáo CCHC quý I/2018",
		Description: "Gửi Sở Nội vụ trước 5/3.\nBiểu mẫu: 01, 02",
		Due:         time.Date(2018, 3, 2, 17, 0, 0, 0, ict),
		Status:      ical.NeedsAction,
		Categories:  []string{"Báo cáo", "Quý I"},
	})
	if err != nil {
		fmt.Println(err)
	}
	printComponent(c)
	// Output:
	// SUMMARY:Báo cáo CCHC quý I/2018
	// DESCRIPTION:Gửi Sở Nội vụ trước 5/3.\nBiểu mẫu: 01\, 02
	// DUE;TZID=Asia/Ho_Chi_Minh:20180302T170000
	// STATUS:NEEDS-ACTION
	// CATEGORIES:Báo cáo,Quý I
}

// An all-day event names its last day; DTEND is the day after, as RFC 5545
// counts it.
func ExampleEvent() {
	c := &ical.Calendar{Stamp: time.Date(2018, 1, 2, 8, 0, 0, 0, time.UTC)}
	err := c.AddEvent(ical.Event{
		UID:       "bp-2018-self-assessment",
		Summary:   "Tự đánh giá chỉ số CCHC",
		StartDate: ical.Date{Year: 2018, Month: time.December, Day: 24},
		EndDate:   ical.Date{Year: 2018, Month: time.December, Day: 31},
		Status:    ical.Confirmed,
	})
	if err != nil {
		fmt.Println(err)
	}
	printComponent(c)
	// Output:
	// SUMMARY:Tự đánh giá chỉ số CCHC
	// DTSTART;VALUE=DATE:20181224
	// DTEND;VALUE=DATE:20190101
	// STATUS:CONFIRMED
}

// Bình Phước 2018 asks for reports before 5/3, 5/6 and 5/9 each year.
func ExampleRRule() {
	c := &ical.Calendar{Stamp: time.Date(2018, 1, 2, 8, 0, 0, 0, time.UTC)}
	err := c.AddEvent(ical.Event{
		UID:       "bp-2018-reports",
		Summary:   "Hạn gửi báo cáo CCHC",
		StartDate: ical.Date{Year: 2018, Month: time.March, Day: 5},
		RRule: ical.RRule{
			Freq:       ical.Yearly,
			ByMonth:    []time.Month{time.March, time.June, time.September},
			ByMonthDay: []int{5},
			Until:      ical.Date{Year: 2020, Month: time.December, Day: 31},
		},
	})
	if err != nil {
		fmt.Println(err)
	}
	printComponent(c)
	// Output:
	// SUMMARY:Hạn gửi báo cáo CCHC
	// DTSTART;VALUE=DATE:20180305
	// DTEND;VALUE=DATE:20180306
	// RRULE:FREQ=YEARLY;BYMONTH=3,6,9;BYMONTHDAY=5;UNTIL=20201231
}

// The last Friday of each month, the monthly report day of Thái Nguyên 2017.
func ExampleWeekdayNum() {
	c := &ical.Calendar{Stamp: time.Date(2017, 1, 2, 8, 0, 0, 0, time.UTC)}
	err := c.AddEvent(ical.Event{
		UID:   "tn-2017-monthly",
		Start: time.Date(2017, 1, 27, 3, 0, 0, 0, time.UTC),
		RRule: ical.RRule{Freq: ical.Monthly, ByDay: []ical.WeekdayNum{{N: -1, Day: time.Friday}}, Count: 12},
	})
	if err != nil {
		fmt.Println(err)
	}
	printComponent(c)
	// Output:
	// DTSTART:20170127T030000Z
	// RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=12
}

// Extra properties carry what Todo and Event have no field for. A parameter
// value with a comma, colon or semicolon is quoted.
func ExampleProperty() {
	c := &ical.Calendar{Stamp: time.Date(2018, 1, 2, 8, 0, 0, 0, time.UTC)}
	err := c.AddEvent(ical.Event{
		UID:       "bp-2018-cut-off",
		StartDate: ical.Date{Year: 2018, Month: time.December, Day: 14},
		Extra: []ical.Property{
			{Name: "LOCATION", Value: ical.EscapeText("Sở Nội vụ, tầng 3")},
			{Name: "X-CCHC-SOURCE", Params: []ical.Param{{Name: "X-DOC", Value: "NĐ 09/2019, Điều 12"}}, Value: "09/2019/NĐ-CP"},
		},
	})
	if err != nil {
		fmt.Println(err)
	}
	printComponent(c)
	// Output:
	// DTSTART;VALUE=DATE:20181214
	// DTEND;VALUE=DATE:20181215
	// LOCATION:Sở Nội vụ\, tầng 3
	// X-CCHC-SOURCE;X-DOC="NĐ 09/2019, Điều 12":09/2019/NĐ-CP
}

func ExampleError() {
	var c ical.Calendar
	err := c.AddTodo(ical.Todo{UID: "bp-1", DueDate: ical.Date{Year: 2018, Month: time.February, Day: 30}})
	var e *ical.Error
	if errors.As(err, &e) {
		fmt.Println(e.Property, e.Value)
	}
	fmt.Println(err)
	// Output:
	// DUE 2018-02-30
	// ical: VTODO "bp-1": DUE "2018-02-30": invalid date
}

func ExampleDate() {
	d := ical.Date{Year: 2018, Month: time.March, Day: 5}
	fmt.Println(d, d.IsZero(), ical.Date{}.IsZero())
	// Output: 2018-03-05 false true
}

func ExampleUID() {
	// The same parts give the same UID on every run.
	fmt.Println(ical.UID("binh-phuoc-2018", "1.2"))
	fmt.Println(ical.UID("binh-phuoc-2018", "1.2") == ical.UID("binh-phuoc-2018", "1.2"))
	// Output:
	// 4897b862-0b18-5a3b-b0b3-3fd4bf5eaf8f
	// true
}

func ExampleFold() {
	line := "SUMMARY:Sở Tư pháp chủ trì rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của UBND tỉnh"
	folded := ical.Fold(line)
	for _, l := range strings.Split(folded, "\r\n") {
		fmt.Printf("%2d %q\n", len(l), l)
	}
	fmt.Println(ical.Unfold(folded) == line)
	// Output:
	// 75 "SUMMARY:Sở Tư pháp chủ trì rà soát thủ tục hành chính thuộ"
	// 50 " c thẩm quyền giải quyết của UBND tỉnh"
	// true
}

func ExampleEscapeText() {
	fmt.Println(ical.EscapeText("Chủ trì: Sở Nội vụ; phối hợp: các sở, ngành\nThời gian: Quý III"))
	// Output: Chủ trì: Sở Nội vụ\; phối hợp: các sở\, ngành\nThời gian: Quý III
}

func ExampleStatus() {
	s, err := ical.ParseStatus("needs-action")
	fmt.Println(s, s == ical.NeedsAction, err)
	// Output: NEEDS-ACTION true <nil>
}

func ExampleFreq() {
	f, err := ical.ParseFreq("monthly")
	fmt.Println(f, f == ical.Monthly, err)
	// Output: MONTHLY true <nil>
}

// A parameter value without a comma, colon or semicolon is written bare.
func ExampleParam() {
	c := &ical.Calendar{Stamp: time.Date(2018, 1, 2, 8, 0, 0, 0, time.UTC)}
	err := c.AddEvent(ical.Event{
		UID:       "bp-2018-agency",
		StartDate: ical.Date{Year: 2018, Month: time.March, Day: 5},
		Extra:     []ical.Property{{Name: "X-CCHC-AGENCY", Params: []ical.Param{{Name: "X-ID", Value: "so-noi-vu"}}, Value: "Sở Nội vụ"}},
	})
	if err != nil {
		fmt.Println(err)
	}
	printComponent(c)
	// Output:
	// DTSTART;VALUE=DATE:20180305
	// DTEND;VALUE=DATE:20180306
	// X-CCHC-AGENCY;X-ID=so-noi-vu:Sở Nội vụ
}
