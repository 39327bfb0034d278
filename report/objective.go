package report

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/indicator"
	"github.com/openpar/cchc/plan"
)

// Evaluation is one target of a plan's objective, evaluated against the
// figure that measures it, added up to the root of a roll-up: 100% of
// procedures under the one-stop shop, against the share of procedures the
// province's units reported so.
type Evaluation struct {
	Measure
	Text   string           // the objective's text
	Target indicator.Target // the target as the plan states it
	Value  Value            // the rolled-up figure; the zero Value when no submission gave it
	// Evaluation is the outcome: the actual value in the target's unit,
	// met or not, the gap, and the progress class at the end of the
	// roll-up's period against the plan's period. Without a figure its
	// status is NoData, not Missed.
	indicator.Evaluation
	// Err says why the target could not be evaluated: the plan has no
	// such objective or target, or the figure does not fit the target's
	// measure (a ratio for a count).
	Err error
}

// ObjectiveError reports a measure naming an objective or a target the plan
// does not have.
type ObjectiveError struct {
	Objective string
	Target    int
	Reason    string
}

func (e *ObjectiveError) Error() string {
	return fmt.Sprintf("report: objective %q, target %d: %s", e.Objective, e.Target, e.Reason)
}

// Objectives makes CheckProgress evaluate the plan's objectives against the
// totals at the root of r: each measure's target against its field's
// figure, by default the measures of r's form.
func Objectives(r *Rollup, measures ...Measure) ProgressOption {
	return func(o *progressOptions) {
		o.rollup = r
		o.measures = measures
		if len(measures) == 0 && r != nil {
			o.measures = r.Form().Measures()
		}
	}
}

// evaluate evaluates the measured targets of p's objectives against the
// totals of r.
func evaluate(p *plan.Plan, r *Rollup, measures []Measure) []Evaluation {
	objectives := map[string]plan.Objective{}
	for _, o := range p.Objectives() {
		objectives[o.Number] = o
	}
	root := r.Root()
	var out []Evaluation
	for _, m := range measures {
		e := Evaluation{Measure: m}
		o, ok := objectives[m.Objective]
		switch {
		case !ok:
			e.Err = &ObjectiveError{Objective: m.Objective, Target: m.Target, Reason: "no such objective in the plan"}
		case m.Target < 1 || m.Target > len(o.Targets):
			e.Err = &ObjectiveError{Objective: m.Objective, Target: m.Target, Reason: fmt.Sprintf("the objective has %d targets", len(o.Targets))}
		}
		if e.Err != nil {
			out = append(out, e)
			continue
		}
		e.Text, e.Target = o.Text, o.Targets[m.Target-1]
		target := e.Target
		if target.Period().IsZero() {
			target = target.WithPeriod(p.Period())
		}
		var obs indicator.Observation
		if v, ok := root.Total.Value(m.Field); ok {
			e.Value = v
			unit, period := string(root.Unit), r.Period()
			switch v.Type() {
			case TypeRatio:
				num, den := v.Ratio()
				obs = indicator.Fraction(unit, period, num, den)
				e.Err = obs.Check()
			case TypeCount:
				obs = indicator.Direct(unit, period, decimal.NewFromInt(v.Count()))
			case TypeAmount:
				obs = indicator.Direct(unit, period, v.Amount())
			}
		}
		if e.Err == nil {
			e.Evaluation = indicator.EvaluateAt(target, obs, r.Period().End())
		}
		if e.Err != nil {
			e.Err = fmt.Errorf("report: objective %s, target %d (%s): %w", m.Objective, m.Target, m.Field, e.Err)
		}
		out = append(out, e)
	}
	return out
}
