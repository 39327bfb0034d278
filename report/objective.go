package report

import (
	"errors"
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

// CheckPlan reports the measures of f that plan p cannot evaluate: an
// objective p does not have, or a target beyond the objective's. Each is an
// *ObjectiveError, in a *DecodeError at the measure's line and column when
// f was read by ReadForms; they are joined. A form is made for one plan:
// run CheckPlan where the two meet, before CheckProgress evaluates the
// measures. A nil f or p is an *ArgumentError.
func (f *Form) CheckPlan(p *plan.Plan) error {
	switch {
	case f == nil:
		return &ArgumentError{Func: "Form.CheckPlan", Arg: "form"}
	case p == nil:
		return &ArgumentError{Func: "Form.CheckPlan", Arg: "plan"}
	}
	objectives := objectivesOf(p)
	var errs []error
	for i, m := range f.spec.Measures {
		_, err := objectives.find(m)
		if err == nil {
			continue
		}
		msg := fmt.Sprintf("form %q: field %q: %s", f.Code(), m.Field, unprefixed(err))
		if i >= len(f.measureAt) {
			errs = append(errs, fmt.Errorf("report: %s: %w", msg, err))
			continue
		}
		at := f.measureAt[i].target
		if _, ok := objectives[m.Objective]; !ok {
			at = f.measureAt[i].objective
		}
		errs = append(errs, &DecodeError{File: f.file, Line: at[0], Col: at[1], Msg: msg, Err: err})
	}
	return errors.Join(errs...)
}

// Objectives makes CheckProgress evaluate the plan's objectives against the
// totals at the root of r: each measure's target against its field's
// figure, by default the measures of r's form.
func Objectives(r *Rollup, measures ...Measure) ProgressOption {
	return func(o *progressOptions) {
		o.rollup = r
		o.measures = measures
		if len(measures) == 0 && r != nil && r.Form() != nil {
			o.measures = r.Form().Measures()
		}
	}
}

// objectiveIndex holds a plan's objectives by number.
type objectiveIndex map[string]plan.Objective

// objectivesOf indexes the objectives of p; a nil p has none.
func objectivesOf(p *plan.Plan) objectiveIndex {
	objectives := objectiveIndex{}
	if p != nil {
		for _, o := range p.Objectives() {
			objectives[o.Number] = o
		}
	}
	return objectives
}

// find returns the objective whose target m measures, or an
// *ObjectiveError when the plan has no such objective or target.
func (x objectiveIndex) find(m Measure) (plan.Objective, error) {
	o, ok := x[m.Objective]
	switch {
	case !ok:
		return o, &ObjectiveError{Objective: m.Objective, Target: m.Target, Reason: "no such objective in the plan"}
	case m.Target < 1 || m.Target > len(o.Targets):
		reason := fmt.Sprintf("the objective has %d targets", len(o.Targets))
		if len(o.Targets) == 1 {
			reason = "the objective has 1 target"
		}
		return o, &ObjectiveError{Objective: m.Objective, Target: m.Target, Reason: reason}
	}
	return o, nil
}

// evaluate evaluates the measured targets of p's objectives against the
// totals of r.
func evaluate(p *plan.Plan, r *Rollup, measures []Measure) []Evaluation {
	objectives := objectivesOf(p)
	var root Node
	if r.Root() != nil {
		root = *r.Root()
	}
	var out []Evaluation
	for _, m := range measures {
		e := Evaluation{Measure: m}
		o, err := objectives.find(m)
		if err != nil {
			e.Err = err
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
