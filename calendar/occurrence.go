package calendar

import (
	"iter"
	"time"
)

// Occurrence is one report a schedule asks for.
type Occurrence struct {
	Period  Period        // the period the report covers: Quý I/2018, Tuần 31/2017
	Data    Period        // the days its figures cover, ending on the data cut-off; zero where the schedule sets none
	Nominal Date          // the last day the schedule's text allows: 4/3/2018 for "trước ngày 5/3"
	Due     Date          // the day the report is due on the working calendar
	At      time.Duration // the time of day it is due by, from midnight ICT; 0 for any time on the day
}

// Cutoff returns the last day of the figures the report gives, or the zero
// Date where the schedule sets no cut-off.
func (o Occurrence) Cutoff() Date { return o.Data.End() }

// NominalTime returns the instant the schedule's text names: Nominal at At
// in ICT, or the end of Nominal (midnight that starts the next day) when At
// is 0.
func (o Occurrence) NominalTime() time.Time { return o.instant(o.Nominal) }

// DueTime returns the instant the report is due by: Due at At in ICT, or the
// end of Due (midnight that starts the next day) when At is 0. A report
// received before DueTime is on time.
func (o Occurrence) DueTime() time.Time { return o.instant(o.Due) }

func (o Occurrence) instant(d Date) time.Time {
	if o.At == 0 {
		return d.AddDays(1).Time()
	}
	return d.Time().Add(o.At)
}

// nationalRules are the national rules for the days of periodic reports,
// earliest first, each applying from a year on (the year of the period's
// last month).
var nationalRules = [...]struct {
	from        int // first year the rule applies to
	cutoff, due int // days of the period's last month
}{
	{minTextYear, 15, 20}, // the practice before Nghị định 09/2019/NĐ-CP
	{2019, 14, 20},        // Nghị định 09/2019/NĐ-CP on the reporting regime of state administrative bodies
}

// nationalDays returns the cut-off and due days of a period ending in
// month m of year y.
func nationalDays(y int, m time.Month) (cutoff, due Date) {
	r := nationalRules[0]
	for _, next := range nationalRules[1:] {
		if y >= next.from {
			r = next
		}
	}
	return NewDate(y, m, r.cutoff), NewDate(y, m, r.due)
}

// nominal yields the occurrences of s whose nominal day is on or after
// from, in order, with Due unset, and whether each must come before the day
// after its nominal day; the sequence ends at the year maxTextYear.
func (s Schedule) nominal(from Date) iter.Seq2[Occurrence, bool] {
	return func(yield func(Occurrence, bool) bool) {
		switch s.kind {
		case ScheduleWeekly:
			// Days from Monday to s.day; Sunday ends the week.
			d := WeekPeriod(from).Start().AddDays((int(s.day) + 6) % 7)
			if d.Before(from) {
				d = d.AddDays(7)
			}
			for ; d.Year() <= maxTextYear; d = d.AddDays(7) {
				if !yield(Occurrence{Period: WeekPeriod(d), Nominal: d, At: s.at}, false) {
					return
				}
			}
		case ScheduleLastWeek:
			for p := MonthPeriod(from.Year(), from.Month()); p.Year() <= maxTextYear; p = p.Next() {
				// The last s.day within the month.
				d := p.End().AddDays(-((int(p.End().Weekday()) - int(s.day) + 7) % 7))
				if !d.Before(from) && !yield(Occurrence{Period: p, Nominal: d, At: s.at}, false) {
					return
				}
			}
		case ScheduleYearly:
			for y := from.Year(); y <= maxTextYear; y++ {
				for _, due := range s.dues {
					d := NewDate(y, due.Month, due.Day)
					if due.Before {
						d = d.AddDays(-1)
					}
					if !d.Before(from) && !yield(Occurrence{Period: due.period(y), Nominal: d}, due.Before) {
						return
					}
				}
			}
		case ScheduleNational:
			for m := MonthPeriod(from.Year(), from.Month()); m.Year() <= maxTextYear; m = m.Next() {
				p, ok := s.nationalPeriod(m)
				if !ok {
					continue
				}
				cutoff, due := nationalDays(m.Year(), m.start.Month())
				before := p.Start().AddDays(-1)
				prevCutoff, _ := nationalDays(before.Year(), before.Month())
				o := Occurrence{Period: p, Data: SpanPeriod(prevCutoff.AddDays(1), cutoff), Nominal: due}
				if !due.Before(from) && !yield(o, false) {
					return
				}
			}
		}
	}
}

// nationalPeriod returns the longest period among s's reports that ends
// with month m.
func (s Schedule) nationalPeriod(m Period) (Period, bool) {
	y, month := m.Year(), int(m.start.Month())
	switch {
	case s.freq&Yearly != 0 && month == 12:
		return YearPeriod(y), true
	case s.freq&HalfYearly != 0 && month%6 == 0:
		return HalfPeriod(y, month/6), true
	case s.freq&Quarterly != 0 && month%3 == 0:
		return QuarterPeriod(y, month/3), true
	case s.freq&Monthly != 0:
		return m, true
	}
	return Period{}, false
}
