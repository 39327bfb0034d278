package report

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/indicator"
)

// Value is one figure as a unit reports it, or as a roll-up adds it up: a
// count, a numerator/denominator pair, an amount or a text. Build one with
// Count, Ratio, Amount or Text. The zero Value is unset. Compare Values with
// Equal.
type Value struct {
	typ  Type
	n, d int64           // count; numerator and denominator of a ratio
	amt  decimal.Decimal // amount
	text string
}

// Count returns a count (số lượng).
func Count(n int64) Value { return Value{typ: TypeCount, n: n} }

// Ratio returns a numerator/denominator pair: 80 documents sent
// electronically out of 100 outgoing is Ratio(80, 100).
func Ratio(num, den int64) Value { return Value{typ: TypeRatio, n: num, d: den} }

// Amount returns a decimal quantity in the unit of its field.
func Amount(d decimal.Decimal) Value { return Value{typ: TypeAmount, amt: d} }

// Text returns free text.
func Text(s string) Value { return Value{typ: TypeText, text: s} }

// Type returns the kind of figure v holds; TypeUnspecified for the zero Value.
func (v Value) Type() Type { return v.typ }

// IsZero reports whether v is the zero, unset Value.
func (v Value) IsZero() bool { return v.typ == TypeUnspecified }

// Count returns the number of a count; 0 for other types.
func (v Value) Count() int64 {
	if v.typ != TypeCount {
		return 0
	}
	return v.n
}

// Ratio returns the numerator and denominator of a ratio; 0, 0 for other
// types.
func (v Value) Ratio() (num, den int64) {
	if v.typ != TypeRatio {
		return 0, 0
	}
	return v.n, v.d
}

// Percent returns a ratio as a percentage (62.5 for 125/200), rounded to
// four decimal places. It reports false for other types and for a zero
// denominator, where no percentage exists.
func (v Value) Percent() (decimal.Decimal, bool) {
	if v.typ != TypeRatio {
		return decimal.Decimal{}, false
	}
	p, err := indicator.Total{Num: v.n, Den: v.d}.Percent()
	return p, err == nil
}

// Amount returns the quantity of an amount; zero for other types.
func (v Value) Amount() decimal.Decimal {
	if v.typ != TypeAmount {
		return decimal.Decimal{}
	}
	return v.amt
}

// Text returns the text of a text value; "" for other types.
func (v Value) Text() string {
	if v.typ != TypeText {
		return ""
	}
	return v.text
}

// Equal reports whether v and w are the same figure; amounts compare by
// quantity (12.50 equals 12.5).
func (v Value) Equal(w Value) bool {
	return v.typ == w.typ && v.n == w.n && v.d == w.d && v.text == w.text && v.amt.Equal(w.amt)
}

// String returns v as data: "1234", "80/100", "12.5", or the text. The
// zero Value is "".
func (v Value) String() string {
	switch v.typ {
	case TypeCount:
		return strconv.FormatInt(v.n, 10)
	case TypeRatio:
		return strconv.FormatInt(v.n, 10) + "/" + strconv.FormatInt(v.d, 10)
	case TypeAmount:
		return v.amt.String()
	case TypeText:
		return v.text
	}
	return ""
}

// Format returns v as a Vietnamese document prints it: "1.234" for a count,
// "80/100 (80%)" for a ratio, "1.234,5" for an amount, the text as it is.
// A ratio with a zero denominator shows no percentage.
func (v Value) Format() string {
	switch v.typ {
	case TypeCount:
		return formatInt(v.n)
	case TypeRatio:
		s := formatInt(v.n) + "/" + formatInt(v.d)
		if p, ok := v.Percent(); ok {
			s += " (" + formatPercent(p) + ")"
		}
		return s
	case TypeAmount:
		return formatDecimal(v.amt, max(0, -v.amt.Exponent()))
	case TypeText:
		return v.text
	}
	return ""
}
