package astro_test

import (
	"math"
	"testing"
	"time"

	"github.com/openpar/cchc/internal/astro"
)

// jdn returns the Julian day number of a Gregorian date.
func jdn(y int, m time.Month, d int) int {
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()/86400) + 2440588
}

func TestNewMoon(t *testing.T) {
	// Hồ Ngọc Đức's own code uses 2415021.076998695 as the instant of new
	// moon 0; a faithful port reproduces it to the last digits.
	if got := astro.NewMoon(0); math.Abs(got-2415021.076998695) > 1e-8 {
		t.Errorf("NewMoon(0) = %.9f, want 2415021.076998695", got)
	}
	// Observed new moons, within the ten minutes the truncated series allows.
	for _, tt := range []struct {
		k  int
		ut time.Time
	}{
		{954, time.Date(1977, 2, 18, 3, 37, 0, 0, time.UTC)}, // Meeus' example 49.a
		{1237, time.Date(2000, 1, 6, 18, 14, 0, 0, time.UTC)},
		{1454, time.Date(2017, 7, 23, 9, 46, 0, 0, time.UTC)},
	} {
		want := float64(tt.ut.Unix())/86400 + 2440587.5
		if got := astro.NewMoon(tt.k); math.Abs(got-want) > 10.0/(24*60) {
			t.Errorf("NewMoon(%d) = %.4f, want %.4f (%v)", tt.k, got, want, tt.ut)
		}
	}
	// That last new moon falls at 16:46 in Vietnam: the leap 6th month of 2017
	// begins on 23 July.
	if got, want := astro.NewMoonDay(1454, astro.Vietnam), jdn(2017, 7, 23); got != want {
		t.Errorf("NewMoonDay(1454) = %d, want %d", got, want)
	}
}

func TestSunLongitude(t *testing.T) {
	// The winter solstice of 2017 was at 16:28 UT on 21 December.
	base := float64(jdn(2017, 12, 21)) - 0.5 // midnight UT
	before := astro.SunLongitude(base + 15.5/24)
	after := astro.SunLongitude(base + 17.5/24)
	if deg := before * 180 / math.Pi; deg >= 270 || deg < 269.9 {
		t.Errorf("longitude at 15:30 UT = %.4f°, want just under 270°", deg)
	}
	if deg := after * 180 / math.Pi; deg < 270 || deg > 270.1 {
		t.Errorf("longitude at 17:30 UT = %.4f°, want just over 270°", deg)
	}
}

func TestZoneMatters(t *testing.T) {
	// Tết in Vietnam and in China, where the calendars part.
	tests := []struct {
		year           int
		vietnam, china time.Month
		vday, cday     int
	}{
		{1968, time.January, time.January, 29, 30},
		{1985, time.January, time.February, 21, 20},
		{2007, time.February, time.February, 17, 18},
		{2030, time.February, time.February, 2, 3},
		{2053, time.February, time.February, 18, 19},
	}
	for _, tt := range tests {
		if got := astro.Year(tt.year, astro.Vietnam)[0].Start; got != jdn(tt.year, tt.vietnam, tt.vday) {
			t.Errorf("Tết %d in Vietnam is JDN %d, want %d %v", tt.year, got, tt.vday, tt.vietnam)
		}
		if got := astro.Year(tt.year, astro.China)[0].Start; got != jdn(tt.year, tt.china, tt.cday) {
			t.Errorf("Tết %d in China is JDN %d, want %d %v", tt.year, got, tt.cday, tt.china)
		}
	}
}

func TestYearShape(t *testing.T) {
	// Leap months Vietnamese calendars print, 2033's "11 nhuận" among them.
	for _, tt := range []struct{ year, leap int }{{2017, 6}, {2020, 4}, {2023, 2}, {2033, 11}, {2018, 0}} {
		months := astro.Year(tt.year, astro.Vietnam)
		leap := 0
		for _, m := range months {
			if m.Leap {
				leap = m.Number
			}
		}
		if leap != tt.leap || len(months) != 12+min(leap, 1) {
			t.Errorf("lunar year %d: %d months, leap month %d; want leap month %d", tt.year, len(months), leap, tt.leap)
		}
	}
}

func TestToLunar(t *testing.T) {
	// Every day of a few years, against Year.
	for y := 2016; y <= 2034; y++ {
		for _, m := range astro.Year(y, astro.Vietnam) {
			for d := 1; d <= m.Days; d++ {
				gy, gm, gd, gl := astro.ToLunar(m.Start+d-1, astro.Vietnam)
				if gy != y || gm != m.Number || gd != d || gl != m.Leap {
					t.Fatalf("ToLunar(%d) = %d/%d/%d leap %v, want %d/%d/%d leap %v", m.Start+d-1, gd, gm, gy, gl, d, m.Number, y, m.Leap)
				}
			}
		}
	}
}
