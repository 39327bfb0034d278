package ical_test

import (
	"bytes"
	"crypto/sha1"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/openpar/cchc/internal/ical"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var ict = time.FixedZone("ICT", 7*3600)

// stamp is the creation time of every test calendar.
var stamp = time.Date(2017, 12, 28, 9, 30, 0, 0, ict)

// sample is a calendar with what the module exports: deadlines of Bình Phước
// 2018 as to-dos, reports of Thái Nguyên 2017 as recurring events.
func sample(t testing.TB) *ical.Calendar {
	c := &ical.Calendar{Name: "Kế hoạch CCHC - Sở Tư pháp", Stamp: stamp}
	todos := []ical.Todo{
		{
			UID:         ical.UID("binh-phuoc-2018", "1.2", "so-tu-phap"),
			Summary:     "Sở Tư pháp chủ trì rà soát thủ tục hành chính, đề xuất đơn giản hóa thủ tục hành chính thuộc thẩm quyền của UBND tỉnh",
			Description: "Chủ trì: Sở Tư pháp\nPhối hợp: Các sở, ban, ngành; UBND cấp huyện\nThời gian: Quý III/2018",
			StartDate:   ical.Date{Year: 2018, Month: time.July, Day: 1},
			DueDate:     ical.Date{Year: 2018, Month: time.September, Day: 28},
			Status:      ical.NeedsAction,
			Categories:  []string{"CCHC", "Cải cách thể chế"},
		},
		{
			UID:     ical.UID("binh-phuoc-2018", "report", "quý I"),
			Summary: "Báo cáo CCHC quý I/2018 (trước ngày 5/3)",
			Due:     time.Date(2018, time.March, 2, 17, 0, 0, 0, ict),
			URL:     "https://binhphuoc.gov.vn/cchc?ky=q1;2018",
		},
	}
	start := time.Date(2017, time.January, 6, 10, 0, 0, 0, ict)
	events := []ical.Event{
		{
			UID:      ical.UID("thai-nguyen-2017", "weekly"),
			Summary:  "Báo cáo tuần (trước 10:00 thứ Sáu)",
			Start:    start,
			Duration: 30 * time.Minute,
			Status:   ical.Confirmed,
			RRule: ical.RRule{Freq: ical.Weekly, ByDay: []ical.WeekdayNum{{Day: time.Friday}},
				Until: ical.Date{Year: 2017, Month: time.December, Day: 31}},
		},
		{
			UID:     ical.UID("thai-nguyen-2017", "monthly"),
			Summary: "Báo cáo tháng (thứ Sáu tuần cuối tháng)",
			Start:   time.Date(2017, time.January, 27, 10, 0, 0, 0, ict),
			End:     time.Date(2017, time.January, 27, 11, 0, 0, 0, ict),
			RRule:   ical.RRule{Freq: ical.Monthly, ByDay: []ical.WeekdayNum{{N: -1, Day: time.Friday}}, Count: 12},
		},
		{
			UID:       ical.UID("binh-phuoc-2018", "cut-off"),
			Summary:   "Chốt số liệu báo cáo năm",
			StartDate: ical.Date{Year: 2018, Month: time.December, Day: 14},
			Extra: []ical.Property{
				{Name: "TRANSP", Value: "TRANSPARENT"},
				{Name: "X-CCHC-SOURCE", Params: []ical.Param{{Name: "X-DOC", Value: "Nghị định 09/2019/NĐ-CP, Điều 12"}}, Value: "09/2019/NĐ-CP"},
			},
		},
		{
			UID:       ical.UID("binh-phuoc-2018", "review"),
			Summary:   "Tự đánh giá chỉ số CCHC",
			StartDate: ical.Date{Year: 2018, Month: time.December, Day: 24},
			EndDate:   ical.Date{Year: 2018, Month: time.December, Day: 31},
		},
		{
			UID:     ical.UID("utc"),
			Summary: "Họp trực tuyến",
			Start:   time.Date(2018, time.May, 4, 2, 0, 0, 0, time.UTC),
			End:     time.Date(2018, time.May, 4, 3, 0, 0, 0, time.UTC),
		},
	}
	for _, td := range todos {
		if err := c.AddTodo(td); err != nil {
			t.Fatal(err)
		}
	}
	for _, ev := range events {
		if err := c.AddEvent(ev); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

func write(t testing.TB, c *ical.Calendar) string {
	t.Helper()
	var buf bytes.Buffer
	n, err := c.WriteTo(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) {
		t.Errorf("WriteTo returned %d, wrote %d bytes", n, buf.Len())
	}
	return buf.String()
}

func TestGolden(t *testing.T) {
	got := write(t, sample(t))
	path := filepath.Join("testdata", "calendar.ics")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test -update to accept):\n%s", path, got)
	}
	if again := write(t, sample(t)); again != got {
		t.Error("two writes of the same calendar differ")
	}
}

func TestLines(t *testing.T) {
	out := write(t, sample(t))
	if !strings.HasSuffix(out, "\r\n") {
		t.Error("output does not end with CRLF")
	}
	for i, line := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(line) > 75 {
			t.Errorf("line %d has %d octets: %q", i+1, len(line), line)
		}
		if strings.ContainsAny(line, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i+1, line)
		}
	}
}

