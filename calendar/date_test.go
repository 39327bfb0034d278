package calendar_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/openpar/cchc/calendar"
)

func TestDateAgreesWithTimeForEveryDay(t *testing.T) {
	// Every day from 1800 to 2300 against the standard library.
	tm := time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC)
	d := calendar.NewDate(1800, 1, 1)
	for tm.Year() < 2300 {
		y, m, day := d.Date()
		if y != tm.Year() || m != tm.Month() || day != tm.Day() || d.Weekday() != tm.Weekday() || d.YearDay() != tm.YearDay() {
			t.Fatalf("%v: got %d-%d-%d %v day %d", tm.Format("2006-01-02"), y, m, day, d.Weekday(), d.YearDay())
		}
		if got := d.String(); got != tm.Format("2006-01-02") {
			t.Fatalf("String() = %q, want %q", got, tm.Format("2006-01-02"))
		}
		tm = tm.AddDate(0, 0, 1)
		d = d.AddDays(1)
	}
}

func TestDateFacts(t *testing.T) {
	d := calendar.NewDate(2017, 12, 31)
	if d.Weekday() != time.Sunday {
		t.Errorf("31/12/2017 is a %v, want Sunday", d.Weekday())
	}
	if got := d.AddDays(1); got != calendar.NewDate(2018, 1, 1) {
		t.Errorf("AddDays(1) = %v", got)
	}
	if got := calendar.NewDate(2017, 2, 31); got != calendar.NewDate(2017, 3, 3) {
		t.Errorf("NewDate normalises 31/2/2017 to %v, want 2017-03-03", got)
	}
	if got := calendar.NewDate(2017, 13, 1); got != calendar.NewDate(2018, 1, 1) {
		t.Errorf("NewDate(2017, 13, 1) = %v", got)
	}
	if got := calendar.NewDate(2017, 0, 1); got != calendar.NewDate(2016, 12, 1) {
		t.Errorf("NewDate(2017, 0, 1) = %v", got)
	}
	if d.JDN() != 2458119 {
		t.Errorf("JDN = %d, want 2458119", d.JDN())
	}
	if d.Compare(d.AddDays(1)) != -1 || d.AddDays(1).Compare(d) != 1 || d.Compare(d) != 0 {
		t.Error("Compare is wrong")
	}
	if d.Format() != "31/12/2017" {
		t.Errorf("Format = %q", d.Format())
	}
	var zero calendar.Date
	if !zero.IsZero() || zero.String() != "" || d.IsZero() {
		t.Error("zero Date is not reported as unset")
	}
}

func TestDateOfUsesVietnamTime(t *testing.T) {
	// 17:30 UTC on 31/12/2017 is 00:30 on 1/1/2018 in Vietnam.
	tm := time.Date(2017, 12, 31, 17, 30, 0, 0, time.UTC)
	if got := calendar.DateOf(tm); got != calendar.NewDate(2018, 1, 1) {
		t.Errorf("DateOf(%v) = %v, want 2018-01-01", tm, got)
	}
	if got := calendar.NewDate(2017, 7, 21).At(10, 0); got.Hour() != 10 || got.Location() != calendar.ICT() {
		t.Errorf("At(10, 0) = %v", got)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want calendar.Date
	}{
		{"2017-12-31", calendar.NewDate(2017, 12, 31)},
		{"31/12/2017", calendar.NewDate(2017, 12, 31)},
		{"31-12-2017", calendar.NewDate(2017, 12, 31)},
		{"31.12.2017", calendar.NewDate(2017, 12, 31)},
		{"1/1/2018", calendar.NewDate(2018, 1, 1)},
		{"01/01/2018", calendar.NewDate(2018, 1, 1)},
		{" 5/3/2018 ", calendar.NewDate(2018, 3, 5)},
		{"29/2/2016", calendar.NewDate(2016, 2, 29)},
	}
	for _, tt := range tests {
		got, err := calendar.ParseDate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	bad := []string{"", "31/2/2017", "29/2/2017", "2017-13-01", "0/1/2017", "1/1/17", "1/1", "1/1/2017/1", "1/1-2017", "ngày 1/1/2017", "1//2017", "123/1/2017", "1/1/0000"}
	for _, in := range bad {
		_, err := calendar.ParseDate(in)
		var pe *calendar.ParseError
		if !errors.As(err, &pe) || pe.Input != in || pe.What != "date" {
			t.Errorf("ParseDate(%q) error = %v, want a *ParseError naming the input", in, err)
		}
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		Due calendar.Date `json:"due"`
		Set calendar.Date `json:"set,omitzero"`
	}
	b, err := json.Marshal(doc{Due: calendar.NewDate(2018, 1, 2)})
	if err != nil || string(b) != `{"due":"2018-01-02"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var back doc
	if err := json.Unmarshal([]byte(`{"due":"02/01/2018","set":""}`), &back); err != nil || back.Due != calendar.NewDate(2018, 1, 2) || !back.Set.IsZero() {
		t.Fatalf("Unmarshal = %+v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"due":"31/02/2018"}`), &back); err == nil {
		t.Fatal("Unmarshal of an impossible date succeeded")
	}
}

