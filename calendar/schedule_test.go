package calendar_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/openpar/cchc/calendar"
)

// binhPhuoc2018 is the reporting schedule of seed 002 (section VI.1.c),
// with the hyphens the PDF extraction lost restored.
const binhPhuoc2018 = "trước ngày 5/3 (báo cáo quý I), ngày 5/6 (báo cáo 6 tháng), ngày 5/9 (báo cáo quý III); 01/12 (báo cáo năm)"

func mustSchedule(t testing.TB, s string) calendar.Schedule {
	t.Helper()
	sch, err := calendar.ParseSchedule(s)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// occurrence is an Occurrence in short: what it covers and when it is due.
type occurrence struct {
	period       string
	data         string // "" where the schedule sets no cut-off
	nominal, due calendar.Date
	dueTime      string // DueTime in ICT
}

func collect(s calendar.Schedule, from, to calendar.Date) []occurrence {
	var got []occurrence
	for o := range s.Occurrences(calendar.Vietnam(), from, to) {
		got = append(got, occurrence{o.Period.String(), o.Data.String(), o.Nominal, o.Due, o.DueTime().Format("2006-01-02 15:04 MST")})
	}
	return got
}

func checkOccurrences(t *testing.T, name string, got, want []occurrence) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s: got %d occurrences:", name, len(got))
		for _, o := range got {
			t.Errorf("  %+v", o)
		}
		t.Errorf("want %d:", len(want))
		for _, o := range want {
			t.Errorf("  %+v", o)
		}
	}
}

