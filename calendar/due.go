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
		if d := c.PrevWorkday(dl.period.End()); !d.Before(dl.period.Start()) {
			return d, true
		}
		return c.NextWorkday(dl.period.End()), true
	case DeadlineOnEvent:
		if !dl.event.IsZero() {
			return c.NextWorkday(dl.event), true
		}
	}
	return Date{}, false
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
