package calendar

import (
	"fmt"
	"math/bits"
	"sort"
	"sync"
	"time"
)

// Calendar is a working calendar: which days state agencies work. Saturday and
// Sunday are days off, and so are the holidays the calendar lists; a make-up
// day is a weekend day that is worked.
//
// A Calendar knows holidays from FirstHolidayYear to LastHolidayYear. Outside
// those years it knows none: Monday to Friday are working days and the
// weekend is off, and the working-day arithmetic carries on across the
// boundary without error.
//
// The zero Calendar knows no holidays: only weekends are off. A Calendar is
// immutable and safe for concurrent use. Its day queries
// (IsWorkday, NextWorkday, PrevWorkday, AddWorkdays, Workdays) do not
// allocate, and AddWorkdays costs the same whatever the number of days.
type Calendar struct {
	first     int      // Julian day number of 1 January of FirstHolidayYear
	days      int      // days covered, from first
	work      []uint64 // bit i%64 of work[i/64]: day first+i is a working day
	rank      []int32  // rank[w]: working days before word w; len(work)+1 entries
	holidays  []Holiday
	announced map[int]bool
	version   string
}

// vietnam is built once: the rules and the data never change while a program
// runs.
var vietnam = sync.OnceValue(func() *Calendar {
	f, err := parseHolidayData(holidayData)
	if err == nil {
		var hs []Holiday
		var announced map[int]bool
		if hs, announced, err = vietnamHolidays(f); err == nil {
			return newCalendar(hs, announced, f.Version)
		}
	}
	// The embedded table is part of the program, checked by its tests; a
	// broken one is a build fault, not an input error.
	panic(err)
})

// Vietnam returns the working calendar of Vietnam's state agencies: the public
// holidays of the Labour Code in force each year (Bộ luật Lao động 1994, 2012
// and 2019), the compensatory day off when one falls on a weekend, and the
// arrangements the Government announced for 2013 to 2026: which days of Tết
// and which day next to Quốc khánh are off, and the working days swapped for
// Saturdays. For a year without an announcement (Announced reports it) the
// calendar predicts those choices from the law, and the Source of such a
// holiday says so.
//
// Vietnam returns the same shared, immutable value on every call.
func Vietnam() *Calendar { return vietnam() }

// newCalendar builds the day table of a calendar from its sorted holidays.
func newCalendar(hs []Holiday, announced map[int]bool, version string) *Calendar {
	first := NewDate(FirstHolidayYear, time.January, 1)
	n := NewDate(LastHolidayYear+1, time.January, 1).Sub(first)
	c := &Calendar{
		first:     first.JDN(),
		days:      n,
		work:      make([]uint64, (n+63)/64),
		rank:      make([]int32, (n+63)/64+1),
		holidays:  hs,
		announced: announced,
		version:   version,
	}
	for i := 0; i < n; i++ {
		if isWeekday(c.first + i) {
			c.work[i/64] |= 1 << (i % 64)
		}
	}
	for _, h := range hs {
		i := h.Date.JDN() - c.first
		if h.IsDayOff() {
			c.work[i/64] &^= 1 << (i % 64)
		} else {
			c.work[i/64] |= 1 << (i % 64)
		}
	}
	for w, x := range c.work {
		c.rank[w+1] = c.rank[w] + int32(bits.OnesCount64(x))
	}
	return c
}

// IsWorkday reports whether d is a working day.
func (c *Calendar) IsWorkday(d Date) bool {
	i := d.JDN() - c.first
	if i < 0 || i >= c.days {
		return isWeekday(d.JDN())
	}
	return c.work[i/64]&(1<<(i%64)) != 0
}

// NextWorkday returns d if it is a working day, else the first working day
// after it: the day a deadline falling on a weekend or holiday moves to (Bộ
// luật Dân sự 2015, Điều 148).
func (c *Calendar) NextWorkday(d Date) Date {
	if c.IsWorkday(d) {
		return d
	}
	return c.nth(c.before(d.JDN()), c.word(d))
}