func TestUnfoldedProperties(t *testing.T) {
	unfolded := strings.Split(ical.Unfold(write(t, sample(t))), "\r\n")
	want := []string{
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//openpar//cchc//VI",
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		"NAME:Kế hoạch CCHC - Sở Tư pháp",
		"X-WR-CALNAME:Kế hoạch CCHC - Sở Tư pháp",
		"DTSTAMP:20171228T023000Z",
		`SUMMARY:Sở Tư pháp chủ trì rà soát thủ tục hành chính\, đề xuất đơn giản hóa thủ tục hành chính thuộc thẩm quyền của UBND tỉnh`,
		`DESCRIPTION:Chủ trì: Sở Tư pháp\nPhối hợp: Các sở\, ban\, ngành\; UBND cấp huyện\nThời gian: Quý III/2018`,
		"DTSTART;VALUE=DATE:20180701",
		"DUE;VALUE=DATE:20180928",
		"STATUS:NEEDS-ACTION",
		"CATEGORIES:CCHC,Cải cách thể chế",
		"DUE;TZID=Asia/Ho_Chi_Minh:20180302T170000",
		"URL:https://binhphuoc.gov.vn/cchc?ky=q1;2018",
		"DTSTART;TZID=Asia/Ho_Chi_Minh:20170106T100000",
		"DURATION:PT30M",
		"RRULE:FREQ=WEEKLY;BYDAY=FR;UNTIL=20171231T165959Z",
		"DTEND;TZID=Asia/Ho_Chi_Minh:20170127T110000",
		"RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=12",
		"DTSTART;VALUE=DATE:20181214",
		"DTEND;VALUE=DATE:20181215",
		`X-CCHC-SOURCE;X-DOC="Nghị định 09/2019/NĐ-CP, Điều 12":09/2019/NĐ-CP`,
		"DTSTART;VALUE=DATE:20181224",
		"DTEND;VALUE=DATE:20190101",
		"DTSTART:20180504T020000Z",
		"END:VCALENDAR",
	}
	have := make(map[string]bool)
	for _, l := range unfolded {
		have[l] = true
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("no line %q", w)
		}
	}
}

func TestTimezone(t *testing.T) {
	out := write(t, sample(t))
	if n := strings.Count(out, "BEGIN:VTIMEZONE\r\n"); n != 1 {
		t.Fatalf("%d VTIMEZONE components, want 1", n)
	}
	if strings.Index(out, "BEGIN:VTIMEZONE") > strings.Index(out, "BEGIN:VTODO") {
		t.Error("VTIMEZONE comes after the components that use it")
	}
	for _, l := range []string{"TZID:Asia/Ho_Chi_Minh", "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:ICT", "DTSTART:19700101T000000"} {
		if !strings.Contains(out, "\r\n"+l+"\r\n") {
			t.Errorf("VTIMEZONE has no %q", l)
		}
	}

	// Dates and UTC times need no zone.
	c := &ical.Calendar{Stamp: stamp}
	must(t, c.AddTodo(ical.Todo{UID: "1", DueDate: ical.Date{Year: 2018, Month: 3, Day: 2}}))
	must(t, c.AddEvent(ical.Event{UID: "2", Start: time.Date(2018, 3, 2, 3, 0, 0, 0, time.UTC)}))
	if out := write(t, c); strings.Contains(out, "VTIMEZONE") {
		t.Errorf("VTIMEZONE without a TZID value:\n%s", out)
	}
}