func TestParseSchedule(t *testing.T) {
	tests := []struct {
		in   string
		kind calendar.ScheduleKind
		day  time.Weekday
		at   time.Duration
		freq calendar.Frequency
	}{
		// Seed 001, Thái Nguyên 2017: section III.9, and the report forms.
		{"chậm nhất 10 giờ ngày thứ Sáu", calendar.ScheduleWeekly, time.Friday, 10 * time.Hour, calendar.Weekly},
		{"hằng tuần chậm nhất 10 giờ ngày thứ Sáu", calendar.ScheduleWeekly, time.Friday, 10 * time.Hour, calendar.Weekly},
		{"trước 10 giờ thứ 6 hằng tuần", calendar.ScheduleWeekly, time.Friday, 10 * time.Hour, calendar.Weekly},
		{"trước 10 giờ (thứ 6)", calendar.ScheduleWeekly, time.Friday, 10 * time.Hour, calendar.Weekly},
		{"chậm nhất 10 giờ ngày thứ Sáu tuần cuối cùng của tháng", calendar.ScheduleLastWeek, time.Friday, 10 * time.Hour, calendar.Monthly},
		{"trước 10 giờ thứ 6 tuần cuối của tháng", calendar.ScheduleLastWeek, time.Friday, 10 * time.Hour, calendar.Monthly},
		{"thứ Sáu tuần cuối cùng của tháng", calendar.ScheduleLastWeek, time.Friday, 0, calendar.Monthly},
		// Seed 002, Bình Phước 2018: annex VII.7 and section VI.1.c.
		{"Hàng quý, 6 tháng và năm", calendar.ScheduleNational, 0, 0, calendar.Quarterly | calendar.HalfYearly | calendar.Yearly},
		{"Hàng quý, 6 tháng và năm hoặc đột xuất", calendar.ScheduleNational, 0, 0, calendar.Quarterly | calendar.HalfYearly | calendar.Yearly | calendar.AdHoc},
		{binhPhuoc2018, calendar.ScheduleYearly, 0, 0, calendar.Quarterly | calendar.HalfYearly | calendar.Yearly},
		{"Thực hiện nghiêm chế độ thông tin báo cáo theo định kỳ hàng quý, 6 tháng và năm, cụ thể: Hoàn thành " + binhPhuoc2018,
			calendar.ScheduleYearly, 0, 0, calendar.Quarterly | calendar.HalfYearly | calendar.Yearly},
		// Seed 000, Bắc Kạn 2011-2015, C.III.1; seed 004, Lạng Sơn 2013, III.4.
		{"định kỳ 6 tháng, cuối năm", calendar.ScheduleNational, 0, 0, calendar.HalfYearly | calendar.Yearly},
		{"hằng quý", calendar.ScheduleNational, 0, 0, calendar.Quarterly},
		// Other forms.
		{"thứ Sáu, trước 10 giờ 30", calendar.ScheduleWeekly, time.Friday, 10*time.Hour + 30*time.Minute, calendar.Weekly},
		{"trước 9h30 thứ Hai hằng tuần", calendar.ScheduleWeekly, time.Monday, 9*time.Hour + 30*time.Minute, calendar.Weekly},
		{"16:00 Chủ nhật", calendar.ScheduleWeekly, time.Sunday, 16 * time.Hour, calendar.Weekly},
		{"hằng tháng", calendar.ScheduleNational, 0, 0, calendar.Monthly},
	}
	for _, tt := range tests {
		in := tt.in
		if len(in) > 80 {
			in = tt.in[:80] + "…"
		}
		if tt.in == "Thực hiện nghiêm chế độ thông tin báo cáo theo định kỳ hàng quý, 6 tháng và năm, cụ thể: Hoàn thành "+binhPhuoc2018 {
			// A plan file keeps only the timing phrase; the whole
			// sentence is not a schedule.
			if _, err := calendar.ParseSchedule(tt.in); err == nil {
				t.Errorf("ParseSchedule(%q) read the whole sentence", in)
			}
			continue
		}
		for _, s := range []string{tt.in, norm.NFD.String(tt.in)} {
			got, err := calendar.ParseSchedule(s)
			if err != nil {
				t.Errorf("ParseSchedule(%q): %v", in, err)
				continue
			}
			if got.Kind() != tt.kind || got.Weekday() != tt.day || got.At() != tt.at || got.Frequency() != tt.freq || got.Text() != s || got.String() != s {
				t.Errorf("ParseSchedule(%q) = %v %v %v %v %q; want %v %v %v %v", in, got.Kind(), got.Weekday(), got.At(), got.Frequency(), got.Text(), tt.kind, tt.day, tt.at, tt.freq)
			}
		}
	}
	sentence := "định kỳ hàng quý, 6 tháng và năm, cụ thể: Hoàn thành " + binhPhuoc2018
	a, b := mustSchedule(t, sentence), mustSchedule(t, binhPhuoc2018)
	if !slices.Equal(a.Dues(), b.Dues()) || a.Kind() != calendar.ScheduleYearly {
		t.Errorf("%q reads as %v %+v, want the days of %q", sentence, a.Kind(), a.Dues(), binhPhuoc2018)
	}
	want := []calendar.YearlyDue{
		{Period: calendar.PeriodQuarter, Index: 1, Month: 3, Day: 5, Before: true},
		{Period: calendar.PeriodHalf, Index: 1, Month: 6, Day: 5, Before: true},
		{Period: calendar.PeriodQuarter, Index: 3, Month: 9, Day: 5, Before: true},
		{Period: calendar.PeriodYear, Month: 12, Day: 1, Before: true},
	}
	if !slices.Equal(b.Dues(), want) {
		t.Errorf("Dues = %+v, want %+v", b.Dues(), want)
	}
}

func TestParseScheduleErrors(t *testing.T) {
	bad := []string{
		"", "thứ Tám", "trước 25 giờ thứ Sáu", "trước 10 giờ", "trước 0 giờ thứ Sáu", "hằng tuần",
		"hằng tuần thứ Sáu tuần cuối cùng của tháng", "thứ Sáu tuần cuối cùng", "Định kỳ hoặc đột xuất",
		"đột xuất", "trước ngày 5/3", "trước ngày 5/3/2018 (báo cáo quý I)", "trước ngày 31/2 (báo cáo quý I)",
		"trước ngày 5/3 (báo cáo quý V)", "trước ngày 5/3 (báo cáo quý I), ngày 5/4 (báo cáo quý I)",
		"trước ngày 29/2 (báo cáo quý I)", "trước ngày 5/3 (báo cáo quý I", "hằng quý, 6 tháng và năm, cụ thể:",
		"(thứ 6", "Theo quy định", "thứ Sáu hằng tuần abc",
	}
	for _, in := range bad {
		s, err := calendar.ParseSchedule(in)
		var pe *calendar.ParseError
		if !errors.As(err, &pe) || pe.Input != in || pe.What != "schedule" || pe.Reason == "" || !s.IsZero() {
			t.Errorf("ParseSchedule(%q) = %v, %v; want a *ParseError naming the input", in, s, err)
		}
	}
}

