package astro

import "math"

// Time zones, in hours east of UTC, in which a lunar calendar is computed.
const (
	Vietnam = 7.0 // the Vietnamese calendar (since 1968)
	China   = 8.0 // the Chinese calendar, which therefore differs in some years
)

// Month is one month of a lunar year.
type Month struct {
	Start  int  // Julian day number of the month's first day
	Days   int  // 29 or 30
	Number int  // 1 to 12
	Leap   bool // the leap month, which repeats Number
}

// NewMoon returns the instant of the k-th new moon after the one of
// 1900-01-01 13:52 UT, as a Julian date in UT (days since 4713 BC noon); k
// may be negative. This is Meeus' series, truncated as Hồ Ngọc Đức truncates
// it, with his correction for ΔT.
func NewMoon(k int) float64 {
	const dr = math.Pi / 180
	kf := float64(k)
	t := kf / 1236.85 // Julian centuries since 1900 January 0.5
	t2 := t * t
	t3 := t2 * t
	jd := 2415020.75933 + 29.53058868*kf + 0.0001178*t2 - 0.000000155*t3
	jd += 0.00033 * math.Sin((166.56+132.87*t-0.009173*t2)*dr)      // mean new moon
	m := 359.2242 + 29.10535608*kf - 0.0000333*t2 - 0.00000347*t3   // sun's mean anomaly, degrees
	mp := 306.0253 + 385.81691806*kf + 0.0107306*t2 + 0.00001236*t3 // moon's mean anomaly
	f := 21.2964 + 390.67050646*kf - 0.0016528*t2 - 0.00000239*t3   // moon's argument of latitude
	sin := func(deg float64) float64 { return math.Sin(deg * dr) }
	c := (0.1734-0.000393*t)*sin(m) + 0.0021*sin(2*m)
	c = c - 0.4068*sin(mp) + 0.0161*sin(2*mp)
	c -= 0.0004 * sin(3*mp)
	c = c + 0.0104*sin(2*f) - 0.0051*sin(m+mp)
	c = c - 0.0074*sin(m-mp) + 0.0004*sin(2*f+m)
	c = c - 0.0004*sin(2*f-m) - 0.0006*sin(2*f+mp)
	c = c + 0.0010*sin(2*f-mp) + 0.0005*sin(2*mp+m)
	var deltaT float64 // ΔT in days
	if t < -11 {
		deltaT = 0.001 + 0.000839*t + 0.0002261*t2 - 0.00000845*t3 - 0.000000081*t*t3
	} else {
		deltaT = -0.000278 + 0.000265*t + 0.000262*t2
	}
	return jd + c - deltaT
}

// SunLongitude returns the sun's true geometric longitude at the Julian date
// jd, in radians from 0 to 2π. Like Hồ Ngọc Đức's algorithm it applies no
// correction for nutation or aberration.
func SunLongitude(jd float64) float64 {
	const dr = math.Pi / 180
	t := (jd - 2451545.0) / 36525 // Julian centuries since 2000-01-01 12:00 UT
	t2 := t * t
	m := 357.52910 + 35999.05030*t - 0.0001559*t2 - 0.00000048*t*t2 // mean anomaly, degrees
	l0 := 280.46645 + 36000.76983*t + 0.0003032*t2                  // mean longitude, degrees
	dl := (1.914600 - 0.004817*t - 0.000014*t2) * math.Sin(dr*m)
	dl = dl + (0.019993-0.000101*t)*math.Sin(dr*2*m) + 0.000290*math.Sin(dr*3*m)
	l := (l0 + dl) * dr
	return l - 2*math.Pi*math.Floor(l/(2*math.Pi))
}

// NewMoonDay returns the Julian day number of the local day, in a zone that
// many hours east of UTC, on which the k-th new moon falls.
func NewMoonDay(k int, zone float64) int {
	// A Julian date starts at noon, hence the half day.
	return int(math.Floor(NewMoon(k) + 0.5 + zone/24))
}