func TestTimes(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		paris = time.FixedZone("CET", 3600)
	}
	tests := []struct {
		start time.Time
		want  string
	}{
		{time.Date(2017, 12, 29, 10, 0, 0, 0, ict), "DTSTART;TZID=Asia/Ho_Chi_Minh:20171229T100000"},
		{time.Date(2017, 12, 29, 3, 0, 0, 0, time.UTC), "DTSTART:20171229T030000Z"},
		// Another zone: the same instant, in Vietnam.
		{time.Date(2017, 12, 29, 4, 0, 0, 0, paris), "DTSTART;TZID=Asia/Ho_Chi_Minh:20171229T100000"},
		// Fractions of a second are dropped.
		{time.Date(2017, 12, 29, 10, 0, 0, 999, ict), "DTSTART;TZID=Asia/Ho_Chi_Minh:20171229T100000"},
	}
	for _, tt := range tests {
		c := &ical.Calendar{Stamp: stamp}
		must(t, c.AddEvent(ical.Event{UID: "1", Start: tt.start}))
		if out := write(t, c); !strings.Contains(out, "\r\n"+tt.want+"\r\n") {
			t.Errorf("%v: no line %q in\n%s", tt.start, tt.want, out)
		}
	}
}

func TestRRule(t *testing.T) {
	friday := time.Date(2017, 1, 6, 10, 0, 0, 0, ict)
	day := ical.Date{Year: 2018, Month: 3, Day: 5}
	tests := []struct {
		name  string
		start time.Time
		date  ical.Date
		rule  ical.RRule
		want  string
	}{
		{"hàng tuần", friday, ical.Date{}, ical.RRule{Freq: ical.Weekly, ByDay: []ical.WeekdayNum{{Day: time.Friday}}},
			"FREQ=WEEKLY;BYDAY=FR"},
		{"hàng quý, ngày 20", friday, ical.Date{}, ical.RRule{Freq: ical.Monthly, Interval: 3, ByMonthDay: []int{20}},
			"FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=20"},
		{"trước 5/3, 5/6, 5/9", time.Time{}, day, ical.RRule{Freq: ical.Yearly, ByMonth: []time.Month{3, 6, 9}, ByMonthDay: []int{5}, Until: ical.Date{Year: 2020, Month: 12, Day: 31}},
			"FREQ=YEARLY;BYMONTH=3,6,9;BYMONTHDAY=5;UNTIL=20201231"},
		{"ngày làm việc cuối tháng", friday, ical.Date{}, ical.RRule{Freq: ical.Monthly, ByDay: []ical.WeekdayNum{{Day: time.Monday}, {Day: time.Tuesday}, {Day: time.Wednesday}, {Day: time.Thursday}, {Day: time.Friday}}, BySetPos: []int{-1}},
			"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"},
		{"thứ Hai đầu tiên, 10 lần", time.Time{}, day, ical.RRule{Freq: ical.Monthly, ByDay: []ical.WeekdayNum{{N: 1, Day: time.Monday}}, Count: 10},
			"FREQ=MONTHLY;BYDAY=1MO;COUNT=10"},
		{"hàng ngày", friday, ical.Date{}, ical.RRule{Freq: ical.Daily, Interval: 1},
			"FREQ=DAILY"},
	}
	for _, tt := range tests {
		c := &ical.Calendar{Stamp: stamp}
		must(t, c.AddEvent(ical.Event{UID: "1", Start: tt.start, StartDate: tt.date, RRule: tt.rule}))
		if out := write(t, c); !strings.Contains(out, "\r\nRRULE:"+tt.want+"\r\n") {
			t.Errorf("%s: no RRULE:%s in\n%s", tt.name, tt.want, out)
		}
	}
}

