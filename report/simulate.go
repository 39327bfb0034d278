package report

import (
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/plan"
)

// Simulate makes up plausible submissions on form f for period, as a
// portal would receive them under plan p: one from each sender of the plan's
// report of f's kind, most before the due time, some late, a few missing,
// and a few corrected by a second revision. The figures are drawn to look
// like real ones (dossiers resolved below dossiers received, most on time)
// from seed, so the same arguments give the same submissions. It is for
// demonstrations, tests and load tests, never for real reports.
//
// It is an error when the plan has no report of f's kind due for period,
// and an *ArgumentError when p or f is nil.
func Simulate(p *plan.Plan, f *Form, period calendar.Period, seed uint64) ([]Submission, error) {
	switch {
	case p == nil:
		return nil, &ArgumentError{Func: "Simulate", Arg: "plan"}
	case f == nil:
		return nil, &ArgumentError{Func: "Simulate", Arg: "form"}
	}
	if err := f.checkPeriod(period); err != nil {
		return nil, err
	}
	var due time.Time
	var senders []agency.ID
	for _, r := range p.Reporting() {
		if !r.Form.Has(f.Kind()) {
			continue
		}
		for o := range r.Schedule.Occurrences(p.Calendar(), period.Start(), period.End().AddDays(400)) {
			if o.Period == period {
				due, senders = o.DueTime(), r.Senders
				break
			}
		}
		if !due.IsZero() {
			break
		}
	}
	if due.IsZero() {
		return nil, &PeriodError{Form: f.Code(), Period: period, Reason: fmt.Sprintf("plan %s asks for no such report", p.Document().Number)}
	}
	h := fnv.New64a()
	h.Write([]byte(f.Code() + " " + period.String()))
	rng := &splitmix{state: seed ^ h.Sum64()}
	reg := p.Registry()
	var out []Submission
	for _, unit := range senders {
		ag, _ := reg.Agency(unit)
		draw := rng.Float64()
		if draw < 0.06 {
			continue // never sent
		}
		received := due.Add(-time.Duration(rng.Int64N(int64(72 * time.Hour))))
		if draw > 0.82 {
			received = due.Add(time.Duration(rng.Int64N(int64(96*time.Hour))) + time.Minute)
		}
		if start := period.Start().Time(); received.Before(start) {
			received = start.Add(time.Duration(rng.Int64N(int64(8 * time.Hour))))
		}
		volume := float64(simVolume(ag.Level, period) * rng.between(0.5, 1.5))
		received = received.Truncate(time.Minute)
		spec := SubmissionSpec{Unit: unit, Period: period, Received: received.In(calendar.ICT()), Revision: 1,
			Values: simValues(f, volume, rng)}
		s, err := NewSubmission(f, spec)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
		if rng.Float64() < 0.08 {
			spec.Revision = 2
			spec.Received = received.Add(24*time.Hour + time.Duration(rng.Int64N(24*60))*time.Minute).In(calendar.ICT())
			spec.Values = simValues(f, volume, rng)
			if s, err = NewSubmission(f, spec); err != nil {
				return nil, err
			}
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b Submission) int { return a.Received().Compare(b.Received()) })
	return out, nil
}

// simVolume is about how many dossiers a unit of a level handles in a
// period: a department a few hundred a month, a district committee well over
// a thousand, a commune about a hundred.
func simVolume(l agency.Level, p calendar.Period) float64 {
	perMonth := 200.0
	switch l {
	case agency.District:
		perMonth = 1500
	case agency.Commune:
		perMonth = 150
	}
	return perMonth * float64(p.Days()) / 30.4
}

// simRule says how Simulate draws a field: a share [lo, hi] of another
// field's value (of), of the unit's volume of dossiers (of == "volume"), or a
// number in [lo, hi] (of == ""), less the value of minus. A ratio's
// denominator is drawn so and its numerator is a share [numLo, numHi] of it.
type simRule struct {
	of           string
	lo, hi       float64
	minus        string
	numLo, numHi float64
}