// sector returns which 30° arc of the ecliptic the sun is in at local
// midnight starting day jdn: 0 from the March equinox, 9 from the winter
// solstice. A month whose first day and the next month's first day are in the
// same sector contains no major solar term (trung khí).
func sector(jdn int, zone float64) int {
	return int(math.Floor(SunLongitude(float64(jdn)-0.5-zone/24) / math.Pi * 6))
}

// month11 returns the index of the new moon that starts month 11 of year y:
// the month in which the winter solstice falls.
func month11(y int, zone float64) int {
	off := float64(civilToJDN(y, 12, 31) - 2415021)
	k := int(math.Floor(off / 29.530588853)) // the last new moon near 31 December
	if sector(NewMoonDay(k, zone), zone) >= 9 {
		// The solstice came before that month began: month 11 is the one before.
		k--
	}
	return k
}

// suiMonth is a month of a sui, with the lunar year it belongs to.
type suiMonth struct {
	Month
	year int
}

// sui returns the months from month 11 of year y to the month before month 11
// of year y+1 (a "tuế"), 12 or 13 of them. Months 11 and 12 at its start belong
// to lunar year y, the rest to y+1.
func sui(y int, zone float64) []suiMonth {
	k0, k1 := month11(y, zone), month11(y+1, zone)
	n := k1 - k0
	starts := make([]int, n+1)
	for i := range starts {
		starts[i] = NewMoonDay(k0+i, zone)
	}
	leap := 0 // offset of the leap month from month 11, 0 for none
	if n == 13 {
		// The first month without a major term; month 11 always has the solstice.
		for i := 1; i < n; i++ {
			if sector(starts[i], zone) == sector(starts[i+1], zone) {
				leap = i
				break
			}
		}
	}
	months := make([]suiMonth, n)
	year := y
	for i := range months {
		num := 11 + i
		if leap != 0 && i >= leap {
			num--
		}
		num = (num-1)%12 + 1
		isLeap := leap != 0 && i == leap
		if num == 1 && !isLeap {
			year = y + 1
		}
		months[i] = suiMonth{Month{Start: starts[i], Days: starts[i+1] - starts[i], Number: num, Leap: isLeap}, year}
	}
	return months
}

// Year returns the months of lunar year y in a zone that many hours east of
// UTC, from month 1 (Tết) to the last month 12, in order: 12 months, or 13
// with a leap month. Lunar year y begins in Gregorian year y.
func Year(y int, zone float64) []Month {
	months := make([]Month, 0, 13)
	for _, s := range [2]int{y - 1, y} {
		for _, m := range sui(s, zone) {
			if m.year == y {
				months = append(months, m.Month)
			}
		}
	}
	return months
}

// ToLunar converts the day with Julian day number jdn to the lunar calendar
// computed in a zone that many hours east of UTC.
func ToLunar(jdn int, zone float64) (year, month, day int, leap bool) {
	// Start from the Gregorian year, which is the lunar year or the next one.
	y := 2000 + int(math.Floor(float64(jdn-civilToJDN(2000, 1, 1))/365.2425))
	for {
		months := Year(y, zone)
		first, last := months[0], months[len(months)-1]
		switch {
		case jdn < first.Start:
			y--
		case jdn >= last.Start+last.Days:
			y++
		default:
			for _, m := range months {
				if jdn < m.Start+m.Days {
					return y, m.Number, jdn - m.Start + 1, m.Leap
				}
			}
		}
	}
}

// civilToJDN returns the Julian day number of a proleptic Gregorian date
// (Tøndering's formula). It repeats calendar's own, which this package cannot
// import.
func civilToJDN(y, m, d int) int {
	a := (14 - m) / 12
	yy := y + 4800 - a
	mm := m + 12*a - 3
	return d + (153*mm+2)/5 + 365*yy + floorDiv(yy, 4) - floorDiv(yy, 100) + floorDiv(yy, 400) - 32045
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
