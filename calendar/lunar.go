package calendar

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
)

// The lunar table is computed from the sky by internal/astro; see
// internal/lunargen for how, and lunar_table.go for the result.
//go:generate go run ../internal/lunargen -from 1800 -to 2199 -o lunar_table.go

// LunarDate is a day of the Vietnamese lunar calendar (âm lịch), computed for
// Vietnam's time zone, UTC+7, with Hồ Ngọc Đức's algorithm: a month begins on
// the day of a new moon, the month that contains the winter solstice is month
// 11, and a year of 13 months repeats the first month without a major solar
// term as a leap month (tháng nhuận). China computes for UTC+8, so Tết falls a
// day or a month apart in some years (1985: 21 January in Vietnam, 20
// February in China).
//
// Dates before 1968 follow the same rule, as Hồ Ngọc Đức's tables do, although
// calendars printed in Vietnam then followed China's.
//
// A LunarDate is comparable with ==. The zero LunarDate is unset and prints as
// the empty string; any other value is meaningful only if FromLunar accepts it.
type LunarDate struct {
	Year  int  // lunar year, numbered as the Gregorian year in which its month 1 begins
	Month int  // 1 to 12
	Day   int  // 1 to 29 or 30
	Leap  bool // the leap month, which follows the ordinary month of the same number
}

// leapWord marks a leap month in the text form of a LunarDate.
const leapWord = "nhuận"

// IsZero reports whether l is the zero, unset LunarDate.
func (l LunarDate) IsZero() bool { return l == LunarDate{} }

// String returns l day first, as Vietnamese write lunar dates: "1/12/2033",
// and "30/6 nhuận/2017" for a day of a leap month. The zero LunarDate is "".
func (l LunarDate) String() string {
	if l.IsZero() {
		return ""
	}
	var buf [32]byte
	return string(l.appendText(buf[:0]))
}

func (l LunarDate) appendText(b []byte) []byte {
	b = strconv.AppendInt(b, int64(l.Day), 10)
	b = append(b, '/')
	b = strconv.AppendInt(b, int64(l.Month), 10)
	if l.Leap {
		b = append(b, ' ')
		b = append(b, leapWord...)
	}
	b = append(b, '/')
	return strconv.AppendInt(b, int64(l.Year), 10)
}

// MarshalText encodes l as String does; the zero LunarDate encodes as empty
// text.
func (l LunarDate) MarshalText() ([]byte, error) {
	if l.IsZero() {
		return []byte{}, nil
	}
	return l.appendText(make([]byte, 0, 24)), nil
}

