package calendar

import (
	"fmt"
	"math"
	"strconv"
	"time"
)

// ict is Vietnam's civil time zone. Vietnam has kept UTC+7 without daylight
// saving since 1975, and a fixed zone keeps results independent of the host's
// time zone database.
var ict = time.FixedZone("ICT", 7*3600)

// ICT returns the fixed UTC+7 zone used for every time of day in this module.
func ICT() *time.Location { return ict }

// Date is a civil day in Vietnam. It holds the Julian day number, so Dates are
// comparable with == and cheap to copy. The zero Date is "unset": IsZero
// reports it, it prints as the empty string, and day arithmetic leaves it
// unset.
//
// A Date holds the days from 25 November 4714 BC (Julian day 1) to the year
// 5874898; arithmetic that would leave that range stops at its ends.
type Date struct {
	jdn int32
}

// Supported years for parsing. NewDate accepts any year it can represent, but
// text input outside this range is rejected as a likely typo.
const (
	minParseYear = 1
	maxParseYear = 9999
)

// NewDate returns the date of year, month and day. Like time.Date it
// normalises values out of range: NewDate(2017, 2, 31) is 3 March 2017.
func NewDate(year int, month time.Month, day int) Date {
	// Normalise the month first, then let the day count absorb the day.
	m := int(month) - 1
	year += m / 12
	m %= 12
	if m < 0 {
		m += 12
		year--
	}
	// Years and days far beyond what a Date holds would overflow the day
	// count; bounded, they reach dateFromJDN, which stops at the range's ends.
	const far = 1 << 40
	year, day = min(max(year, -far), far), min(max(day, -far), far)
	return dateFromJDN(civilToJDN(year, m+1, 1) + day - 1)
}

// dateFromJDN wraps a Julian day number, keeping it within what a Date
// holds: from 1, since 0 is the unset Date, to math.MaxInt32.
func dateFromJDN(jdn int) Date { return Date{jdn: int32(min(max(jdn, 1), math.MaxInt32))} }

// JDN returns the Julian day number of d (2458119 for 2017-12-31), the day
// count the lunar calendar is computed on.
func (d Date) JDN() int { return int(d.jdn) }

// DateOf returns the civil day of t in Vietnam (UTC+7), whatever t's location.
func DateOf(t time.Time) Date {
	y, m, day := t.In(ict).Date()
	return NewDate(y, m, day)
}

// IsZero reports whether d is the zero, unset Date.
func (d Date) IsZero() bool { return d.jdn == 0 }

// Date returns the year, month and day of d.
func (d Date) Date() (year int, month time.Month, day int) {
	y, m, dd := jdnToCivil(int(d.jdn))
	return y, time.Month(m), dd
}

// Year returns the year of d.
func (d Date) Year() int { y, _, _ := d.Date(); return y }

// Month returns the month of d.
func (d Date) Month() time.Month { _, m, _ := d.Date(); return m }

// Day returns the day of the month of d.
func (d Date) Day() int { _, _, dd := d.Date(); return dd }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// JDN 0 was a Monday; time.Weekday counts from Sunday.
	w := (int(d.jdn) + 1) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// YearDay returns the day of the year of d, from 1 to 366.
func (d Date) YearDay() int {
	return int(d.jdn) - civilToJDN(d.Year(), 1, 1) + 1
}

// AddDays returns d moved by n days; n may be negative. The zero Date stays
// unset.
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	const far = 1 << 40 // more days than a Date holds; the sum cannot overflow
	return dateFromJDN(int(d.jdn) + min(max(n, -far), far))
}

// Sub returns the number of days from e to d (d - e).
func (d Date) Sub(e Date) int { return int(d.jdn) - int(e.jdn) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.jdn < e.jdn:
		return -1
	case d.jdn > e.jdn:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.jdn < e.jdn }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.jdn > e.jdn }

// Time returns the instant d begins in Vietnam: midnight ICT.
func (d Date) Time() time.Time {
	y, m, dd := d.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, ict)
}

// At returns the instant on d at hour:minute in Vietnam (ICT).
func (d Date) At(hour, minute int) time.Time {
	y, m, dd := d.Date()
	return time.Date(y, m, dd, hour, minute, 0, 0, ict)
}

// String returns d as "2017-12-31", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var buf [16]byte
	return string(d.appendISO(buf[:0]))
}

// Format returns d in the Vietnamese day-first form "31/12/2017".
func (d Date) Format() string {
	if d.IsZero() {
		return ""
	}
	y, m, dd := d.Date()
	return fmt.Sprintf("%02d/%02d/%04d", dd, int(m), y)
}

