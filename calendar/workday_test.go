package calendar_test

import (
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/openpar/cchc/calendar"
)

func TestWorkdayFacts(t *testing.T) {
	c := calendar.Vietnam()
	tests := []struct {
		what string
		got  func() calendar.Date
		want string
	}{
		// 31/12/2017 is a Sunday and 1/1/2018 a holiday.
		{"NextWorkday(31/12/2017)", func() calendar.Date { return c.NextWorkday(date(t, "31/12/2017")) }, "02/01/2018"},
		{"NextWorkday(01/01/2018)", func() calendar.Date { return c.NextWorkday(date(t, "01/01/2018")) }, "02/01/2018"},
		{"NextWorkday(29/12/2017)", func() calendar.Date { return c.NextWorkday(date(t, "29/12/2017")) }, "29/12/2017"},
		// "trước ngày 01/12/2018": 01/12/2018 is a Saturday.
		{"PrevWorkday(01/12/2018)", func() calendar.Date { return c.PrevWorkday(date(t, "01/12/2018")) }, "30/11/2018"},
		{"PrevWorkday(30/11/2018)", func() calendar.Date { return c.PrevWorkday(date(t, "30/11/2018")) }, "30/11/2018"},
		{"AddWorkdays(01/12/2018, -1)", func() calendar.Date { return c.AddWorkdays(date(t, "01/12/2018"), -1) }, "30/11/2018"},
		// "Trong tháng 8/2013": 31/8/2013 is a Saturday.
		{"PrevWorkday(31/08/2013)", func() calendar.Date { return c.PrevWorkday(date(t, "31/08/2013")) }, "30/08/2013"},
		// A deadline on the first day of Tết 2025 moves past the whole break.
		{"NextWorkday(29/01/2025)", func() calendar.Date { return c.NextWorkday(date(t, "29/01/2025")) }, "03/02/2025"},
		{"PrevWorkday(29/01/2025)", func() calendar.Date { return c.PrevWorkday(date(t, "29/01/2025")) }, "24/01/2025"},
		// 26/4/2025 is a Saturday worked for 2/5/2025.
		{"NextWorkday(26/04/2025)", func() calendar.Date { return c.NextWorkday(date(t, "26/04/2025")) }, "26/04/2025"},
		{"AddWorkdays(29/04/2025, 1)", func() calendar.Date { return c.AddWorkdays(date(t, "29/04/2025"), 1) }, "05/05/2025"},
		{"AddWorkdays(24/04/2025, 2)", func() calendar.Date { return c.AddWorkdays(date(t, "24/04/2025"), 2) }, "26/04/2025"},
		{"AddWorkdays(02/01/2018, 0)", func() calendar.Date { return c.AddWorkdays(date(t, "02/01/2018"), 0) }, "02/01/2018"},
		{"AddWorkdays(31/12/2017, 0)", func() calendar.Date { return c.AddWorkdays(date(t, "31/12/2017"), 0) }, "31/12/2017"},
		// Ten working days from 30/1/2025 skip the rest of Tết.
		{"AddWorkdays(30/01/2025, 10)", func() calendar.Date { return c.AddWorkdays(date(t, "30/01/2025"), 10) }, "14/02/2025"},
	}
	for _, tt := range tests {
		if got := tt.got(); got != date(t, tt.want) {
			t.Errorf("%s = %s, want %s", tt.what, got.Format(), tt.want)
		}
	}
	counts := []struct {
		from, to string
		want     int
	}{
		// 2018: 104 weekend days; 11 weekdays off: 1/1, three days of Tết and two
		// compensatory, Giỗ Tổ, 30/4, 1/5, 3/9 and 31/12 (swapped for 5/1/2019).
		{"01/01/2018", "31/12/2018", 365 - 104 - 11},
		{"25/01/2025", "02/02/2025", 0},
		{"26/04/2025", "26/04/2025", 1},
		{"02/02/2025", "25/01/2025", 0},
		{"01/09/2025", "30/09/2025", 20},
	}
	for _, tt := range counts {
		if got := c.Workdays(date(t, tt.from), date(t, tt.to)); got != tt.want {
			t.Errorf("Workdays(%s, %s) = %d, want %d", tt.from, tt.to, got, tt.want)
		}
	}
}

