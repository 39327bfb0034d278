package indicator

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Style is how numbers are written.
type Style uint8

// Styles.
const (
	Vietnamese Style = iota // "1.234,5": dot between thousands, decimal comma
	Plain                   // "1234.5"
)

// Format writes v rounded to at most two decimals, in style, followed by its
// unit: "62,5%", "1.234 hồ sơ"; "62.5%", "1234 hồ sơ" in Plain style.
func Format(v decimal.Decimal, unit string, style Style) string {
	return written(v.Round(2).String(), unit, style)
}

// FormatPlaces writes v with exactly places decimals, in style, followed by
// its unit: "1.234,50" for 1234.5 with two places. A negative places is
// taken as 0: a figure is never rounded to tens.
func FormatPlaces(v decimal.Decimal, places int32, unit string, style Style) string {
	return written(v.StringFixed(max(places, 0)), unit, style)
}

// written puts a plain decimal number in style and adds its unit.
func written(s, unit string, style Style) string {
	if style == Vietnamese {
		s = vietnameseNumber(s)
	}
	switch unit {
	case "":
		return s
	case "%":
		return s + "%"
	}
	return s + " " + unit
}

// FormatVI is Format in Vietnamese style.
func FormatVI(v decimal.Decimal, unit string) string { return Format(v, unit, Vietnamese) }

// vietnameseNumber turns "-1234.5" into "-1.234,5".
func vietnameseNumber(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteByte(',')
		b.WriteString(frac)
	}
	return b.String()
}