// UnmarshalText decodes text written by MarshalText; empty text is the zero
// LunarDate.
func (l *LunarDate) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = LunarDate{}
		return nil
	}
	v, err := ParseLunarDate(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// ParseLunarDate reads a lunar date in the form String writes, day first:
// "1/12/2033", or "30/6 nhuận/2017" for a day of a leap month (with or
// without leading zeros and in any letter case; nhuận in Unicode NFC).
// Surrounding spaces are ignored. Text of another form is a *ParseError; a
// day that does not exist is the error FromLunar returns for it.
func ParseLunarDate(s string) (LunarDate, error) {
	fail := func(reason string) (LunarDate, error) {
		return LunarDate{}, &ParseError{What: "lunar date", Input: s, Reason: reason}
	}
	parts := strings.Split(trimSpace(s), "/")
	if len(parts) != 3 {
		return fail("want day/month/year")
	}
	ds, ms, ys := parts[0], parts[1], parts[2]
	leap := false
	if i := strings.IndexByte(ms, ' '); i >= 0 {
		if !strings.EqualFold(trimSpace(ms[i:]), leapWord) {
			return fail(fmt.Sprintf("unexpected %q after the month", trimSpace(ms[i:])))
		}
		ms, leap = ms[:i], true
	}
	if !isDigits(ds, 2) || !isDigits(ms, 2) {
		return fail("day and month must be numbers of one or two digits")
	}
	if !isDigits(ys, 4) || len(ys) != 4 {
		return fail("year must have four digits")
	}
	d, _ := strconv.Atoi(ds)
	m, _ := strconv.Atoi(ms)
	y, _ := strconv.Atoi(ys)
	l := LunarDate{Year: y, Month: m, Day: d, Leap: leap}
	if _, err := FromLunar(l); err != nil {
		return LunarDate{}, err
	}
	return l, nil
}

// isDigits reports whether s is one to max ASCII digits.
func isDigits(s string, max int) bool {
	if s == "" || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// LunarError reports a lunar date that does not exist: a month out of 1-12,
// a day past the end of its month, or a leap month the year does not have.
type LunarError struct {
	Date   LunarDate // the date asked for
	Reason string
}

func (e *LunarError) Error() string {
	return fmt.Sprintf("calendar: no lunar date %s: %s", e.Date, e.Reason)
}

// ToLunar returns the lunar date of d. Days outside the lunar years
// MinLunarYear to MaxLunarYear are a *RangeError.
func ToLunar(d Date) (LunarDate, error) {
	jdn := d.JDN()
	y := d.Year()
	// The lunar year is the Gregorian year, or the one before until Tết.
	if y == MaxLunarYear+1 {
		y--
	} else if y >= MinLunarYear && y <= MaxLunarYear && jdn < lunarYears[y-MinLunarYear].tetJDN(y) {
		y--
	}
	if y < MinLunarYear || y > MaxLunarYear {
		return LunarDate{}, &RangeError{What: "lunar date", Year: y, Min: MinLunarYear, Max: MaxLunarYear}
	}
	ly := lunarYears[y-MinLunarYear]
	off := jdn - ly.tetJDN(y)
	if off >= ly.days() {
		// Only past the last day of MaxLunarYear.
		return LunarDate{}, &RangeError{What: "lunar date", Year: y + 1, Min: MinLunarYear, Max: MaxLunarYear}
	}
	i := 0
	for off >= ly.monthDays(i) {
		off -= ly.monthDays(i)
		i++
	}
	month, leap := ly.month(i)
	return LunarDate{Year: y, Month: month, Day: off + 1, Leap: leap}, nil
}

// FromLunar returns the day of the lunar date l. A year outside MinLunarYear
// to MaxLunarYear is a *RangeError; a date that does not exist (day 30 of a
// month of 29 days, a leap month the year does not have) is a *LunarError.
func FromLunar(l LunarDate) (Date, error) {
	if l.Year < MinLunarYear || l.Year > MaxLunarYear {
		return Date{}, &RangeError{What: "lunar date", Year: l.Year, Min: MinLunarYear, Max: MaxLunarYear}
	}
	ly := lunarYears[l.Year-MinLunarYear]
	if l.Month < 1 || l.Month > 12 {
		return Date{}, &LunarError{Date: l, Reason: fmt.Sprintf("month %d is not 1 to 12", l.Month)}
	}
	if l.Leap && int(ly.leap) != l.Month {
		reason := fmt.Sprintf("lunar year %d has no leap month", l.Year)
		if ly.leap != 0 {
			reason = fmt.Sprintf("the leap month of lunar year %d is %d, not %d", l.Year, ly.leap, l.Month)
		}
		return Date{}, &LunarError{Date: l, Reason: reason}
	}
	i := ly.index(l.Month, l.Leap)
	if n := ly.monthDays(i); l.Day < 1 || l.Day > n {
		return Date{}, &LunarError{Date: l, Reason: fmt.Sprintf("the month has %d days", n)}
	}
	return dateFromJDN(ly.tetJDN(l.Year) + ly.daysBefore(i) + l.Day - 1), nil
}

// Tet returns Tết Nguyên đán of the lunar year: the first day of its first
// month. A year outside MinLunarYear to MaxLunarYear is a *RangeError.
func Tet(year int) (Date, error) {
	if year < MinLunarYear || year > MaxLunarYear {
		return Date{}, &RangeError{What: "Tết", Year: year, Min: MinLunarYear, Max: MaxLunarYear}
	}
	return dateFromJDN(lunarYears[year-MinLunarYear].tetJDN(year)), nil
}

// LeapMonth returns the month the lunar year repeats as a leap month, or 0 if
// it has 12 months. A year outside MinLunarYear to MaxLunarYear is a
// *RangeError.
func LeapMonth(year int) (int, error) {
	if year < MinLunarYear || year > MaxLunarYear {
		return 0, &RangeError{What: "leap month", Year: year, Min: MinLunarYear, Max: MaxLunarYear}
	}
	return int(lunarYears[year-MinLunarYear].leap), nil
}

// The ten heavenly stems (can) and twelve earthly branches (chi) that name
// the years in a cycle of sixty.
var (
	stems    = [10]string{"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"}
	branches = [12]string{"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"}
)

// YearName returns the Vietnamese name (Can Chi) of a lunar year: "Đinh Dậu"
// for 2017. The names repeat every sixty years, so any year has one.
func YearName(year int) string {
	// Year 4 of the common era was Giáp Tý, the first of the cycle.
	return stems[mod(year-4, 10)] + " " + branches[mod(year-4, 12)]
}

func mod(a, n int) int { return a - n*floorDiv(a, n) }

// lunarYear is one entry of the generated table lunarYears.
type lunarYear struct {
	tet  uint8  // days from 1 January to Tết (month 1, day 1)
	leap uint8  // the month repeated by the leap month, 0 for none
	long uint16 // the year's months from bit 12 down, the leap month in its place: 1 for 30 days, 0 for 29
}

// tetJDN returns the Julian day number of Tết of lunar year y, the year of e.
func (e lunarYear) tetJDN(y int) int { return civilToJDN(y, 1, 1) + int(e.tet) }

// months returns how many months the year has, 12 or 13.
func (e lunarYear) months() int {
	if e.leap != 0 {
		return 13
	}
	return 12
}

// days returns the number of days in the year.
func (e lunarYear) days() int { return e.daysBefore(e.months()) }

// monthDays returns the length of the year's i-th month, counted from 0.
func (e lunarYear) monthDays(i int) int { return 29 + int(e.long>>(12-i)&1) }

// daysBefore returns the number of days in the year's first i months.
func (e lunarYear) daysBefore(i int) int { return 29*i + bits.OnesCount16(e.long>>(13-i)) }

// month returns the number of the year's i-th month and whether it is the leap
// month.
func (e lunarYear) month(i int) (month int, leap bool) {
	switch l := int(e.leap); {
	case l == 0 || i < l:
		return i + 1, false
	case i == l:
		return l, true
	default:
		return i, false
	}
}

// index is the inverse of month.
func (e lunarYear) index(month int, leap bool) int {
	if l := int(e.leap); l != 0 && (month > l || month == l && leap) {
		return month
	}
	return month - 1
}