// PrevWorkday returns d if it is a working day, else the last working day
// before it.
func (c *Calendar) PrevWorkday(d Date) Date {
	if c.IsWorkday(d) {
		return d
	}
	return c.nth(c.before(d.JDN())-1, c.word(d))
}

// AddWorkdays returns the n-th working day after d, or before it when n is
// negative; d itself need not be a working day, and n == 0 returns d.
// AddWorkdays(d, 1) is the next working day after d, AddWorkdays(d, -1) the
// last one before it. The zero Date stays unset.
func (c *Calendar) AddWorkdays(d Date, n int) Date {
	if d.IsZero() {
		return d
	}
	// A few working days away, stepping through the day table is cheaper
	// than counting ranks.
	if n >= -walkLimit && n <= walkLimit {
		j, step := d.JDN(), 1
		if n < 0 {
			n, step = -n, -1
		}
		for n > 0 {
			j += step
			if c.IsWorkday(dateFromJDN(j)) {
				n--
			}
		}
		return dateFromJDN(j)
	}
	switch {
	case n > 0:
		return c.nth(c.before(d.JDN()+1)+n-1, c.word(d))
	case n < 0:
		return c.nth(c.before(d.JDN())+n, c.word(d))
	}
	return d
}

// walkLimit is how many working days AddWorkdays steps through one day at a
// time before it counts ranks instead.
const walkLimit = 4

// Workdays returns the number of working days from from to to, both included;
// 0 when to is before from or either is the zero Date.
func (c *Calendar) Workdays(from, to Date) int {
	if to.Before(from) || from.IsZero() || to.IsZero() {
		return 0
	}
	return c.before(to.JDN()+1) - c.before(from.JDN())
}

// The day arithmetic counts working days from the first covered day: before(j)
// is the number of working days in [first, j), negative when j is earlier, and
// nth(r) is its inverse, the working day with r working days before it. Inside
// the covered years both read the bit table; outside, where only weekends are
// off, a closed formula does.

func (c *Calendar) before(j int) int {
	i := j - c.first
	switch {
	case i <= 0:
		return weekdaysBefore(j) - weekdaysBefore(c.first)
	case i >= c.days:
		return c.tableDays() + weekdaysBefore(j) - weekdaysBefore(c.first+c.days)
	}
	return int(c.rank[i/64]) + bits.OnesCount64(c.work[i/64]&(1<<(i%64)-1))
}

// word returns the index of the table word that holds d, for nth to start
// its search from.
func (c *Calendar) word(d Date) int { return (d.JDN() - c.first) / 64 }

// tableDays returns the number of working days in the day table; 0 for the
// zero Calendar, which has none.
func (c *Calendar) tableDays() int {
	if len(c.rank) == 0 {
		return 0
	}
	return int(c.rank[len(c.rank)-1])
}

