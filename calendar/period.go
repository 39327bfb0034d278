package calendar

import (
	"fmt"
	"time"

	"github.com/openpar/cchc/internal/enum"
)

// PeriodKind says what span of time a Period is.
type PeriodKind uint8

// The kinds of period plans and reports speak of.
const (
	PeriodUnspecified PeriodKind = iota
	PeriodWeek                   // Monday to Sunday (tuần)
	PeriodMonth                  // tháng
	PeriodQuarter                // quý
	PeriodHalf                   // 6 tháng đầu / cuối năm
	PeriodYear                   // năm
	PeriodYears                  // năm 2017-2018, giai đoạn 2011-2015
	PeriodSpan                   // any other run of days, such as a reporting period with a cut-off
)

var periodKinds = enum.Table[PeriodKind]{
	Pkg:     "calendar",
	Type:    "PeriodKind",
	Codes:   []string{"unspecified", "week", "month", "quarter", "half", "year", "years", "span"},
	Unknown: func(w string) error { return &ParseError{What: "period kind", Input: w, Reason: "unknown kind"} },
}

// String returns the kind's English code word ("quarter").
func (k PeriodKind) String() string { return periodKinds.String(k) }

// ParsePeriodKind is the inverse of PeriodKind.String.
func ParsePeriodKind(s string) (PeriodKind, error) { return periodKinds.Parse(s) }

// MarshalText encodes the kind as its code word.
func (k PeriodKind) MarshalText() ([]byte, error) { return periodKinds.Marshal(k) }

// UnmarshalText decodes a code word written by MarshalText.
func (k *PeriodKind) UnmarshalText(b []byte) error { return periodKinds.Unmarshal(k, b) }

// Period is a run of whole days: a week, month, quarter, half year, year, span
// of years, or any other span. It is comparable with ==; the zero Period is
// unset.
type Period struct {
	kind       PeriodKind
	start, end Date // both included
}

// WeekPeriod returns the Monday-to-Sunday week that contains d, or the zero
// Period for the zero Date.
func WeekPeriod(d Date) Period {
	if d.IsZero() {
		return Period{}
	}
	back := (int(d.Weekday()) + 6) % 7 // days since Monday
	start := d.AddDays(-back)
	return Period{kind: PeriodWeek, start: start, end: start.AddDays(6)}
}

// MonthPeriod returns month m of year y.
func MonthPeriod(y int, m time.Month) Period {
	start := NewDate(y, m, 1)
	return Period{kind: PeriodMonth, start: start, end: NewDate(y, m+1, 1).AddDays(-1)}
}

// QuarterPeriod returns quarter q (1 to 4) of year y; q out of range
// normalises into neighbouring years, like NewDate.
func QuarterPeriod(y, q int) Period {
	start := NewDate(y, time.Month(3*(q-1)+1), 1)
	return Period{kind: PeriodQuarter, start: start, end: NewDate(start.Year(), start.Month()+3, 1).AddDays(-1)}
}

// HalfPeriod returns half h (1 for January-June, 2 for July-December) of year y.
func HalfPeriod(y, h int) Period {
	start := NewDate(y, time.Month(6*(h-1)+1), 1)
	return Period{kind: PeriodHalf, start: start, end: NewDate(start.Year(), start.Month()+6, 1).AddDays(-1)}
}

// YearPeriod returns year y.
func YearPeriod(y int) Period {
	return Period{kind: PeriodYear, start: NewDate(y, 1, 1), end: NewDate(y, 12, 31)}
}

// YearsPeriod returns the years from first to last, both included
// ("giai đoạn 2011-2015"). The years are swapped if given in reverse.
func YearsPeriod(first, last int) Period {
	if last < first {
		first, last = last, first
	}
	if first == last {
		return YearPeriod(first)
	}
	return Period{kind: PeriodYears, start: NewDate(first, 1, 1), end: NewDate(last, 12, 31)}
}

// SpanPeriod returns the days from start to end, both included. The dates are
// swapped if given in reverse. Either being the zero Date gives the zero
// Period.
func SpanPeriod(start, end Date) Period {
	if start.IsZero() || end.IsZero() {
		return Period{}
	}
	if end.Before(start) {
		start, end = end, start
	}
	return Period{kind: PeriodSpan, start: start, end: end}
}