func TestPeriods(t *testing.T) {
	tests := []struct {
		p          calendar.Period
		start, end calendar.Date
		text       string
	}{
		{calendar.QuarterPeriod(2017, 3), calendar.NewDate(2017, 7, 1), calendar.NewDate(2017, 9, 30), "Quý III/2017"},
		{calendar.MonthPeriod(2013, 8), calendar.NewDate(2013, 8, 1), calendar.NewDate(2013, 8, 31), "Tháng 8/2013"},
		{calendar.MonthPeriod(2016, 2), calendar.NewDate(2016, 2, 1), calendar.NewDate(2016, 2, 29), "Tháng 2/2016"},
		{calendar.HalfPeriod(2018, 1), calendar.NewDate(2018, 1, 1), calendar.NewDate(2018, 6, 30), "6 tháng đầu năm 2018"},
		{calendar.HalfPeriod(2018, 2), calendar.NewDate(2018, 7, 1), calendar.NewDate(2018, 12, 31), "6 tháng cuối năm 2018"},
		{calendar.YearPeriod(2017), calendar.NewDate(2017, 1, 1), calendar.NewDate(2017, 12, 31), "Năm 2017"},
		{calendar.YearsPeriod(2011, 2015), calendar.NewDate(2011, 1, 1), calendar.NewDate(2015, 12, 31), "Năm 2011-2015"},
		{calendar.WeekPeriod(calendar.NewDate(2017, 12, 31)), calendar.NewDate(2017, 12, 25), calendar.NewDate(2017, 12, 31), "Tuần 52/2017"},
		{calendar.SpanPeriod(calendar.NewDate(2017, 12, 15), calendar.NewDate(2018, 6, 14)), calendar.NewDate(2017, 12, 15), calendar.NewDate(2018, 6, 14), "Từ 15/12/2017 đến 14/06/2018"},
	}
	for _, tt := range tests {
		if tt.p.Start() != tt.start || tt.p.End() != tt.end || tt.p.String() != tt.text {
			t.Errorf("%v: got %v..%v %q, want %v..%v %q", tt.p.Kind(), tt.p.Start(), tt.p.End(), tt.p.String(), tt.start, tt.end, tt.text)
		}
		if !tt.p.Contains(tt.start) || !tt.p.Contains(tt.end) || tt.p.Contains(tt.end.AddDays(1)) || tt.p.Contains(tt.start.AddDays(-1)) {
			t.Errorf("%v: Contains is wrong at the edges", tt.p)
		}
		if n := tt.p.Next(); n.Start() != tt.end.AddDays(1) || n.Kind() != tt.p.Kind() || n.Prev() != tt.p {
			t.Errorf("%v: Next = %v, Next().Prev() = %v", tt.p, n, n.Prev())
		}
	}
	if got := calendar.QuarterPeriod(2017, 4).Next(); got != calendar.QuarterPeriod(2018, 1) {
		t.Errorf("Q4/2017 next = %v", got)
	}
	if got := calendar.MonthPeriod(2018, 1).Prev(); got != calendar.MonthPeriod(2017, 12) {
		t.Errorf("1/2018 prev = %v", got)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2017-12-31", "31/12/2017", "1/1/2018", "31.12.2017", "31-12-2017", "29/2/2016", "31/2/2017", " 5/3/2018 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := calendar.ParseDate(s)
		if err != nil {
			var pe *calendar.ParseError
			if !errors.As(err, &pe) || pe.Input != s {
				t.Fatalf("ParseDate(%q): error %v does not name the input", s, err)
			}
			return
		}
		for _, text := range []string{d.String(), d.Format()} {
			back, err := calendar.ParseDate(text)
			if err != nil || back != d {
				t.Fatalf("ParseDate(%q) = %v; printed %q parses to %v, %v", s, d, text, back, err)
			}
		}
	})
}