func TestScheduleConstructors(t *testing.T) {
	weekly, err := calendar.WeeklySchedule(time.Friday, 10*time.Hour)
	if err != nil || weekly.String() != "trước 10 giờ thứ Sáu hằng tuần" {
		t.Errorf("WeeklySchedule = %q, %v", weekly, err)
	}
	monthly, err := calendar.LastWeekSchedule(time.Friday, 10*time.Hour+30*time.Minute)
	if err != nil || monthly.String() != "trước 10 giờ 30 thứ Sáu tuần cuối cùng của tháng" {
		t.Errorf("LastWeekSchedule = %q, %v", monthly, err)
	}
	yearly, err := calendar.YearlySchedule(
		calendar.YearlyDue{Period: calendar.PeriodYear, Month: 12, Day: 20},
		calendar.YearlyDue{Period: calendar.PeriodQuarter, Index: 1, Month: 3, Day: 5, Before: true},
		calendar.YearlyDue{Period: calendar.PeriodHalf, Index: 2, Month: 1, Day: 15},
	)
	if err != nil || yearly.String() != "chậm nhất ngày 15/1 (báo cáo 6 tháng cuối năm), trước ngày 5/3 (báo cáo quý I), chậm nhất ngày 20/12 (báo cáo năm)" {
		t.Errorf("YearlySchedule = %q, %v", yearly, err)
	}
	national, err := calendar.NationalSchedule(calendar.Monthly | calendar.Quarterly | calendar.HalfYearly | calendar.Yearly | calendar.AdHoc)
	if err != nil || national.String() != "hằng tháng, quý, 6 tháng và năm hoặc đột xuất" {
		t.Errorf("NationalSchedule = %q, %v", national, err)
	}
	for _, s := range []calendar.Schedule{weekly, monthly, yearly, national} {
		back, err := calendar.ParseSchedule(s.String())
		if err != nil || !back.Equal(s) {
			t.Errorf("ParseSchedule(%q) = %+v, %v; want %+v", s, back, err, s)
		}
		b, _ := s.MarshalText()
		var u calendar.Schedule
		if err := u.UnmarshalText(b); err != nil || !u.Equal(s) {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, u, err)
		}
	}
	if weekly.Equal(monthly) || !weekly.Equal(weekly) {
		t.Error("Equal is wrong")
	}

	for _, bad := range []func() (calendar.Schedule, error){
		func() (calendar.Schedule, error) { return calendar.WeeklySchedule(7, 10*time.Hour) },
		func() (calendar.Schedule, error) { return calendar.WeeklySchedule(time.Friday, 24*time.Hour) },
		func() (calendar.Schedule, error) { return calendar.WeeklySchedule(time.Friday, -time.Hour) },
		func() (calendar.Schedule, error) {
			return calendar.LastWeekSchedule(time.Friday, 10*time.Hour+time.Second)
		},
		func() (calendar.Schedule, error) { return calendar.YearlySchedule() },
		func() (calendar.Schedule, error) {
			return calendar.YearlySchedule(calendar.YearlyDue{Period: calendar.PeriodWeek, Index: 1, Month: 1, Day: 1})
		},
		func() (calendar.Schedule, error) {
			return calendar.YearlySchedule(calendar.YearlyDue{Period: calendar.PeriodYear, Index: 1, Month: 1, Day: 1})
		},
		func() (calendar.Schedule, error) {
			return calendar.YearlySchedule(calendar.YearlyDue{Period: calendar.PeriodMonth, Index: 13, Month: 1, Day: 1})
		},
		func() (calendar.Schedule, error) {
			return calendar.YearlySchedule(calendar.YearlyDue{Period: calendar.PeriodYear, Month: 2, Day: 29})
		},
		func() (calendar.Schedule, error) { return calendar.NationalSchedule(0) },
		func() (calendar.Schedule, error) { return calendar.NationalSchedule(calendar.Weekly | calendar.Yearly) },
		func() (calendar.Schedule, error) { return calendar.NationalSchedule(calendar.AdHoc) },
	} {
		if s, err := bad(); err == nil {
			t.Errorf("constructor accepted %q", s)
		}
	}
}