func TestInvalid(t *testing.T) {
	at := time.Date(2018, 3, 2, 10, 0, 0, 0, ict)
	day := ical.Date{Year: 2018, Month: 3, Day: 2}
	weekly := ical.RRule{Freq: ical.Weekly}
	tests := []struct {
		name  string
		todo  *ical.Todo
		event *ical.Event
		prop  string
	}{
		{"không có UID", &ical.Todo{Summary: "Báo cáo"}, nil, "UID"},
		{"ngày 30/2", &ical.Todo{UID: "1", DueDate: ical.Date{Year: 2018, Month: 2, Day: 30}}, nil, "DUE"},
		{"tháng 13", &ical.Todo{UID: "1", DueDate: ical.Date{Year: 2018, Month: 13, Day: 1}}, nil, "DUE"},
		{"năm 10000", &ical.Todo{UID: "1", Due: time.Date(10000, 1, 1, 0, 0, 0, 0, ict)}, nil, "DUE"},
		{"cả giờ lẫn ngày", &ical.Todo{UID: "1", Due: at, DueDate: day}, nil, "DUE"},
		{"hạn trước khi bắt đầu", &ical.Todo{UID: "1", StartDate: day, DueDate: ical.Date{Year: 2018, Month: 3, Day: 1}}, nil, "DUE"},
		{"ngày và giờ lẫn lộn", &ical.Todo{UID: "1", StartDate: day, Due: at}, nil, "DUE"},
		{"trạng thái của sự kiện", &ical.Todo{UID: "1", Status: ical.Confirmed}, nil, "STATUS"},
		{"trạng thái lạ", &ical.Todo{UID: "1", Status: 99}, nil, "STATUS"},
		{"ký tự điều khiển", &ical.Todo{UID: "1", Summary: "Báo cáo\x00"}, nil, "SUMMARY"},
		{"UTF-8 hỏng", &ical.Todo{UID: "1", Description: "B\xe1o c\xe1o"}, nil, "DESCRIPTION"},
		{"danh mục rỗng", &ical.Todo{UID: "1", Categories: []string{"CCHC", ""}}, nil, "CATEGORIES"},
		{"lặp không có bắt đầu", &ical.Todo{UID: "1", DueDate: day, RRule: weekly}, nil, "RRULE"},
		{"thiếu bắt đầu", nil, &ical.Event{UID: "1", End: at}, "DTSTART"},
		{"kết thúc trước bắt đầu", nil, &ical.Event{UID: "1", Start: at, End: at.Add(-time.Minute)}, "DTEND"},
		{"ngày kết thúc trước", nil, &ical.Event{UID: "1", StartDate: day, EndDate: ical.Date{Year: 2018, Month: 3, Day: 1}}, "DTEND"},
		{"cả DTEND lẫn DURATION", nil, &ical.Event{UID: "1", Start: at, End: at.Add(time.Hour), Duration: time.Hour}, "DURATION"},
		{"hết năm 9999", nil, &ical.Event{UID: "1", StartDate: ical.Date{Year: 9999, Month: 12, Day: 31}}, "DTEND"},
		{"DURATION âm", nil, &ical.Event{UID: "1", Start: at, Duration: -time.Hour}, "DURATION"},
		{"DURATION cả ngày", nil, &ical.Event{UID: "1", StartDate: day, Duration: time.Hour}, "DURATION"},
		{"trạng thái của việc", nil, &ical.Event{UID: "1", Start: at, Status: ical.NeedsAction}, "STATUS"},
		{"RRULE thiếu FREQ", nil, &ical.Event{UID: "1", Start: at, RRule: ical.RRule{Count: 3}}, "RRULE"},
		{"FREQ lạ", nil, &ical.Event{UID: "1", Start: at, RRule: ical.RRule{Freq: 9}}, "RRULE"},
		{"COUNT và UNTIL", nil, &ical.Event{UID: "1", Start: at, RRule: ical.RRule{Freq: ical.Daily, Count: 3, Until: day}}, "RRULE"},
		{"COUNT âm", nil, &ical.Event{UID: "1", Start: at, RRule: ical.RRule{Freq: ical.Daily, Count: -1}}, "RRULE"},
		{"INTERVAL âm", nil, &ical.Event{UID: "1", Start: at, RRule: ical.RRule{Freq: ical.Daily, Interval: -1}}, "RRULE"},
		{"UNTIL 31/4", nil, &ical.Event{UID: "1", Start: at, RRule: ical.RRule{Freq: ical.Daily, Until: ical.Date{Year: 2018, Month: 4, Day: 31}}}, "RRULE"},
		{"BYMONTH 13", nil, &ical.Event{UID: "1", Start: at, RRule: ical.RRule{Freq: ical.Yearly, ByMonth: []time.Month{13}}}, "RRULE"},
		{"BYMONTHDAY 0", nil, &ical.Event{UID: "1", Start: at, RRule: ical.RRule{Freq: ical.Monthly, ByMonthDay: []int{0}}}, "RRULE"},
		{"BYMONTHDAY 32", nil, &ical.Event{UID: "1", Start: at, RRule: ical.RRule{Freq: ical.Monthly, ByMonthDay: []int{32}}}, "RRULE"},
		{"BYMONTHDAY hàng tuần", nil, &ical.Event{UID: "1", Start: at, RRule: ical.RRule{Freq: ical.Weekly, ByMonthDay: []int{5}}}, "RRULE"},
		{"BYDAY có số trong quy tắc tuần", nil, &ical.Event{UID: "1", Start: at, RRule: ical.RRule{Freq: ical.Weekly, ByDay: []ical.WeekdayNum{{N: 1, Day: time.Friday}}}}, "RRULE"},
		{"BYDAY thứ 8", nil, &ical.Event{UID: "1", Start: at, RRule: ical.RRule{Freq: ical.Weekly, ByDay: []ical.WeekdayNum{{Day: 7}}}}, "RRULE"},
		{"BYSETPOS một mình", nil, &ical.Event{UID: "1", Start: at, RRule: ical.RRule{Freq: ical.Monthly, BySetPos: []int{-1}}}, "RRULE"},
		{"BYSETPOS 0", nil, &ical.Event{UID: "1", Start: at, RRule: ical.RRule{Freq: ical.Monthly, ByMonthDay: []int{1}, BySetPos: []int{0}}}, "RRULE"},
		{"Extra ghi đè END", nil, &ical.Event{UID: "1", Start: at, Extra: []ical.Property{{Name: "END", Value: "VCALENDAR"}}}, "END"},
		{"Extra tên sai", nil, &ical.Event{UID: "1", Start: at, Extra: []ical.Property{{Name: "X CCHC", Value: "1"}}}, "X CCHC"},
		{"tham số có nháy kép", nil, &ical.Event{UID: "1", Start: at, Extra: []ical.Property{{Name: "X-CCHC", Params: []ical.Param{{Name: "X-A", Value: `"QĐ"`}}, Value: "1"}}}, "X-CCHC"},
		{"tên tham số sai", nil, &ical.Event{UID: "1", Start: at, Extra: []ical.Property{{Name: "X-CCHC", Params: []ical.Param{{Name: "X;A", Value: "1"}}, Value: "1"}}}, "X-CCHC"},
	}
	for _, tt := range tests {
		c := &ical.Calendar{Stamp: stamp}
		var err error
		if tt.todo != nil {
			err = c.AddTodo(*tt.todo)
		} else {
			err = c.AddEvent(*tt.event)
		}
		var e *ical.Error
		if !errors.As(err, &e) {
			t.Errorf("%s: error %v, want *ical.Error", tt.name, err)
			continue
		}
		if e.Property != tt.prop {
			t.Errorf("%s: error names %q, want %q: %v", tt.name, e.Property, tt.prop, err)
		}
		if !strings.HasPrefix(err.Error(), "ical: ") {
			t.Errorf("%s: message %q lacks the package prefix", tt.name, err)
		}
		// A rejected component leaves the calendar as it was.
		if out := write(t, c); strings.Contains(out, "BEGIN:VTODO") || strings.Contains(out, "BEGIN:VEVENT") {
			t.Errorf("%s: the calendar kept a rejected component", tt.name)
		}
	}
}