// naiveAdd walks day by day.
func naiveAdd(c *calendar.Calendar, d calendar.Date, n int) calendar.Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d = d.AddDays(step)
		if c.IsWorkday(d) {
			n--
		}
	}
	return d
}

// randomDate returns a day from 1995 to 2205, so that both ends of the
// covered years are crossed.
func randomDate(r *rand.Rand) calendar.Date {
	start := calendar.NewDate(1995, time.January, 1)
	return start.AddDays(r.IntN(calendar.NewDate(2206, time.January, 1).Sub(start)))
}

func testCalendars(t *testing.T) map[string]*calendar.Calendar {
	t.Helper()
	local, err := calendar.Vietnam().With(
		calendar.Holiday{Date: date(t, "15/08/2017"), Name: "Ngày nghỉ của tỉnh", Kind: calendar.HolidayStatutory},
		calendar.Holiday{Date: date(t, "19/08/2017"), Name: "Làm việc thứ Bảy", Kind: calendar.HolidayMakeUp},
		calendar.Holiday{Date: date(t, "01/01/2000"), Name: "Làm việc thứ Bảy", Kind: calendar.HolidayMakeUp},
		calendar.Holiday{Date: date(t, "31/12/2199"), Name: "Ngày nghỉ", Kind: calendar.HolidaySwapped},
	)
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*calendar.Calendar{"Vietnam": calendar.Vietnam(), "derived": local}
}

func TestAddWorkdaysAgreesWithWalking(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for name, c := range testCalendars(t) {
		for i := 0; i < 20000; i++ {
			d := randomDate(r)
			n := r.IntN(801) - 400
			if i%100 == 0 {
				n = r.IntN(40001) - 20000
			}
			got := c.AddWorkdays(d, n)
			if want := naiveAdd(c, d, n); got != want {
				t.Fatalf("%s: AddWorkdays(%s, %d) = %s, want %s", name, d, n, got, want)
			}
			// Going back lands on the nearest working day on the side we came from.
			back := c.AddWorkdays(got, -n)
			want := d
			switch {
			case n > 0:
				want = c.PrevWorkday(d)
			case n < 0:
				want = c.NextWorkday(d)
			}
			if back != want {
				t.Fatalf("%s: AddWorkdays(AddWorkdays(%s, %d), %d) = %s, want %s", name, d, n, -n, back, want)
			}
		}
	}
}

func TestWorkdaysAgreesWithCounting(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for name, c := range testCalendars(t) {
		for i := 0; i < 3000; i++ {
			from := randomDate(r)
			to := from.AddDays(r.IntN(1200) - 100)
			want := 0
			for d := from; !d.After(to); d = d.AddDays(1) {
				if c.IsWorkday(d) {
					want++
				}
			}
			if got := c.Workdays(from, to); got != want {
				t.Fatalf("%s: Workdays(%s, %s) = %d, want %d", name, from, to, got, want)
			}
		}
	}
}

// TestEveryDay checks the day queries on every day from 1995 to 2205 against
// the holiday listing and a walk to the neighbouring working days.
func TestEveryDay(t *testing.T) {
	for name, c := range testCalendars(t) {
		start, end := calendar.NewDate(1995, time.January, 1), calendar.NewDate(2206, time.January, 1)
		for d := start; d.Before(end); d = d.AddDays(1) {
			weekday := d.Weekday() != time.Saturday && d.Weekday() != time.Sunday
			want := weekday
			if h, ok := c.Holiday(d); ok {
				want = !h.IsDayOff()
			}
			if got := c.IsWorkday(d); got != want {
				t.Fatalf("%s: IsWorkday(%s) = %v, want %v", name, d, got, want)
			}
			next, prev := d, d
			if !want {
				next, prev = naiveAdd(c, d, 1), naiveAdd(c, d, -1)
			}
			if got := c.NextWorkday(d); got != next {
				t.Fatalf("%s: NextWorkday(%s) = %s, want %s", name, d, got, next)
			}
			if got := c.PrevWorkday(d); got != prev {
				t.Fatalf("%s: PrevWorkday(%s) = %s, want %s", name, d, got, prev)
			}
		}
	}
}

