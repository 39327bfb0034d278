package indicator

import (
	"fmt"

	"github.com/openpar/cchc/calendar"
	"github.com/shopspring/decimal"
)

// Ratio is a share observed as a numerator and a denominator: dossiers
// resolved on time out of dossiers resolved, documents sent electronically
// out of documents sent. Build one with NewRatio, which checks it; ratios add
// as Σnumerator / Σdenominator.
type Ratio struct {
	Num, Den int64
}

// NewRatio returns num out of den. Negative counts and a numerator above its
// denominator are errors that name the pair. A zero denominator is allowed
// (nothing to count this period): its percentage is undefined, not zero.
func NewRatio(num, den int64) (Ratio, error) {
	r := Ratio{Num: num, Den: den}
	return r, r.check()
}

func (r Ratio) check() error {
	switch {
	case r.Num < 0 || r.Den < 0:
		return &ValueError{What: "ratio", Input: r.String(), Err: ErrNegative}
	case r.Num > r.Den:
		return &ValueError{What: "ratio", Input: r.String(), Err: ErrNumeratorAboveDenominator}
	}
	return nil
}

// String returns "num/den".
func (r Ratio) String() string { return fmt.Sprintf("%d/%d", r.Num, r.Den) }

// Percent returns the ratio in percent, rounded to Places decimals, and
// false when the denominator is zero.
func (r Ratio) Percent() (decimal.Decimal, bool) {
	if r.Den == 0 {
		return decimal.Decimal{}, false
	}
	return decimal.NewFromInt(r.Num).Mul(hundred).DivRound(decimal.NewFromInt(r.Den), Places), true
}

// Add returns the sum of two ratios: numerators and denominators added. It
// reports a sum that overflows int64.
func (r Ratio) Add(s Ratio) (Ratio, error) {
	n, d := r.Num+s.Num, r.Den+s.Den
	// Both sides are non-negative, so an overflow shows as a negative sum.
	if n < 0 || d < 0 {
		return r, &ValueError{What: "ratio sum", Input: r.String() + " + " + s.String(), Err: ErrOverflow}
	}
	return Ratio{Num: n, Den: d}, nil
}

// Places is the number of decimals of computed values: percentages from
// ratios, growth rates, shares of progress. Decisions whether a target is met
// are made on exact values, not on these rounded ones.
const Places = 10

// form says how an observation holds its value.
type form uint8

const (
	formNone   form = iota // no data
	formDirect             // a value as reported
	formRatio              // a numerator and a denominator
)

// Observation is what a reporting unit observed for a target in a period:
// either a value as reported (a count, an amount, a level, a percentage read
// off a survey) or a numerator and a denominator. It is an immutable value;
// the With methods return changed copies. The zero Observation holds no
// data, which Evaluate reports as such rather than as zero.
type Observation struct {
	form   form
	value  decimal.Decimal
	ratio  Ratio
	unit   string
	period calendar.Period
	source string
}

// Direct returns an observation of value v, in the unit of the target it is
// for: 62.5 for 62,5%, 3 for three districts.
func Direct(v decimal.Decimal) Observation { return Observation{form: formDirect, value: v} }

// Fraction returns an observation of num out of den, checked as NewRatio
// checks it.
func Fraction(num, den int64) (Observation, error) {
	r, err := NewRatio(num, den)
	if err != nil {
		return Observation{}, err
	}
	return Observation{form: formRatio, ratio: r}, nil
}

// OfRatio returns an observation of r, checked as NewRatio checks it.
func OfRatio(r Ratio) (Observation, error) { return Fraction(r.Num, r.Den) }

// WithUnit returns o reported by unit u: an agency code or name ("so-noi-vu",
// "UBND huyện Ba Bể").
func (o Observation) WithUnit(u string) Observation { o.unit = u; return o }

// WithPeriod returns o observed over p; the end of p is the date the
// observation stands for when progress is judged.
func (o Observation) WithPeriod(p calendar.Period) Observation { o.period = p; return o }

// WithSource returns o taken from source s: a report number, a file, a URL.
func (o Observation) WithSource(s string) Observation { o.source = s; return o }

// HasData reports whether o holds a value.
func (o Observation) HasData() bool { return o.form != formNone }

// Ratio returns the numerator and denominator of o, and false when o was
// not observed as a ratio.
func (o Observation) Ratio() (Ratio, bool) { return o.ratio, o.form == formRatio }

// Value returns the value of o: the direct value, or the ratio in percent.
// It returns false when o holds no data or a ratio over zero.
func (o Observation) Value() (decimal.Decimal, bool) {
	switch o.form {
	case formDirect:
		return o.value, true
	case formRatio:
		return o.ratio.Percent()
	}
	return decimal.Decimal{}, false
}

// Unit returns the reporting unit.
func (o Observation) Unit() string { return o.unit }

// Period returns the period observed.
func (o Observation) Period() calendar.Period { return o.period }

// Source returns where the observation was taken from.
func (o Observation) Source() string { return o.source }

// String returns the value as a plan would write it: "45/50", "62,5".
func (o Observation) String() string {
	switch o.form {
	case formDirect:
		return StyleVietnamese.Number(o.value)
	case formRatio:
		return o.ratio.String()
	}
	return ""
}