func TestErrorMessage(t *testing.T) {
	c := &ical.Calendar{Stamp: stamp}
	err := c.AddTodo(ical.Todo{UID: "bp-1", DueDate: ical.Date{Year: 2018, Month: 2, Day: 30}})
	want := `ical: VTODO "bp-1": DUE "2018-02-30": invalid date`
	if err == nil || err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}

type failWriter struct{}

var errFull = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errFull }

func TestWriteToErrors(t *testing.T) {
	var c ical.Calendar
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err == nil || buf.Len() != 0 {
		t.Errorf("a calendar without Stamp wrote %d bytes, error %v", buf.Len(), err)
	}
	c = ical.Calendar{Stamp: stamp, Name: "Kế hoạch\x07"}
	if _, err := c.WriteTo(&buf); err == nil || buf.Len() != 0 {
		t.Errorf("a Name with a control character wrote %d bytes, error %v", buf.Len(), err)
	}
	c = ical.Calendar{Stamp: stamp}
	if _, err := c.WriteTo(failWriter{}); !errors.Is(err, errFull) {
		t.Errorf("error %v, want one wrapping %v", err, errFull)
	}
}

func TestEmptyCalendar(t *testing.T) {
	got := write(t, &ical.Calendar{Stamp: stamp, ProdID: "-//Sở Nội vụ//CCHC//VI"})
	want := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sở Nội vụ//CCHC//VI\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDuration(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{time.Second, "PT1S"},
		{90 * time.Minute, "PT1H30M"},
		{24 * time.Hour, "P1D"},
		{50*time.Hour + 5*time.Second, "P2DT2H5S"},
	}
	for _, tt := range tests {
		c := &ical.Calendar{Stamp: stamp}
		must(t, c.AddEvent(ical.Event{UID: "1", Start: stamp, Duration: tt.d}))
		if out := write(t, c); !strings.Contains(out, "\r\nDURATION:"+tt.want+"\r\n") {
			t.Errorf("%v: no DURATION:%s in\n%s", tt.d, tt.want, out)
		}
	}
}

