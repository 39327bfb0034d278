package indicator

import (
	"math/big"
	"strings"

	"github.com/shopspring/decimal"
)

// maxDigits bounds the digits of a number read from text: plans write a few
// digits, and a longer run is a sign of garbage, not of a target.
const maxDigits = 30

// parseNumber reads the digits of a number as plans write them. Vietnamese
// style groups thousands with dots and writes the decimal comma ("1.234,5",
// "12,5"); plain style writes a decimal point and no grouping ("62.5"). A
// dot followed by groups of exactly three digits is read as grouping, so
// "1.234" is one thousand two hundred and thirty-four, as in the plans.
func parseNumber(raw string) (decimal.Decimal, error) {
	bad := func(reason string) (decimal.Decimal, error) {
		return decimal.Decimal{}, &ParseError{What: "number", Input: raw, Reason: reason}
	}
	intPart, frac, hasComma := strings.Cut(raw, ",")
	if hasComma && (frac == "" || strings.ContainsAny(frac, ".,")) {
		return bad("misplaced decimal comma")
	}
	if strings.Contains(intPart, ".") {
		switch {
		case groupedThousands(intPart):
			intPart = strings.ReplaceAll(intPart, ".", "")
		case !hasComma && strings.Count(intPart, ".") == 1:
			intPart, frac, _ = strings.Cut(intPart, ".")
			if intPart == "" || frac == "" {
				return bad("misplaced decimal point")
			}
		default:
			return bad("thousands must be grouped by three")
		}
	}
	digits := strings.TrimLeft(intPart+frac, "0")
	if len(digits) > maxDigits {
		return bad("too many digits")
	}
	if digits == "" {
		return decimal.Zero, nil
	}
	var n big.Int
	if _, ok := n.SetString(digits, 10); !ok {
		return bad("not a number")
	}
	return decimal.NewFromBigInt(&n, -int32(len(frac))), nil
}

// groupedThousands reports whether s is digits grouped by dots in threes:
// "1.234", "12.345.678".
func groupedThousands(s string) bool {
	groups := strings.Split(s, ".")
	if len(groups) < 2 || len(groups[0]) < 1 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// Style says how numbers are written.
type Style uint8

// The styles. The zero Style writes Vietnamese style, the style of the plans.
const (
	StyleUnspecified Style = iota
	StyleVietnamese        // "1.234,5", "62,5%"
	StylePlain             // "1234.5", "62.5%": for files and programs
)

var styles = enum[Style]{what: "style", names: []string{
	StyleUnspecified: "unspecified",
	StyleVietnamese:  "vietnamese",
	StylePlain:       "plain",
}}

// String returns the style's code word ("vietnamese").
func (s Style) String() string { return styles.name(s) }

// ParseStyle is the inverse of Style.String.
func ParseStyle(s string) (Style, error) { return styles.parse(s) }

// MarshalText encodes the style as its code word.
func (s Style) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a code word written by MarshalText.
func (s *Style) UnmarshalText(b []byte) error { return styles.unmarshal(b, s) }

// Number writes d with every significant digit and no trailing zeros:
// "1.234,5" in Vietnamese style, "1234.5" in plain style.
func (s Style) Number(d decimal.Decimal) string {
	neg, whole, frac := digits(d)
	return s.join(neg, whole, strings.TrimRight(frac, "0"))
}

// Fixed writes d rounded half away from zero to places decimals, padding
// with zeros: Fixed(84.375, 2) is "84,38".
func (s Style) Fixed(d decimal.Decimal, places int32) string {
	if places < 0 {
		places = 0
	}
	neg, whole, frac := digits(d.Round(places))
	frac += strings.Repeat("0", int(places)-len(frac))
	return s.join(neg, whole, frac)
}

// Percent writes d followed by a percent sign, as plans do: "62,5%".
func (s Style) Percent(d decimal.Decimal) string { return s.Number(d) + "%" }

func (s Style) join(neg bool, whole, frac string) string {
	var b strings.Builder
	if neg && strings.Trim(whole+frac, "0") != "" {
		b.WriteByte('-')
	}
	point := "."
	if s == StylePlain {
		b.WriteString(whole)
	} else {
		point = ","
		for i, r := range whole {
			if i > 0 && (len(whole)-i)%3 == 0 {
				b.WriteByte('.')
			}
			b.WriteRune(r)
		}
	}
	if frac != "" {
		b.WriteString(point)
		b.WriteString(frac)
	}
	return b.String()
}

// digits splits d into its sign and the decimal digits before and after the
// point. It reads the coefficient and exponent directly, so the result does
// not depend on decimal's package-level printing settings.
func digits(d decimal.Decimal) (neg bool, whole, frac string) {
	coef := d.Coefficient()
	neg = coef.Sign() < 0
	s := new(big.Int).Abs(coef).String()
	exp := int(d.Exponent())
	if exp >= 0 {
		if s == "0" {
			return neg, "0", ""
		}
		return neg, s + strings.Repeat("0", exp), ""
	}
	n := -exp
	if len(s) <= n {
		s = strings.Repeat("0", n-len(s)+1) + s
	}
	return neg, s[:len(s)-n], s[len(s)-n:]
}