func TestScheduleKindText(t *testing.T) {
	for k := calendar.ScheduleUnspecified; k <= calendar.ScheduleNational; k++ {
		b, err := k.MarshalText()
		var back calendar.ScheduleKind
		if err != nil || back.UnmarshalText(b) != nil || back != k {
			t.Errorf("%v: text %q parses back to %v", k, b, back)
		}
	}
	if s := calendar.ScheduleKind(99).String(); s != "ScheduleKind(99)" {
		t.Errorf("String of an unknown kind = %q", s)
	}
}

func TestWeeklyThaiNguyenAugust2017(t *testing.T) {
	s := mustSchedule(t, "chậm nhất 10 giờ ngày thứ Sáu")
	got := collect(s, day(2017, 8, 1), day(2017, 8, 31))
	checkOccurrences(t, "August 2017", got, []occurrence{
		{"Tuần 31/2017", "", day(2017, 8, 4), day(2017, 8, 4), "2017-08-04 10:00 ICT"},
		{"Tuần 32/2017", "", day(2017, 8, 11), day(2017, 8, 11), "2017-08-11 10:00 ICT"},
		{"Tuần 33/2017", "", day(2017, 8, 18), day(2017, 8, 18), "2017-08-18 10:00 ICT"},
		{"Tuần 34/2017", "", day(2017, 8, 25), day(2017, 8, 25), "2017-08-25 10:00 ICT"},
	})
	// Friday 27/1/2017 fell in Tết (26/1-1/2/2017): that week's report
	// moves to the next working day, Thursday 2/2/2017.
	got = collect(s, day(2017, 1, 20), day(2017, 2, 3))
	checkOccurrences(t, "Tết 2017", got, []occurrence{
		{"Tuần 3/2017", "", day(2017, 1, 20), day(2017, 1, 20), "2017-01-20 10:00 ICT"},
		{"Tuần 4/2017", "", day(2017, 1, 27), day(2017, 2, 2), "2017-02-02 10:00 ICT"},
		{"Tuần 5/2017", "", day(2017, 2, 3), day(2017, 2, 3), "2017-02-03 10:00 ICT"},
	})
	// A range that starts after the nominal day still holds the report
	// moved into it, and one that ends before the moved day does not.
	got = collect(s, day(2017, 1, 30), day(2017, 2, 2))
	checkOccurrences(t, "after Tết", got, []occurrence{
		{"Tuần 4/2017", "", day(2017, 1, 27), day(2017, 2, 2), "2017-02-02 10:00 ICT"},
	})
	if got := collect(s, day(2017, 1, 26), day(2017, 2, 1)); len(got) != 0 {
		t.Errorf("during Tết 2017: %+v, want none", got)
	}
}

func TestLastWeekThaiNguyen2017(t *testing.T) {
	s := mustSchedule(t, "chậm nhất 10 giờ ngày thứ Sáu tuần cuối cùng của tháng")
	got := collect(s, day(2017, 7, 1), day(2017, 12, 31))
	checkOccurrences(t, "2017", got, []occurrence{
		{"Tháng 7/2017", "", day(2017, 7, 28), day(2017, 7, 28), "2017-07-28 10:00 ICT"},
		// August ends on a Thursday: the Friday of its last week is 1/9,
		// in September, so the report is due on the last Friday of August.
		{"Tháng 8/2017", "", day(2017, 8, 25), day(2017, 8, 25), "2017-08-25 10:00 ICT"},
		{"Tháng 9/2017", "", day(2017, 9, 29), day(2017, 9, 29), "2017-09-29 10:00 ICT"},
		{"Tháng 10/2017", "", day(2017, 10, 27), day(2017, 10, 27), "2017-10-27 10:00 ICT"},
		{"Tháng 11/2017", "", day(2017, 11, 24), day(2017, 11, 24), "2017-11-24 10:00 ICT"},
		{"Tháng 12/2017", "", day(2017, 12, 29), day(2017, 12, 29), "2017-12-29 10:00 ICT"},
	})
	// Friday 30/4/2021 is a holiday, then 1/5 and its compensatory Monday
	// 3/5: the April report is due on Tuesday 4/5/2021.
	got = collect(s, day(2021, 4, 1), day(2021, 5, 10))
	checkOccurrences(t, "April 2021", got, []occurrence{
		{"Tháng 4/2021", "", day(2021, 4, 30), day(2021, 5, 4), "2021-05-04 10:00 ICT"},
	})
}