func TestUID(t *testing.T) {
	// An independent UUID v5 (RFC 9562 §5.5): SHA-1 of namespace and name,
	// with version and variant bits set.
	// The name is each part prefixed with its length: "15:binh-phuoc-2018"
	// then "3:1.2".
	ns := uuid.MustParse("05300f78-7f5e-500a-be06-6f28147adde9")
	h := sha1.Sum(append(ns[:], "15:binh-phuoc-20183:1.2"...))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	want := fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
	if got := ical.UID("binh-phuoc-2018", "1.2"); got != want {
		t.Errorf("UID = %s, want %s", got, want)
	}
	if ical.UID("ab", "c") == ical.UID("a", "bc") {
		t.Error("UID does not separate its parts")
	}
	if ical.UID("Sở Tư pháp") == ical.UID("Sở Nội vụ") {
		t.Error("different content gives the same UID")
	}
	if u := uuid.MustParse(ical.UID("x")); u.Version() != 5 || u.Variant() != uuid.RFC4122 {
		t.Errorf("UID is version %d, variant %v", u.Version(), u.Variant())
	}
}

func TestEnums(t *testing.T) {
	for f := ical.Daily; f <= ical.Yearly; f++ {
		text, err := f.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back ical.Freq
		if err := back.UnmarshalText(text); err != nil || back != f {
			t.Errorf("%v: round trip gives %v, %v", f, back, err)
		}
		if p, err := ical.ParseFreq(strings.ToLower(f.String())); err != nil || p != f {
			t.Errorf("ParseFreq(%q) = %v, %v", strings.ToLower(f.String()), p, err)
		}
	}
	for s := ical.NeedsAction; s <= ical.Confirmed; s++ {
		text, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back ical.Status
		if err := back.UnmarshalText(text); err != nil || back != s {
			t.Errorf("%v: round trip gives %v, %v", s, back, err)
		}
	}
	if got := ical.Status(200).String(); got != "Status(200)" {
		t.Errorf("String of an unknown status = %q", got)
	}
	if _, err := ical.Freq(9).MarshalText(); err == nil {
		t.Error("MarshalText accepts Freq(9)")
	}
	if _, err := ical.ParseStatus("DONE"); err == nil {
		t.Error(`ParseStatus("DONE") is not an error`)
	}
	var zero ical.Freq
	if err := zero.UnmarshalText(nil); err != nil || zero != 0 {
		t.Errorf("empty text gives %v, %v", zero, err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func BenchmarkWriteTo(b *testing.B) {
	c := sample(b)
	for i := range 100 {
		err := c.AddTodo(ical.Todo{
			UID:         ical.UID("bench", fmt.Sprint(i)),
			Summary:     "Sở Tư pháp chủ trì rà soát thủ tục hành chính thuộc thẩm quyền của UBND tỉnh",
			Description: "Phối hợp: Các sở, ban, ngành; UBND cấp huyện",
			DueDate:     ical.Date{Year: 2018, Month: 12, Day: 1 + i%28},
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if _, err := c.WriteTo(&buf); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAddTodo(b *testing.B) {
	td := ical.Todo{
		UID:        ical.UID("binh-phuoc-2018", "1.2"),
		Summary:    "Sở Tư pháp chủ trì rà soát thủ tục hành chính thuộc thẩm quyền của UBND tỉnh",
		Start:      time.Date(2018, 7, 1, 8, 0, 0, 0, ict),
		Due:        time.Date(2018, 9, 28, 17, 0, 0, 0, ict),
		Categories: []string{"CCHC"},
	}
	b.ReportAllocs()
	for b.Loop() {
		var c ical.Calendar
		if err := c.AddTodo(td); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUID(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		ical.UID("binh-phuoc-2018", "1.2", "so-tu-phap")
	}
}
