package calendar

import "iter"

// orVietnam lets callers pass a nil *Calendar for Vietnam's.
func orVietnam(c *Calendar) *Calendar {
	if c == nil {
		return Vietnam()
	}
	return c
}

// Due returns the day dl falls due on the working calendar c (nil for
// Vietnam()), following Bộ luật Dân sự 2015, Điều 147-148:
//
//   - fixed ("31/12/2017"): that day, or the next working day when it is a
//     weekend or holiday (2/1/2018);
//   - before ("trước ngày 01/12/2018"): the last working day strictly
//     before that day (30/11/2018);
//   - within a period or a span ("Quý III/2017", "Giai đoạn 2011-2015"):
//     the last working day of the period (29/9/2017), or, for a period
//     without one, the first working day after it;
//   - on event ("Khi có văn bản của Bộ Nội vụ"), once WithEvent has recorded
//     the event: the event's day, moved to the next working day.
//
// It returns false, and the zero Date, where there is no single day:
// ongoing, recurring, by-regulation and by-plan deadlines, and on-event ones
// whose event is not recorded.
func (dl Deadline) Due(c *Calendar) (Date, bool) {
	c = orVietnam(c)
	switch dl.kind {
	case DeadlineFixed:
		return c.NextWorkday(dl.date), true
	case DeadlineBefore:
		return c.PrevWorkday(dl.date.AddDays(-1)), true
	case DeadlineWithinPeriod, DeadlineSpan:
		return dueWithin(c, dl.period), true
	case DeadlineOnEvent:
		if !dl.event.IsZero() {
			return c.NextWorkday(dl.event), true
		}
	}
	return Date{}, false
}

// dueWithin returns the day work within period p is due on c: the last
// working day of p, or, for a period without one, the first working day
// after it.
func dueWithin(c *Calendar, p Period) Date {
	if d := c.PrevWorkday(p.End()); !d.Before(p.Start()) {
		return d
	}
	return c.NextWorkday(p.End())
}

// Nominal returns the day dl's text names, before the working calendar
// moves it: the day of a fixed deadline, the day before the day of a
// "trước ngày" one, the last day of a period or span, the recorded day of an
// event. It returns false where the text names no single day.
func (dl Deadline) Nominal() (Date, bool) {
	switch dl.kind {
	case DeadlineFixed:
		return dl.date, true
	case DeadlineBefore:
		return dl.date.AddDays(-1), true
	case DeadlineWithinPeriod, DeadlineSpan:
		return dl.period.End(), true
	case DeadlineOnEvent:
		return dl.event, !dl.event.IsZero()
	}
	return Date{}, false
}

// Recurs reports whether dl falls due once a period: a recurring deadline
// that names the length of its periods ("Hàng quý"), not only "định kỳ" or
// "đột xuất".
func (dl Deadline) Recurs() bool {
	return dl.kind == DeadlineRecurring && len(dl.freq.Periods()) > 0
}

// Occurrences returns the days dl falls due from from to to, both included,
// on the working calendar c (nil for Vietnam()). A deadline with a single
// due day falls due once, on the day Due gives. One that Recurs ("Hàng
// quý", "Hằng quý, 6 tháng và năm hoặc đột xuất") falls due once a period
// for each kind of period it names, on the day a deadline within that
// period would ("Quý I/2018": 30/3/2018); where months, quarters, halves
// and years end together, the longest stands for the others, as in
// NationalSchedule: a six-month duty for the second quarter's, a yearly one
// for the fourth's. Weeks are listed besides. The rest have no day:
// ongoing, by regulation or plan, periodic or ad hoc only ("Định kỳ hoặc
// đột xuất"), an event not recorded.
//
// Occurrences come in the order of their periods' last days, which is the
// order of their due days but for a period without a working day (the week
// of Tết), due on the first working day after it. The sequence is empty
// when from or to is the zero Date or to is before from.
func (dl Deadline) Occurrences(c *Calendar, from, to Date) iter.Seq[Occurrence] {
	c = orVietnam(c)
	return func(yield func(Occurrence) bool) {
		if from.IsZero() || to.IsZero() || to.Before(from) {
			return
		}
		if dl.kind != DeadlineRecurring {
			due, ok := dl.Due(c)
			if ok && !due.Before(from) && !due.After(to) {
				nominal, _ := dl.Nominal()
				yield(Occurrence{Period: dl.period, Nominal: nominal, Due: due})
			}
			return
		}
		// Every day from first to from-1 is a day off, so a period that ends
		// before first is due before from; a period that ends after the
		// working day last is due after to.
		first := c.PrevWorkday(from.AddDays(-1)).AddDays(1)
		last := c.NextWorkday(to.AddDays(1))
		for p := range recurringPeriods(dl.freq, first) {
			if p.End().After(last) {
				return
			}
			due := dueWithin(c, p)
			if !due.Before(from) && !due.After(to) && !yield(Occurrence{Period: p, Nominal: p.End(), Due: due}) {
				return
			}
		}
	}
}

// recurringPeriods yields the periods a duty of frequency f covers, from
// the ones that hold first on, in order of their last day: each week for
// Weekly, and for the longer frequencies the longest period among them that
// ends with each month. The sequence ends at the year maxTextYear.
func recurringPeriods(f Frequency, first Date) iter.Seq[Period] {
	months := Schedule{freq: f}
	return func(yield func(Period) bool) {
		week := WeekPeriod(first)
		for m := MonthPeriod(first.Year(), first.Month()); m.Year() <= maxTextYear; m = m.Next() {
			for f&Weekly != 0 && !week.End().After(m.End()) {
				if !yield(week) {
					return
				}
				week = week.Next()
			}
			if p, ok := months.nationalPeriod(m); ok && !yield(p) {
				return
			}
		}
	}
}

// Occurrences returns the reports s asks for that fall due from from to to,
// both included, on the working calendar c (nil for Vietnam()), in order.
// Due days on a weekend or holiday move to the next working day; days a
// report must come before move back to the last working day before them
// (see Schedule). The sequence is empty when from or to is the zero Date or
// to is before from.
func (s Schedule) Occurrences(c *Calendar, from, to Date) iter.Seq[Occurrence] {
	c = orVietnam(c)
	return func(yield func(Occurrence) bool) {
		if from.IsZero() || to.IsZero() || to.Before(from) {
			return
		}
		// A nominal day before the run of days off that ends just before
		// from cannot move into the range, and none after the run that
		// starts just after to can move back into it.
		first := c.PrevWorkday(from.AddDays(-1)).AddDays(1)
		last := c.NextWorkday(to.AddDays(1)).AddDays(-1)
		for o, before := range s.nominal(first) {
			if o.Nominal.After(last) {
				return
			}
			o.Due = c.NextWorkday(o.Nominal)
			if before {
				o.Due = c.PrevWorkday(o.Nominal)
			}
			if !o.Due.Before(from) && !o.Due.After(to) && !yield(o) {
				return
			}
		}
	}
}