func (c *Calendar) nth(r, hint int) Date {
	total := c.tableDays()
	switch {
	case r < 0:
		return dateFromJDN(nthWeekday(weekdaysBefore(c.first) + r))
	case r >= total:
		return dateFromJDN(nthWeekday(weekdaysBefore(c.first+c.days) + r - total))
	}
	// The word holding it is the first whose successor counts more than r.
	// Galloping out from the word of the start day finds a near answer in a
	// step or two and a far one in logarithmic time, so that AddWorkdays
	// costs little for small n and about the same for any n.
	last := len(c.work) - 1
	lo := min(max(hint, 0), last)
	hi := lo
	for step := 1; lo > 0 && int(c.rank[lo]) > r; step *= 2 {
		hi = lo - 1
		lo = max(lo-step, 0)
	}
	for step := 1; hi < last && int(c.rank[hi+1]) <= r; step *= 2 {
		lo = hi + 1
		hi = min(hi+step, last)
	}
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(c.rank[mid+1]) > r {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	x := c.work[lo]
	for k := r - int(c.rank[lo]); k > 0; k-- {
		x &= x - 1 // drop the lowest working day
	}
	return dateFromJDN(c.first + lo*64 + bits.TrailingZeros64(x))
}

// JDN 0 was a Monday, so day j is Monday to Friday when j mod 7 < 5.

func isWeekday(j int) bool { return j-7*floorDiv(j, 7) < 5 }

// weekdaysBefore returns the number of Mondays to Fridays in [0, j).
func weekdaysBefore(j int) int {
	q := floorDiv(j, 7)
	return 5*q + min(j-7*q, 5)
}

// nthWeekday is the inverse of weekdaysBefore: the weekday with k before it.
func nthWeekday(k int) int {
	q := floorDiv(k, 5)
	return 7*q + k - 5*q
}

// Holiday returns what the calendar records for d: a holiday, a day off or a
// make-up day. It reports false for an ordinary working day or weekend.
func (c *Calendar) Holiday(d Date) (Holiday, bool) {
	i := c.search(d)
	if i < len(c.holidays) && c.holidays[i].Date == d {
		return c.holidays[i], true
	}
	return Holiday{}, false
}

// search returns the index of the first holiday on or after d.
func (c *Calendar) search(d Date) int {
	return sort.Search(len(c.holidays), func(i int) bool { return !c.holidays[i].Date.Before(d) })
}

// Holidays lists the days of year that the calendar records in date order:
// public holidays (a holiday on a weekend included), compensatory and swapped
// days off, and make-up working days, told apart by Kind. It returns a
// *RangeError outside FirstHolidayYear to LastHolidayYear.
func (c *Calendar) Holidays(year int) ([]Holiday, error) {
	if year < FirstHolidayYear || year > LastHolidayYear {
		return nil, &RangeError{What: "holidays", Year: year, Min: FirstHolidayYear, Max: LastHolidayYear}
	}
	i := c.search(NewDate(year, time.January, 1))
	j := c.search(NewDate(year+1, time.January, 1))
	return append([]Holiday(nil), c.holidays[i:j]...), nil
}

// Announced reports whether the calendar holds the Government's announced
// arrangements for the holidays of year. When it does not, the Tết days and
// the day next to Quốc khánh are predicted from the law and no days are
// swapped.
func (c *Calendar) Announced(year int) bool { return c.announced[year] }

// DataVersion returns the version of the announcement table the calendar was
// built from.
func (c *Calendar) DataVersion() string { return c.version }

// With returns a copy of c with changes: each Holiday whose Kind is a day off
// makes its date a day off, and each of kind HolidayMakeUp makes its date a
// working day. A change replaces what c recorded for that date, and nothing
// else is recomputed: a local holiday on a Saturday gives no compensatory
// day unless it is added too. c itself is not changed.
//
// It returns an error for a change without a kind or a date, and a
// *RangeError for a date outside FirstHolidayYear to LastHolidayYear.
func (c *Calendar) With(changes ...Holiday) (*Calendar, error) {
	byDate := make(map[Date]Holiday, len(changes))
	for _, h := range changes {
		switch {
		case h.Date.IsZero():
			return nil, fmt.Errorf("calendar: change %q has no date", h.Name)
		case h.Kind != HolidayMakeUp && !h.Kind.IsDayOff():
			return nil, fmt.Errorf("calendar: change %s: kind %s is neither a day off nor a make-up day", h.Date, h.Kind)
		case h.Date.Year() < FirstHolidayYear || h.Date.Year() > LastHolidayYear:
			return nil, &RangeError{What: "holiday change", Year: h.Date.Year(), Min: FirstHolidayYear, Max: LastHolidayYear}
		}
		byDate[h.Date] = h
	}
	hs := make([]Holiday, 0, len(c.holidays)+len(byDate))
	for _, h := range c.holidays {
		if _, replaced := byDate[h.Date]; !replaced {
			hs = append(hs, h)
		}
	}
	for _, h := range byDate {
		hs = append(hs, h)
	}
	sortHolidays(hs)
	return newCalendar(hs, c.announced, c.version), nil
}