// Kind returns what span of time p is.
func (p Period) Kind() PeriodKind { return p.kind }

// IsZero reports whether p is the zero, unset Period.
func (p Period) IsZero() bool { return p.kind == PeriodUnspecified }

// Start returns the first day of p.
func (p Period) Start() Date { return p.start }

// End returns the last day of p, included in p.
func (p Period) End() Date { return p.end }

// Days returns the number of days in p.
func (p Period) Days() int {
	if p.IsZero() {
		return 0
	}
	return p.end.Sub(p.start) + 1
}

// Contains reports whether d falls within p.
func (p Period) Contains(d Date) bool {
	return !p.IsZero() && !d.Before(p.start) && !d.After(p.end)
}

// Overlaps reports whether p and q share at least one day.
func (p Period) Overlaps(q Period) bool {
	return !p.IsZero() && !q.IsZero() && !p.end.Before(q.start) && !q.end.Before(p.start)
}

// Next returns the period of the same kind and length that follows p.
func (p Period) Next() Period { return p.shift(1) }

// Prev returns the period of the same kind and length that precedes p.
func (p Period) Prev() Period { return p.shift(-1) }

func (p Period) shift(n int) Period {
	y, m, _ := p.start.Date()
	switch p.kind {
	case PeriodWeek:
		return WeekPeriod(p.start.AddDays(7 * n))
	case PeriodMonth:
		return MonthPeriod(y, m+time.Month(n))
	case PeriodQuarter:
		return QuarterPeriod(y, p.Index()+n)
	case PeriodHalf:
		return HalfPeriod(y, p.Index()+n)
	case PeriodYear:
		return YearPeriod(y + n)
	case PeriodYears:
		years := p.end.Year() - y + 1
		return YearsPeriod(y+n*years, p.end.Year()+n*years)
	case PeriodSpan:
		days := p.Days()
		return SpanPeriod(p.start.AddDays(n*days), p.end.AddDays(n*days))
	}
	return p
}

// Year returns the year p starts in.
func (p Period) Year() int { return p.start.Year() }

// Index returns p's number within its year: the ISO week number, the month,
// the quarter (1-4) or the half (1-2); 0 for other kinds.
func (p Period) Index() int {
	switch p.kind {
	case PeriodWeek:
		_, w := p.start.Time().ISOWeek()
		return w
	case PeriodMonth:
		return int(p.start.Month())
	case PeriodQuarter:
		return (int(p.start.Month())-1)/3 + 1
	case PeriodHalf:
		return (int(p.start.Month())-1)/6 + 1
	}
	return 0
}

var romanQuarters = [...]string{"", "I", "II", "III", "IV"}

// String returns p as a plan would write it, in a form ParsePeriod reads back:
// "Tuần 31/2017", "Tháng 8/2017", "Quý III/2017", "6 tháng đầu năm 2018",
// "6 tháng cuối năm 2018", "Năm 2017", "Năm 2017-2018",
// "Từ 15/12/2017 đến 14/6/2018". The zero Period prints as "".
func (p Period) String() string {
	switch p.kind {
	case PeriodWeek:
		y, w := p.start.Time().ISOWeek()
		return fmt.Sprintf("Tuần %d/%d", w, y)
	case PeriodMonth:
		return fmt.Sprintf("Tháng %d/%d", p.Index(), p.Year())
	case PeriodQuarter:
		return fmt.Sprintf("Quý %s/%d", romanQuarters[p.Index()], p.Year())
	case PeriodHalf:
		if p.Index() == 1 {
			return fmt.Sprintf("6 tháng đầu năm %d", p.Year())
		}
		return fmt.Sprintf("6 tháng cuối năm %d", p.Year())
	case PeriodYear:
		return fmt.Sprintf("Năm %d", p.Year())
	case PeriodYears:
		return fmt.Sprintf("Năm %d-%d", p.Year(), p.end.Year())
	case PeriodSpan:
		return fmt.Sprintf("Từ %s đến %s", p.start.Format(), p.end.Format())
	}
	return ""
}