func TestOutsideCoveredYears(t *testing.T) {
	c := calendar.Vietnam()
	// No holidays are known: 1/1/1999 (a Friday) and 1/1/2200 (a Wednesday) are worked.
	for _, s := range []string{"1999-01-01", "2200-01-01", "1800-09-02"} {
		d := date(t, s)
		if !c.IsWorkday(d) {
			t.Errorf("IsWorkday(%s) = false outside the covered years", s)
		}
		if _, ok := c.Holiday(d); ok {
			t.Errorf("Holiday(%s) reports a holiday outside the covered years", s)
		}
	}
	// Across the ends: 1/1/2000, a Saturday, gives Monday 3/1/2000 off.
	for _, tt := range []struct {
		from string
		n    int
		want string
	}{
		{"1999-12-31", 1, "2000-01-04"},
		{"2000-01-04", -1, "1999-12-31"},
		{"2199-12-31", 1, "2200-01-01"},
		{"2200-01-01", -1, "2199-12-31"},
	} {
		if got := c.AddWorkdays(date(t, tt.from), tt.n); got != date(t, tt.want) {
			t.Errorf("AddWorkdays(%s, %d) = %s, want %s", tt.from, tt.n, got, tt.want)
		}
	}
	// Far away, the weekend rule alone: 5 working days a week.
	d := date(t, "0001-01-01")
	if got := c.Workdays(d, d.AddDays(7*1000-1)); got != 5000 {
		t.Errorf("Workdays over 1000 weeks in year 1 = %d", got)
	}
	if got, want := c.AddWorkdays(d, 5000), c.NextWorkday(d.AddDays(7000)); got != want {
		t.Errorf("AddWorkdays(%s, 5000) = %s, want %s", d, got, want)
	}
}

func TestWith(t *testing.T) {
	vn := calendar.Vietnam()
	localDay := calendar.Holiday{
		Date: date(t, "15/08/2017"), Name: "Ngày nghỉ của tỉnh", EnglishName: "Provincial day off",
		Kind: calendar.HolidayStatutory, Source: "Quyết định của UBND tỉnh",
	}
	saturday := calendar.Holiday{Date: date(t, "19/08/2017"), Name: "Làm việc thứ Bảy", Kind: calendar.HolidayMakeUp}
	// The office works on Quốc khánh 2025: the recorded holiday is replaced.
	nationalDay := calendar.Holiday{Date: date(t, "02/09/2025"), Name: "Trực Quốc khánh", Kind: calendar.HolidayMakeUp}
	c, err := vn.With(localDay, saturday, nationalDay)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		d                calendar.Holiday
		vietnam, derived bool
	}{
		{localDay, true, false},
		{saturday, false, true},
		{nationalDay, false, true},
	} {
		if got := vn.IsWorkday(tt.d.Date); got != tt.vietnam {
			t.Errorf("Vietnam().IsWorkday(%s) = %v after With", tt.d.Date, got)
		}
		if got := c.IsWorkday(tt.d.Date); got != tt.derived {
			t.Errorf("derived IsWorkday(%s) = %v", tt.d.Date, got)
		}
		if h, ok := c.Holiday(tt.d.Date); !ok || h != tt.d {
			t.Errorf("derived Holiday(%s) = %v, %v", tt.d.Date, h, ok)
		}
	}
	if got := c.NextWorkday(date(t, "15/08/2017")); got != date(t, "16/08/2017") {
		t.Errorf("derived NextWorkday(15/08/2017) = %s", got)
	}
	hs, _ := c.Holidays(2025)
	for _, h := range hs {
		if h.Date == nationalDay.Date && h != nationalDay {
			t.Errorf("2/9/2025 still listed as %v", h)
		}
	}
	if !c.Announced(2025) || c.DataVersion() != vn.DataVersion() {
		t.Error("the derived calendar lost the announcement record")
	}
	// Derived again: both sets of changes hold.
	c2, err := c.With(calendar.Holiday{Date: date(t, "16/08/2017"), Kind: calendar.HolidaySwapped})
	if err != nil {
		t.Fatal(err)
	}
	if c2.NextWorkday(date(t, "15/08/2017")) != date(t, "17/08/2017") || !c2.IsWorkday(saturday.Date) {
		t.Error("a calendar derived twice lost a change")
	}

	bad := []calendar.Holiday{
		{Name: "không ngày", Kind: calendar.HolidayStatutory},
		{Date: date(t, "15/08/2017"), Kind: calendar.HolidayUnspecified},
		{Date: date(t, "15/08/2017"), Kind: calendar.HolidayKind(99)},
		{Date: date(t, "15/08/1999"), Kind: calendar.HolidayStatutory},
		{Date: date(t, "15/08/2200"), Kind: calendar.HolidayMakeUp},
	}
	for _, h := range bad {
		got, err := vn.With(localDay, h)
		if err == nil || got != nil {
			t.Errorf("With(%+v) = %v, %v; want an error", h, got, err)
		}
	}
	var re *calendar.RangeError
	if _, err := vn.With(bad[3]); !errors.As(err, &re) || re.Year != 1999 {
		t.Errorf("With(1999) error = %v, want a RangeError", err)
	}
}