// simRules are the typical magnitudes of the shipped forms' fields; a field
// not listed gets a small count or a ratio between 60% and 100% of a few
// dozen.
var simRules = map[string]simRule{
	"dossiers-received":           {of: "volume", lo: 1, hi: 1},
	"dossiers-resolved":           {of: "dossiers-received", lo: 0.85, hi: 0.98},
	"dossiers-on-time":            {of: "dossiers-resolved", lo: 0.93, hi: 1},
	"dossiers-overdue":            {of: "dossiers-resolved", lo: 1, hi: 1, minus: "dossiers-on-time"},
	"dossiers-returned":           {of: "dossiers-received", lo: 0, hi: 0.02},
	"postal-received":             {of: "dossiers-received", lo: 0, hi: 0.08},
	"postal-returned":             {of: "dossiers-received", lo: 0, hi: 0.12},
	"postal-dossiers":             {of: "dossiers-received", lo: 0, hi: 0.15},
	"one-stop-procedures":         {lo: 20, hi: 300},
	"feedback-received":           {lo: 0, hi: 8},
	"feedback-handled":            {of: "feedback-received", lo: 0.7, hi: 1},
	"feedback-resolved":           {lo: 0, hi: 8, numLo: 0.7, numHi: 1},
	"electronic-documents":        {of: "volume", lo: 0.2, hi: 0.4, numLo: 0.5, numHi: 0.95},
	"level3-dossiers":             {of: "dossiers-received", lo: 0.2, hi: 0.4, numLo: 0.05, numHi: 0.5},
	"level4-dossiers":             {of: "dossiers-received", lo: 0.05, hi: 0.15, numLo: 0.02, numHi: 0.3},
	"procedures-posted":           {lo: 50, hi: 300, numLo: 0.95, numHi: 1},
	"procedures-published-online": {lo: 50, hi: 300, numLo: 0.8, numHi: 1},
	"procedures-published":        {lo: 50, hi: 300, numLo: 0.85, numHi: 1},
	"one-stop-coverage":           {lo: 50, hi: 300, numLo: 0.9, numHi: 1},
	"official-email-users":        {lo: 20, hi: 200, numLo: 0.8, numHi: 1},
	"news-items":                  {lo: 0, hi: 15},
}

// simValues draws the values of f's fields for a unit with the given volume
// of dossiers.
func simValues(f *Form, volume float64, rng *splitmix) map[string]Value {
	drawn := map[string]int64{}
	var count func(code string, depth int) int64
	count = func(code string, depth int) int64 {
		if v, ok := drawn[code]; ok {
			return v
		}
		r, ok := simRules[code]
		if !ok {
			r = simRule{lo: 0, hi: 5}
		}
		base := 1.0
		switch {
		case r.of == "volume":
			base = volume
		case r.of != "" && depth < 8:
			base = float64(count(r.of, depth+1))
		}
		v := int64(math.Round(float64(base * rng.between(r.lo, r.hi))))
		if r.minus != "" && depth < 8 {
			v -= count(r.minus, depth+1)
		}
		v = max(v, 0)
		drawn[code] = v
		return v
	}
	vals := map[string]Value{}
	for _, fi := range f.fields {
		switch fi.Type {
		case TypeCount:
			vals[fi.Code] = Count(count(fi.Code, 0))
		case TypeRatio:
			r, ok := simRules[fi.Code]
			if !ok {
				r = simRule{lo: 10, hi: 60, numLo: 0.6, numHi: 1}
			}
			den := count(fi.Code, 0)
			num := int64(math.Round(float64(float64(den) * rng.between(r.numLo, r.numHi))))
			vals[fi.Code] = Ratio(min(num, den), den)
		case TypeAmount:
			vals[fi.Code] = Amount(decimal.NewFromInt(count(fi.Code, 0)))
		}
	}
	for _, fi := range f.fields {
		if fi.Type == TypeText && f.spec.Sections[fi.section].Area == plan.AreaOther {
			vals[fi.Code] = Text("Hoàn thành các nhiệm vụ cải cách hành chính của kỳ báo cáo theo kế hoạch.")
		}
	}
	// A drawn value must respect the bounds of the form.
	for _, w := range f.within {
		a, b := f.fields[w[0]], f.fields[w[1]]
		if vals[a.Code].Count() > vals[b.Code].Count() {
			vals[a.Code] = vals[b.Code]
		}
	}
	return vals
}

// splitmix is the SplitMix64 generator: a few lines whose output is fixed
// for ever, so that Simulate gives the same submissions in every release.
type splitmix struct{ state uint64 }

func (r *splitmix) next() uint64 {
	r.state += 0x9e3779b97f4a7c15
	z := r.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Float64 returns a number in [0, 1).
func (r *splitmix) Float64() float64 { return float64(r.next()>>11) / (1 << 53) }

// Int64N returns a number in [0, n); n must be positive.
func (r *splitmix) Int64N(n int64) int64 { return int64(r.next() % uint64(n)) }

// between returns a number in [lo, hi). The explicit conversion keeps the
// compiler from fusing the multiplication and addition on machines that
// can, which would change the last bit and, rarely, a rounded figure.
func (r *splitmix) between(lo, hi float64) float64 { return lo + float64((hi-lo)*r.Float64()) }
