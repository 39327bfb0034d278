package ical

import (
	"strconv"
	"time"
)

// RRule is a recurrence rule (RFC 5545 §3.3.10). The zero RRule is no rule.
// A component with a rule needs a start, the first occurrence.
//
// The weekly report of Thái Nguyên 2017, due every Friday, is
// RRule{Freq: Weekly, ByDay: []WeekdayNum{{Day: time.Friday}}}; its monthly
// report, due on the last Friday of the month, is
// RRule{Freq: Monthly, ByDay: []WeekdayNum{{N: -1, Day: time.Friday}}}.
type RRule struct {
	Freq       Freq
	Interval   int          // every Interval periods; 0 or 1 means every period
	ByMonth    []time.Month // BYMONTH
	ByMonthDay []int        // BYMONTHDAY: 1 to 31, or -31 to -1 counting from the month's end
	ByDay      []WeekdayNum // BYDAY
	BySetPos   []int        // BYSETPOS: 1 to 366 or -366 to -1, with another By field
	Count      int          // COUNT: the number of occurrences; 0 means no count

	// Until is the last day an occurrence may fall on, in Vietnam, included.
	// It is written as a date when the start is a date, and as 23:59:59 of
	// that day in Vietnam, in UTC, when the start is timed (RFC 5545 wants
	// UNTIL in UTC then). A rule has Count or Until, not both.
	Until Date
}

// WeekdayNum is one BYDAY entry: a weekday and, in monthly and yearly rules,
// which one of the month or year (1 the first, -1 the last; 0 every one).
type WeekdayNum struct {
	N   int
	Day time.Weekday
}

var dayNames = [...]string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}

// isZero reports whether r has no rule part at all.
func (r RRule) isZero() bool {
	return r.Freq == 0 && r.Interval == 0 && r.Count == 0 && r.Until.IsZero() &&
		len(r.ByMonth)+len(r.ByMonthDay)+len(r.ByDay)+len(r.BySetPos) == 0
}

// appendValue appends the RRULE value of r for a component that starts at
// start, or returns why r cannot be written.
func (r RRule) appendValue(b []byte, start moment) ([]byte, string) {
	switch {
	case r.Freq == 0:
		return b, "rule parts without FREQ"
	case int(r.Freq) >= len(freqNames):
		return b, "unknown frequency " + r.Freq.String()
	case !start.isSet():
		return b, "a rule needs DTSTART"
	case r.Interval < 0:
		return b, "negative INTERVAL"
	case r.Count < 0:
		return b, "negative COUNT"
	case r.Count > 0 && !r.Until.IsZero():
		return b, "both COUNT and UNTIL"
	case !r.Until.IsZero() && !r.Until.valid():
		return b, "invalid UNTIL date " + r.Until.String()
	case len(r.ByMonthDay) > 0 && r.Freq == Weekly:
		return b, "BYMONTHDAY in a WEEKLY rule"
	case len(r.BySetPos) > 0 && len(r.ByMonth)+len(r.ByMonthDay)+len(r.ByDay) == 0:
		return b, "BYSETPOS without another BY rule part"
	}
	b = append(b, "FREQ="...)
	b = append(b, r.Freq.String()...)
	if r.Interval > 1 {
		b = append(b, ";INTERVAL="...)
		b = strconv.AppendInt(b, int64(r.Interval), 10)
	}
	ok := true
	b, ok = appendInts(b, ";BYMONTH=", r.ByMonth, 1, 12)
	if !ok {
		return b, "BYMONTH out of range"
	}
	b, ok = appendInts(b, ";BYMONTHDAY=", r.ByMonthDay, -31, 31)
	if !ok {
		return b, "BYMONTHDAY out of range"
	}
	for i, wd := range r.ByDay {
		if wd.Day < time.Sunday || wd.Day > time.Saturday || wd.N < -53 || wd.N > 53 {
			return b, "BYDAY out of range"
		}
		if wd.N != 0 && r.Freq != Monthly && r.Freq != Yearly {
			return b, "numbered BYDAY outside a MONTHLY or YEARLY rule"
		}
		if i == 0 {
			b = append(b, ";BYDAY="...)
		} else {
			b = append(b, ',')
		}
		if wd.N != 0 {
			b = strconv.AppendInt(b, int64(wd.N), 10)
		}
		b = append(b, dayNames[wd.Day]...)
	}
	b, ok = appendInts(b, ";BYSETPOS=", r.BySetPos, -366, 366)
	if !ok {
		return b, "BYSETPOS out of range"
	}
	if r.Count > 0 {
		b = append(b, ";COUNT="...)
		b = strconv.AppendInt(b, int64(r.Count), 10)
	}
	if !r.Until.IsZero() {
		b = append(b, ";UNTIL="...)
		if start.isDate() {
			b = append(b, r.Until.format()...)
		} else {
			end := r.Until.at(23, 59, 59, ict).UTC()
			b = end.AppendFormat(b, utcLayout)
		}
	}
	return b, ""
}

// appendInts appends key and vals joined by commas, or reports a value
// outside [lo, hi] or zero.
func appendInts[T ~int](b []byte, key string, vals []T, lo, hi int) ([]byte, bool) {
	for i, v := range vals {
		if int(v) < lo || int(v) > hi || v == 0 {
			return b, false
		}
		if i == 0 {
			b = append(b, key...)
		} else {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(v), 10)
	}
	return b, true
}
