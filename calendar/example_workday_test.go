package calendar_test

import (
	"fmt"
	"time"

	"github.com/openpar/cchc/calendar"
)

func ExampleVietnam() {
	c := calendar.Vietnam()
	// A plan's deadline "31/12/2017" falls on a Sunday, and 1/1/2018 is New
	// Year's Day: it moves to the next working day.
	due := calendar.NewDate(2017, time.December, 31)
	fmt.Println(c.IsWorkday(due), c.NextWorkday(due).Format())
	// Output: false 02/01/2018
}

func ExampleCalendar_PrevWorkday() {
	c := calendar.Vietnam()
	// "trước ngày 01/12/2018": the last working day before a Saturday.
	fmt.Println(c.PrevWorkday(calendar.NewDate(2018, time.December, 1)).Format())
	// Output: 30/11/2018
}

func ExampleCalendar_AddWorkdays() {
	c := calendar.Vietnam()
	// Ten working days after 24/1/2025 jump the nine days of Tết Ất Tỵ.
	d := calendar.NewDate(2025, time.January, 24)
	fmt.Println(c.AddWorkdays(d, 10).Format())
	fmt.Println(c.AddWorkdays(d, -1).Format())
	// Output:
	// 14/02/2025
	// 23/01/2025
}

func ExampleCalendar_Workdays() {
	c := calendar.Vietnam()
	// Quý I/2025 has 64 weekdays; New Year's Day and five days of Tết are off.
	q := calendar.QuarterPeriod(2025, 1)
	fmt.Println(c.Workdays(q.Start(), q.End()))
	// Output: 58
}

func ExampleCalendar_Holidays() {
	c := calendar.Vietnam()
	hs, err := c.Holidays(2025)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, h := range hs {
		fmt.Println(h.Date.Format(), h.Date.Weekday(), h.Kind, h.Name)
	}
	fmt.Println(c.Announced(2025), c.Announced(2030))
	_, err = c.Holidays(1990)
	fmt.Println(err)
	// Output:
	// 01/01/2025 Wednesday statutory Tết Dương lịch
	// 27/01/2025 Monday statutory Tết Nguyên đán
	// 28/01/2025 Tuesday statutory Tết Nguyên đán
	// 29/01/2025 Wednesday statutory Tết Nguyên đán
	// 30/01/2025 Thursday statutory Tết Nguyên đán
	// 31/01/2025 Friday statutory Tết Nguyên đán
	// 07/04/2025 Monday statutory Giỗ Tổ Hùng Vương
	// 26/04/2025 Saturday make-up Ngày Quốc tế Lao động
	// 30/04/2025 Wednesday statutory Ngày Chiến thắng
	// 01/05/2025 Thursday statutory Ngày Quốc tế Lao động
	// 02/05/2025 Friday swapped Ngày Quốc tế Lao động
	// 01/09/2025 Monday statutory Quốc khánh
	// 02/09/2025 Tuesday statutory Quốc khánh
	// true false
	// calendar: holidays for year 1990: outside 2000-2199
}

func ExampleCalendar_Holiday() {
	c := calendar.Vietnam()
	h, ok := c.Holiday(calendar.NewDate(2018, time.September, 3))
	fmt.Println(ok, h)
	fmt.Println(h.Source)
	// Output:
	// true 2018-09-03 Quốc khánh (compensatory)
	// Bộ luật Lao động 2012, khoản 3 Điều 115
}

func ExampleCalendar_With() {
	// A province gives its own day off, and an office works one Saturday.
	local, err := calendar.Vietnam().With(
		calendar.Holiday{
			Date: calendar.NewDate(2017, time.August, 15), Kind: calendar.HolidayStatutory,
			Name: "Ngày nghỉ của tỉnh", Source: "Quyết định của UBND tỉnh",
		},
		calendar.Holiday{Date: calendar.NewDate(2017, time.August, 19), Kind: calendar.HolidayMakeUp, Name: "Làm việc thứ Bảy"},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	d := calendar.NewDate(2017, time.August, 15)
	fmt.Println(calendar.Vietnam().IsWorkday(d), local.IsWorkday(d))
	fmt.Println(local.AddWorkdays(d, 4).Format())
	// Output:
	// true false
	// 19/08/2017
}

func ExampleHoliday() {
	h := calendar.Holiday{
		Date:        calendar.NewDate(2025, time.May, 2),
		Name:        "Ngày Quốc tế Lao động",
		EnglishName: "International Labour Day",
		Kind:        calendar.HolidaySwapped,
		Source:      "Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ",
	}
	fmt.Println(h)
	fmt.Println(h.IsDayOff(), h.Kind.Vietnamese())
	// Output:
	// 2025-05-02 Ngày Quốc tế Lao động (swapped)
	// true nghỉ do hoán đổi ngày làm việc
}

func ExampleParseHolidayKind() {
	for _, s := range []string{"nghỉ bù", "make-up", "nghỉ phép"} {
		k, err := calendar.ParseHolidayKind(s)
		fmt.Println(k, err)
	}
	// Output:
	// compensatory <nil>
	// make-up <nil>
	// unspecified calendar: cannot parse holiday kind "nghỉ phép": unknown kind
}