func TestYearlyBinhPhuoc2018(t *testing.T) {
	s := mustSchedule(t, binhPhuoc2018)
	got := collect(s, day(2018, 1, 1), day(2018, 12, 31))
	checkOccurrences(t, "2018", got, []occurrence{
		// 5/3/2018 is a Monday: "before 5/3" is due on Friday 2/3.
		{"Quý I/2018", "", day(2018, 3, 4), day(2018, 3, 2), "2018-03-03 00:00 ICT"},
		{"6 tháng đầu năm 2018", "", day(2018, 6, 4), day(2018, 6, 4), "2018-06-05 00:00 ICT"},
		// 3/9/2018 is the day off for Quốc khánh (Sunday 2/9); 4/9 is worked.
		{"Quý III/2018", "", day(2018, 9, 4), day(2018, 9, 4), "2018-09-05 00:00 ICT"},
		{"Năm 2018", "", day(2018, 11, 30), day(2018, 11, 30), "2018-12-01 00:00 ICT"},
	})
	// A range inside the weekend before 5/3 holds no report: it moved back.
	if got := collect(s, day(2018, 3, 3), day(2018, 3, 5)); len(got) != 0 {
		t.Errorf("3-5/3/2018: %+v, want none", got)
	}
	// The range is by due day: from 2/3/2018 alone, the first quarter.
	if got := collect(s, day(2018, 3, 2), day(2018, 3, 2)); len(got) != 1 || got[0].period != "Quý I/2018" {
		t.Errorf("2/3/2018: %+v", got)
	}
}

func TestNationalSchedule(t *testing.T) {
	s := mustSchedule(t, "Hàng quý, 6 tháng và năm hoặc đột xuất")
	// 2018, before Nghị định 09/2019: cut-off on the 15th.
	got := collect(s, day(2018, 1, 1), day(2018, 12, 31))
	checkOccurrences(t, "2018", got, []occurrence{
		{"Quý I/2018", "Từ 16/12/2017 đến 15/03/2018", day(2018, 3, 20), day(2018, 3, 20), "2018-03-21 00:00 ICT"},
		{"6 tháng đầu năm 2018", "Từ 16/12/2017 đến 15/06/2018", day(2018, 6, 20), day(2018, 6, 20), "2018-06-21 00:00 ICT"},
		{"Quý III/2018", "Từ 16/06/2018 đến 15/09/2018", day(2018, 9, 20), day(2018, 9, 20), "2018-09-21 00:00 ICT"},
		{"Năm 2018", "Từ 16/12/2017 đến 15/12/2018", day(2018, 12, 20), day(2018, 12, 20), "2018-12-21 00:00 ICT"},
	})
	// 2019 on: cut-off on the 14th; the first quarter of 2019 starts after
	// the last cut-off of 2018. 20/12/2020 is a Sunday.
	got = collect(s, day(2019, 1, 1), day(2019, 3, 31))
	checkOccurrences(t, "2019", got, []occurrence{
		{"Quý I/2019", "Từ 16/12/2018 đến 14/03/2019", day(2019, 3, 20), day(2019, 3, 20), "2019-03-21 00:00 ICT"},
	})
	got = collect(s, day(2020, 12, 1), day(2020, 12, 31))
	checkOccurrences(t, "2020", got, []occurrence{
		{"Năm 2020", "Từ 15/12/2019 đến 14/12/2020", day(2020, 12, 20), day(2020, 12, 21), "2020-12-22 00:00 ICT"},
	})

	monthly, err := calendar.NationalSchedule(calendar.Monthly | calendar.Quarterly)
	if err != nil {
		t.Fatal(err)
	}
	got = collect(monthly, day(2020, 1, 1), day(2020, 3, 31))
	checkOccurrences(t, "monthly 2020", got, []occurrence{
		{"Tháng 1/2020", "Từ 15/12/2019 đến 14/01/2020", day(2020, 1, 20), day(2020, 1, 20), "2020-01-21 00:00 ICT"},
		{"Tháng 2/2020", "Từ 15/01/2020 đến 14/02/2020", day(2020, 2, 20), day(2020, 2, 20), "2020-02-21 00:00 ICT"},
		{"Quý I/2020", "Từ 15/12/2019 đến 14/03/2020", day(2020, 3, 20), day(2020, 3, 20), "2020-03-21 00:00 ICT"},
	})
	for o := range monthly.Occurrences(nil, day(2020, 1, 1), day(2020, 1, 31)) {
		if o.Cutoff() != day(2020, 1, 14) || o.NominalTime() != day(2020, 1, 21).Time() {
			t.Errorf("cut-off %v, nominal time %v", o.Cutoff(), o.NominalTime())
		}
	}
}

