package bench_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/openpar/cchc/calendar"
	"github.com/rickar/cal/v2"
)

// The benchmarks start from each of 1024 days from 31/12/2017, as the
// calendar package's own benchmarks do, and count up to the largest of ns
// working days from there.
var (
	firstStart = calendar.NewDate(2017, time.December, 31)
	ns         = []int{1, 10, 250, 10000}
)

const starts = 1024

// years returns the first and last year the benchmarks reach: rickar/cal is
// given the holidays of these years, and the two calendars must agree on
// every day of them.
func years() (first, last int) {
	end := calendar.Vietnam().AddWorkdays(firstStart.AddDays(starts-1), ns[len(ns)-1])
	return firstStart.Year(), end.Year()
}

// civil is a day as a time.Time gives it, the key of the make-up days.
type civil struct {
	y int
	m time.Month
	d int
}

// rickarVietnam returns a rickar/cal business calendar holding what
// calendar.Vietnam() holds in the years the benchmarks reach: each day off as
// a holiday of its own year, and each make-up Saturday as a working day
// through WorkdayFunc, rickar's hook for working weeks that change. With
// cached, the calendar memoises its holiday look-ups (rickar's Cacheable),
// which is faster but not safe for concurrent use.
func rickarVietnam(tb testing.TB, cached bool) *cal.BusinessCalendar {
	tb.Helper()
	first, last := years()
	c := cal.NewBusinessCalendar()
	c.Name = "Vietnam"
	c.Cacheable = cached
	makeUp := make(map[civil]bool)
	for y := first; y <= last; y++ {
		hs, err := calendar.Vietnam().Holidays(y)
		if err != nil {
			tb.Fatal(err)
		}
		for _, h := range hs {
			hy, m, d := h.Date.Date()
			if !h.IsDayOff() {
				makeUp[civil{hy, m, d}] = true
				continue
			}
			c.AddHoliday(&cal.Holiday{
				Name: h.Name, Type: cal.ObservancePublic,
				StartYear: hy, EndYear: hy, Month: m, Day: d,
				Func: cal.CalcDayOfMonth,
			})
		}
	}
	c.WorkdayFunc = func(t time.Time) bool {
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
			return true
		}
		y, m, d := t.Date()
		return makeUp[civil{y, m, d}]
	}
	return c
}

// rickars names the two ways to set rickar/cal up: as it comes, and with its
// cache on.
var rickars = []struct {
	name   string
	cached bool
}{{"rickar", false}, {"rickar-cached", true}}

// startDays returns the benchmarks' start days, as dates and as the
// time.Time values rickar/cal takes, so that neither side pays for a
// conversion inside the loop.
func startDays() ([]calendar.Date, []time.Time) {
	ds := make([]calendar.Date, starts)
	ts := make([]time.Time, starts)
	for i := range ds {
		ds[i] = firstStart.AddDays(i)
		ts[i] = ds[i].Time()
	}
	return ds, ts
}

// TestRickarAgrees checks that the calendars the benchmarks compare give the
// same answers, so that the timings are of the same work: IsWorkday on every
// day of the years the benchmarks reach, AddWorkdays by 1 and 10 working days
// from each of those days, and by every n the benchmarks use from their start
// days (by 10,000 from every 32nd, since rickar/cal walks day by day).
func TestRickarAgrees(t *testing.T) {
	ours := calendar.Vietnam()
	first, last := years()
	from, to := calendar.NewDate(first, time.January, 1), calendar.NewDate(last, time.December, 31)
	ds, ts := startDays()
	for _, r := range rickars {
		theirs := rickarVietnam(t, r.cached)
		t.Run(r.name, func(t *testing.T) {
			makeUps := 0
			for d := from; !d.After(to); d = d.AddDays(1) {
				w := ours.IsWorkday(d)
				if got := theirs.IsWorkday(d.Time()); got != w {
					t.Errorf("IsWorkday(%s): rickar/cal says %v, cchc %v", d, got, w)
				}
				if w && d.Weekday() == time.Saturday {
					makeUps++
				}
				for _, n := range []int{1, 10} {
					if want := ours.AddWorkdays(d, n); !want.After(to) {
						agreeAdd(t, theirs, d, d.Time(), n, want)
					}
				}
			}
			// Without a make-up Saturday in these years the comparison would
			// not exercise rickar's WorkdayFunc.
			if makeUps == 0 {
				t.Errorf("no make-up Saturday from %d to %d", first, last)
			}
			for i := range ds {
				for _, n := range ns {
					if n < 10000 || i%32 == 0 {
						agreeAdd(t, theirs, ds[i], ts[i], n, ours.AddWorkdays(ds[i], n))
					}
				}
			}
		})
	}
}

func agreeAdd(t *testing.T, theirs *cal.BusinessCalendar, d calendar.Date, td time.Time, n int, want calendar.Date) {
	t.Helper()
	if got := calendar.DateOf(theirs.WorkdaysFrom(td, n)); got != want {
		t.Errorf("AddWorkdays(%s, %d): rickar/cal says %s, cchc %s", d, n, got, want)
	}
}

var (
	sinkDate calendar.Date
	sinkTime time.Time
	sinkBool bool
)

func BenchmarkAddWorkdays(b *testing.B) {
	ours := calendar.Vietnam()
	ds, ts := startDays()
	for _, n := range ns {
		b.Run(fmt.Sprintf("cchc/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				sinkDate = ours.AddWorkdays(ds[i%starts], n)
			}
		})
	}
	for _, r := range rickars {
		theirs := rickarVietnam(b, r.cached)
		for _, n := range ns {
			b.Run(fmt.Sprintf("%s/n=%d", r.name, n), func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; b.Loop(); i++ {
					sinkTime = theirs.WorkdaysFrom(ts[i%starts], n)
				}
			})
		}
	}
}

func BenchmarkIsWorkday(b *testing.B) {
	ours := calendar.Vietnam()
	ds, ts := startDays()
	b.Run("cchc", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			sinkBool = ours.IsWorkday(ds[i%starts])
		}
	})
	for _, r := range rickars {
		theirs := rickarVietnam(b, r.cached)
		b.Run(r.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				sinkBool = theirs.IsWorkday(ts[i%starts])
			}
		})
	}
}