// The zero Date is unset, and day arithmetic leaves it so; dates far beyond
// the range a Date holds stop at its ends instead of wrapping round.
func TestZeroAndExtremeDates(t *testing.T) {
	vn := calendar.Vietnam()
	var zero calendar.Date
	d := calendar.NewDate(2017, time.December, 31)
	if !zero.AddDays(1).IsZero() || !vn.AddWorkdays(zero, 1).IsZero() || !vn.AddWorkdays(zero, 100).IsZero() {
		t.Error("arithmetic on the zero Date gave a day")
	}
	if n := vn.Workdays(zero, d); n != 0 {
		t.Errorf("Workdays from the zero Date = %d", n)
	}
	if !calendar.SpanPeriod(zero, d).IsZero() || !calendar.WeekPeriod(zero).IsZero() {
		t.Error("a period of the zero Date is set")
	}
	for _, y := range []int{6_000_000, 7_000_000, math.MaxInt} {
		if got := calendar.NewDate(y, time.January, 1); !got.After(d) || got.IsZero() {
			t.Errorf("NewDate(%d, 1, 1) = %v, before 2017", y, got)
		}
	}
	for _, y := range []int{-6_000_000, math.MinInt} {
		if got := calendar.NewDate(y, time.January, 1); !got.Before(d) || got.IsZero() {
			t.Errorf("NewDate(%d, 1, 1) = %v, after 2017 or unset", y, got)
		}
	}
	if got := calendar.NewDate(2017, math.MaxInt, math.MaxInt); !got.After(d) {
		t.Errorf("NewDate(2017, MaxInt, MaxInt) = %v", got)
	}
	if got := d.AddDays(math.MaxInt); !got.After(d) {
		t.Errorf("AddDays(MaxInt) = %v", got)
	}
	if got := d.AddDays(math.MinInt); !got.Before(d) || got.IsZero() {
		t.Errorf("AddDays(MinInt) = %v", got)
	}
	if got := vn.AddWorkdays(d, math.MaxInt/2); !got.After(d) {
		t.Errorf("AddWorkdays(MaxInt/2) = %v", got)
	}
}

// The zero Calendar knows no holidays: Monday to Friday are worked.
func TestZeroCalendar(t *testing.T) {
	var c calendar.Calendar
	newYear := calendar.NewDate(2018, time.January, 1) // a holiday, and a Monday
	if !c.IsWorkday(newYear) {
		t.Error("1/1/2018 is a day off on the zero Calendar")
	}
	if n := c.Workdays(newYear, newYear.AddDays(13)); n != 10 {
		t.Errorf("Workdays over two weeks = %d, want 10", n)
	}
	friday := calendar.NewDate(2018, time.January, 5)
	if got := c.AddWorkdays(friday, 1); got != friday.AddDays(3) {
		t.Errorf("AddWorkdays(Friday, 1) = %v", got)
	}
	if got := c.AddWorkdays(friday, 10_000); got != friday.AddDays(14_000) {
		t.Errorf("AddWorkdays(Friday, 10000) = %v, want %v", got, friday.AddDays(14_000))
	}
	if got := c.NextWorkday(friday.AddDays(1)); got != friday.AddDays(3) {
		t.Errorf("NextWorkday(Saturday) = %v", got)
	}
	if hs, err := c.Holidays(2018); err != nil || len(hs) != 0 {
		t.Errorf("Holidays = %v, %v", hs, err)
	}
}