func (d Date) appendISO(b []byte) []byte {
	y, m, dd := d.Date()
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, int(m), 2)
	b = append(b, '-')
	return appendPadded(b, dd, 2)
}

func appendPadded(b []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// MarshalText encodes d as "2017-12-31"; the zero Date encodes as empty text.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	return d.appendISO(make([]byte, 0, 10)), nil
}

// UnmarshalText decodes any form ParseDate accepts; empty text is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDate reads a date written as "2017-12-31" (ISO 8601) or day first as
// Vietnamese documents write it: "31/12/2017", "31-12-2017", "31.12.2017",
// with or without leading zeros ("1/1/2018"). Surrounding spaces are ignored.
// An impossible date such as "31/2/2017" is an error, not a normalised day.
func ParseDate(s string) (Date, error) {
	fail := func(reason string) (Date, error) {
		return Date{}, &ParseError{What: "date", Input: s, Reason: reason}
	}
	t := trimSpace(s)
	if t == "" {
		return fail("empty")
	}
	var parts [3]string
	n, sep := 0, byte(0)
	start := 0
	for i := 0; i <= len(t); i++ {
		if i < len(t) && t[i] >= '0' && t[i] <= '9' {
			continue
		}
		if i < len(t) {
			c := t[i]
			if c != '/' && c != '-' && c != '.' {
				return fail(fmt.Sprintf("unexpected character %q", rune(c)))
			}
			if sep == 0 {
				sep = c
			} else if c != sep {
				return fail("mixed separators")
			}
		}
		if n == 3 {
			return fail("too many parts")
		}
		parts[n] = t[start:i]
		n++
		start = i + 1
	}
	if n != 3 {
		return fail("want day, month and year")
	}
	for _, p := range parts {
		if p == "" {
			return fail("missing number")
		}
	}
	var ys, ms, ds string
	if len(parts[0]) == 4 && sep == '-' {
		ys, ms, ds = parts[0], parts[1], parts[2]
	} else {
		ds, ms, ys = parts[0], parts[1], parts[2]
	}
	if len(ys) != 4 {
		return fail("year must have four digits")
	}
	if len(ms) > 2 || len(ds) > 2 {
		return fail("day and month have at most two digits")
	}
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	day, _ := strconv.Atoi(ds)
	return checkedDate(s, "date", y, m, day)
}

// checkedDate builds a date after checking that year, month and day exist.
func checkedDate(input, what string, y, m, day int) (Date, error) {
	fail := func(reason string) (Date, error) {
		return Date{}, &ParseError{What: what, Input: input, Reason: reason}
	}
	if y < minParseYear || y > maxParseYear {
		return fail(fmt.Sprintf("year %d out of range", y))
	}
	if m < 1 || m > 12 {
		return fail(fmt.Sprintf("month %d out of range", m))
	}
	if day < 1 || day > daysIn(y, time.Month(m)) {
		return fail(fmt.Sprintf("day %d out of range for %s %d", day, time.Month(m), y))
	}
	return NewDate(y, time.Month(m), day), nil
}

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	return NewDate(y, m+1, 1).Sub(NewDate(y, m, 1))
}

func trimSpace(s string) string {
	i, j := 0, len(s)
	for i < j && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	for j > i && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\n' || s[j-1] == '\r') {
		j--
	}
	return s[i:j]
}

// civilToJDN converts a proleptic Gregorian date to its Julian day number.
// The formula is from the Calendar FAQ (Tøndering), exact for all years.
func civilToJDN(y, m, d int) int {
	a := (14 - m) / 12
	yy := y + 4800 - a
	mm := m + 12*a - 3
	return d + (153*mm+2)/5 + 365*yy + floorDiv(yy, 4) - floorDiv(yy, 100) + floorDiv(yy, 400) - 32045
}

// jdnToCivil is the inverse of civilToJDN.
func jdnToCivil(jdn int) (y, m, d int) {
	a := jdn + 32044
	b := floorDiv(4*a+3, 146097)
	c := a - floorDiv(146097*b, 4)
	dd := floorDiv(4*c+3, 1461)
	e := c - floorDiv(1461*dd, 4)
	mm := (5*e + 2) / 153
	d = e - (153*mm+2)/5 + 1
	m = mm + 3 - 12*(mm/10)
	y = 100*b + dd - 4800 + mm/10
	return
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