func TestOccurrencesEdges(t *testing.T) {
	s := mustSchedule(t, "trước 10 giờ thứ 6 hằng tuần")
	vn := calendar.Vietnam()
	for _, r := range [][2]calendar.Date{{day(2018, 1, 31), day(2018, 1, 1)}, {{}, day(2018, 1, 1)}, {day(2018, 1, 1), {}}} {
		for o := range s.Occurrences(vn, r[0], r[1]) {
			t.Errorf("range %v..%v yields %+v", r[0], r[1], o)
		}
	}
	// Stopping early stops.
	n := 0
	for range s.Occurrences(vn, day(2018, 1, 1), day(2018, 12, 31)) {
		n++
		if n == 3 {
			break
		}
	}
	// Every Friday of a long range, each once, in order of due day (two may
	// share one: Friday 20/1/2023 fell in Tết and moved to Friday 27/1),
	// and the zero Schedule yields nothing.
	var last calendar.Date
	count := 0
	for o := range s.Occurrences(vn, day(2013, 1, 1), day(2026, 12, 31)) {
		if o.Due.Before(last) || o.Nominal.Weekday() != time.Friday || !vn.IsWorkday(o.Due) || o.Due.Sub(o.Nominal) > 10 {
			t.Fatalf("out of order or misplaced: %+v after %v", o, last)
		}
		last = o.Due
		count++
	}
	if want := (day(2026, 12, 25).Sub(day(2013, 1, 4)))/7 + 1; count != want {
		t.Errorf("%d weekly reports in 2013-2026, want %d", count, want)
	}
	for o := range (calendar.Schedule{}).Occurrences(vn, day(2018, 1, 1), day(2018, 12, 31)) {
		t.Errorf("the zero Schedule yields %+v", o)
	}
}

func FuzzParseSchedule(f *testing.F) {
	for _, s := range []string{
		"chậm nhất 10 giờ ngày thứ Sáu", "trước 10 giờ (thứ 6)", "trước 10 giờ thứ 6 tuần cuối của tháng",
		"thứ Sáu tuần cuối cùng của tháng", binhPhuoc2018, "Hàng quý, 6 tháng và năm hoặc đột xuất",
		"định kỳ 6 tháng, cuối năm", "16:00 Chủ nhật",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sch, err := calendar.ParseSchedule(s)
		if err != nil {
			return
		}
		if sch.IsZero() || sch.Text() != s {
			t.Fatalf("ParseSchedule(%q) = %+v: lost its text or kind", s, sch)
		}
		back, err := calendar.ParseSchedule(sch.String())
		if err != nil || !back.Equal(sch) {
			t.Fatalf("ParseSchedule(%q) = %+v; its String parses to %+v, %v", s, sch, back, err)
		}
		for range sch.Occurrences(nil, calendar.NewDate(2018, 1, 1), calendar.NewDate(2018, 12, 31)) {
		}
	})
}
