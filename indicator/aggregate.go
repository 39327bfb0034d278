package indicator

import (
	"maps"
	"math"
	"slices"

	"github.com/shopspring/decimal"
)

// Total adds observations up: fractions as Σnumerators and Σdenominators
// (never a mean of percentages), direct values as a sum. Totals merge in
// any order to the same result, so partial totals of shards combine freely.
//
// Totals of observations that pass Check cannot overflow before 9 million
// observations of MaxCount. A sum that would pass the range of int64 stays
// at math.MaxInt64 (math.MinInt64 below), which Percent reports as
// ErrOverflow and Check rejects, rather than wrapping round to a wrong
// figure.
type Total struct {
	Num, Den int64           // Σ of the fractions' numerators and denominators
	Sum      decimal.Decimal // Σ of the direct values
	Count    int64           // how many observations
}

// Add adds one observation; it takes a pointer so that adding up a large
// slice copies nothing.
func (t *Total) Add(o *Observation) {
	t.Count++
	if o.Ratio {
		t.Num, t.Den = sum(t.Num, o.Num), sum(t.Den, o.Den)
		return
	}
	t.addValue(o.Value)
}

// addValue is apart so that Add stays small enough to inline in the loops
// that add millions of fractions.
func (t *Total) addValue(v decimal.Decimal) { t.Sum = t.Sum.Add(v) }

// Merge returns the total of t and u.
func (t Total) Merge(u Total) Total {
	return Total{Num: sum(t.Num, u.Num), Den: sum(t.Den, u.Den), Sum: t.Sum.Add(u.Sum), Count: sum(t.Count, u.Count)}
}

// sum returns a+b, or the limit of int64 it would pass. Adding counts,
// which are not negative, to a sum at the limit keeps it there.
func sum(a, b int64) int64 {
	s := a + b
	if (s^a)&(s^b) < 0 { // the sign of s is neither a's nor b's
		if a < 0 {
			return math.MinInt64
		}
		return math.MaxInt64
	}
	return s
}

// overflowed reports whether a sum stays at a limit of int64.
func overflowed(n int64) bool { return n == math.MaxInt64 || n == math.MinInt64 }

// Equal reports whether two totals hold the same sums and count.
func (t Total) Equal(u Total) bool {
	return t.Num == u.Num && t.Den == u.Den && t.Count == u.Count && t.Sum.Equal(u.Sum)
}

// Percent returns Σnumerators / Σdenominators in percent; an error wrapping
// ErrZeroDenominator or ErrOverflow when there is none.
func (t Total) Percent() (decimal.Decimal, error) {
	switch {
	case overflowed(t.Num) || overflowed(t.Den):
		return decimal.Decimal{}, &ObservationError{Unit: "total", Err: ErrOverflow, Num: t.Num, Den: t.Den}
	case t.Den == 0:
		return decimal.Decimal{}, &ObservationError{Unit: "total", Err: ErrZeroDenominator}
	}
	return percent(t.Num, t.Den), nil
}

// Observation returns the total as one observation of unit: a fraction if
// it holds fractions, else the sum.
func (t Total) Observation(unit string) Observation {
	if t.Den != 0 || t.Num != 0 {
		return Observation{Unit: unit, Ratio: true, Num: t.Num, Den: t.Den}
	}
	return Observation{Unit: unit, Value: t.Sum}
}

// Breakdown is a total with the total of each unit kept, so that a reader
// can drill down from the province to the unit.
type Breakdown struct {
	Total  Total
	byUnit map[string]Total
}

// Aggregate adds observations up with their per-unit breakdown; observations
// that Check rejects are left out and returned as errors.
func Aggregate(obs []Observation) (Breakdown, []error) {
	var b Breakdown
	var errs []error
	for i := range obs {
		if err := obs[i].Check(); err != nil {
			errs = append(errs, err)
			continue
		}
		b.Add(&obs[i])
	}
	return b, errs
}

// Add adds one observation to the total and to its unit's total.
func (b *Breakdown) Add(o *Observation) {
	b.Total.Add(o)
	if b.byUnit == nil {
		b.byUnit = map[string]Total{}
	}
	u := b.byUnit[o.Unit]
	u.Add(o)
	b.byUnit[o.Unit] = u
}

// Merge returns the breakdown of b and c together.
func (b Breakdown) Merge(c Breakdown) Breakdown {
	out := Breakdown{Total: b.Total.Merge(c.Total), byUnit: maps.Clone(b.byUnit)}
	if out.byUnit == nil {
		out.byUnit = map[string]Total{}
	}
	for u, t := range c.byUnit {
		out.byUnit[u] = out.byUnit[u].Merge(t)
	}
	return out
}

// Units returns the units in the breakdown, sorted.
func (b Breakdown) Units() []string { return slices.Sorted(maps.Keys(b.byUnit)) }

// Unit returns one unit's total.
func (b Breakdown) Unit(u string) Total { return b.byUnit[u] }
