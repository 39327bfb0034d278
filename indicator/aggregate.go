package indicator

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/openpar/cchc/calendar"
	"github.com/shopspring/decimal"
)

// SumRatios adds ratios: Σnumerator / Σdenominator. It is the hot path of
// aggregation (a province adding up a million dossiers' worth of unit
// reports) and costs about as much as a plain loop: the checks for negative
// counts, numerators above denominators and overflow are folded into one
// bit mask, and only a failing input is scanned again to name the culprit.
func SumRatios(rs []Ratio) (Ratio, error) {
	var n, d, bad int64
	for _, r := range rs {
		n += r.Num
		d += r.Den
		// Any negative term sets the sign bit: a negative count, a numerator
		// above its denominator, or a sum that wrapped around.
		bad |= r.Num | r.Den | (r.Den - r.Num) | n | d
	}
	if bad >= 0 {
		return Ratio{Num: n, Den: d}, nil
	}
	var sum Ratio
	for i, r := range rs {
		if err := r.check(); err != nil {
			err.(*ValueError).What = fmt.Sprintf("ratio #%d", i)
			return Ratio{}, err
		}
		var err error
		if sum, err = sum.Add(r); err != nil {
			return Ratio{}, err
		}
	}
	return sum, nil
}

// Aggregate combines the observations of many reporting units for one
// measure: ratios as Σnumerator / Σdenominator, counts and amounts as sums,
// growth as the sum of the levels it is computed from. It keeps every unit's
// observation for the breakdown. Aggregates merge associatively and in any
// order; the zero Aggregate is the empty one, which merges with anything.
type Aggregate struct {
	measure Measure
	ratio   Ratio
	sum     decimal.Decimal
	units   []Observation
	data    int // units with data
}

// Combine aggregates observations for measure m. Percentages must come as
// ratios: a mean of percentages weighs a commune with 3 dossiers like a city
// with 3,000, so a direct percentage is an error. Observations without data
// stay in the breakdown and count towards no total. Every problem is
// reported at once, each naming its unit.
func Combine(m Measure, obs ...Observation) (Aggregate, error) {
	if !m.additive() {
		return Aggregate{}, &ValueError{What: "aggregate", Input: m.String(), Err: ErrMeasure}
	}
	a := Aggregate{measure: m, units: slices.Clone(obs)}
	var errs []error
	for _, o := range obs {
		if err := a.add(o); err != nil {
			errs = append(errs, err)
		}
	}
	if err := problems("observations of "+m.String(), errs); err != nil {
		return Aggregate{}, err
	}
	return a, nil
}

// add adds o to the totals of a.
func (a *Aggregate) add(o Observation) error {
	mismatch := func(what string) error {
		return &ValueError{What: what + " for " + a.measure.String(), Input: o.String(), Unit: o.unit, Err: ErrMeasure}
	}
	switch o.form {
	case formNone:
		return nil
	case formRatio:
		if a.measure != MeasurePercent {
			return mismatch("ratio")
		}
		r, err := a.ratio.Add(o.ratio)
		if err != nil {
			return err
		}
		a.ratio = r
	case formDirect:
		if a.measure == MeasurePercent {
			return mismatch("direct percentage")
		}
		if a.measure == MeasureCount {
			if err := checkValue(MeasureCount, o.value); err != nil {
				return &ValueError{What: "count", Input: o.String(), Unit: o.unit, Err: err}
			}
		}
		a.sum = a.sum.Add(o.value)
	}
	a.data++
	return nil
}

// Merge returns the aggregate of a's and b's observations. Both must be of
// the same measure, or one of them empty.
func (a Aggregate) Merge(b Aggregate) (Aggregate, error) {
	switch {
	case a.measure == MeasureUnspecified:
		return b, nil
	case b.measure == MeasureUnspecified:
		return a, nil
	case a.measure != b.measure:
		return Aggregate{}, &ValueError{What: "merge of " + a.measure.String() + " with", Input: b.measure.String(), Err: ErrMeasure}
	}
	r, err := a.ratio.Add(b.ratio)
	if err != nil {
		return Aggregate{}, err
	}
	units := make([]Observation, 0, len(a.units)+len(b.units))
	units = append(append(units, a.units...), b.units...)
	return Aggregate{measure: a.measure, ratio: r, sum: a.sum.Add(b.sum), units: units, data: a.data + b.data}, nil
}

// Measure returns the measure aggregated.
func (a Aggregate) Measure() Measure { return a.measure }

// Len returns the number of observations aggregated, with or without data.
func (a Aggregate) Len() int { return len(a.units) }

// Total returns the aggregate as one observation, ready for Evaluate: a
// ratio for percentages, a direct value otherwise, over the span of the
// units' periods. It holds no data when no unit had data.
func (a Aggregate) Total() Observation {
	var o Observation
	switch {
	case a.data == 0:
	case a.measure == MeasurePercent:
		o = Observation{form: formRatio, ratio: a.ratio}
	default:
		o = Observation{form: formDirect, value: a.sum}
	}
	o.period = a.span()
	return o
}

// span returns the period of the units, or the days from the first start to
// the last end when they differ.
func (a Aggregate) span() calendar.Period {
	var p calendar.Period
	for _, u := range a.units {
		switch {
		case u.period.IsZero() || u.period == p:
		case p.IsZero():
			p = u.period
		default:
			start, end := p.Start(), p.End()
			if u.period.Start().Before(start) {
				start = u.period.Start()
			}
			if u.period.End().After(end) {
				end = u.period.End()
			}
			p = calendar.SpanPeriod(start, end)
		}
	}
	return p
}

// Units returns the observations aggregated, ordered by reporting unit,
// then period, value and source, so that the breakdown is the same whatever
// order partial aggregates were merged in.
func (a Aggregate) Units() []Observation {
	us := slices.Clone(a.units)
	slices.SortStableFunc(us, func(x, y Observation) int {
		return cmp.Or(
			strings.Compare(x.unit, y.unit),
			x.period.Start().Compare(y.period.Start()),
			x.period.End().Compare(y.period.End()),
			strings.Compare(x.String(), y.String()),
			strings.Compare(x.source, y.source),
		)
	})
	return us
}