func TestNoAllocations(t *testing.T) {
	c := calendar.Vietnam()
	d := date(t, "31/12/2017")
	far := date(t, "2300-01-01")
	var sink calendar.Date
	var n int
	checks := map[string]func(){
		"IsWorkday":   func() { _ = c.IsWorkday(d) },
		"NextWorkday": func() { sink = c.NextWorkday(d) },
		"PrevWorkday": func() { sink = c.PrevWorkday(d) },
		"AddWorkdays": func() { sink = c.AddWorkdays(d, 10000) },
		"AddFar":      func() { sink = c.AddWorkdays(far, -100000) },
		"Workdays":    func() { n = c.Workdays(d, far) },
	}
	for name, f := range checks {
		if a := testing.AllocsPerRun(100, f); a != 0 {
			t.Errorf("%s allocates %v times", name, a)
		}
	}
	_, _ = sink, n
}

var (
	sinkDate calendar.Date
	sinkInt  int
	sinkBool bool
)

func BenchmarkIsWorkday(b *testing.B) {
	c := calendar.Vietnam()
	d := calendar.NewDate(2018, time.January, 1)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkBool = c.IsWorkday(d.AddDays(i & 1023))
	}
}

func benchmarkAddWorkdays(b *testing.B, n int) {
	c := calendar.Vietnam()
	d := calendar.NewDate(2017, time.December, 31)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkDate = c.AddWorkdays(d.AddDays(i&1023), n)
	}
}

func BenchmarkAddWorkdays10(b *testing.B)    { benchmarkAddWorkdays(b, 10) }
func BenchmarkAddWorkdays10000(b *testing.B) { benchmarkAddWorkdays(b, 10000) }

func BenchmarkWorkdaysTenYears(b *testing.B) {
	c := calendar.Vietnam()
	from := calendar.NewDate(2015, time.January, 1)
	to := calendar.NewDate(2024, time.December, 31)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkInt = c.Workdays(from.AddDays(i&255), to)
	}
}

func BenchmarkNextWorkday(b *testing.B) {
	c := calendar.Vietnam()
	d := calendar.NewDate(2025, time.January, 25)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkDate = c.NextWorkday(d.AddDays(i & 15))
	}
}

func BenchmarkWith(b *testing.B) {
	c := calendar.Vietnam()
	h := calendar.Holiday{Date: calendar.NewDate(2017, time.August, 15), Kind: calendar.HolidayStatutory}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.With(h); err != nil {
			b.Fatal(err)
		}
	}
}
