package indicator

import (
	"github.com/shopspring/decimal"
)

// Status says whether an observation meets its target.
type Status uint8

// The statuses. StatusUndefined comes with the Reason why.
const (
	StatusUnspecified Status = iota
	StatusMet
	StatusNotMet
	StatusUndefined
)

var statuses = enum[Status]{what: "status", names: []string{
	StatusUnspecified: "unspecified",
	StatusMet:         "met",
	StatusNotMet:      "not-met",
	StatusUndefined:   "undefined",
}}

// String returns the status's code word ("met").
func (s Status) String() string { return statuses.name(s) }

// ParseStatus is the inverse of Status.String.
func ParseStatus(s string) (Status, error) { return statuses.parse(s) }

// MarshalText encodes the status as its code word.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a code word written by MarshalText.
func (s *Status) UnmarshalText(b []byte) error { return statuses.unmarshal(b, s) }

// Reason says why a status or a progress class is undefined.
type Reason uint8

// The reasons. ReasonNone means everything was defined.
const (
	ReasonNone            Reason = iota
	ReasonNoData                 // the observation holds no value
	ReasonZeroDenominator        // a ratio over zero: nothing was counted
	ReasonNoBaseline             // a growth target, or progress, needs a baseline the target lacks
	ReasonZeroBaseline           // growth against zero is undefined
	ReasonNoPeriod               // progress needs the target's period and the observation's
)

var reasons = enum[Reason]{what: "reason", names: []string{
	ReasonNone:            "none",
	ReasonNoData:          "no-data",
	ReasonZeroDenominator: "zero-denominator",
	ReasonNoBaseline:      "no-baseline",
	ReasonZeroBaseline:    "zero-baseline",
	ReasonNoPeriod:        "no-period",
}}

// String returns the reason's code word ("no-data").
func (r Reason) String() string { return reasons.name(r) }

// ParseReason is the inverse of Reason.String.
func ParseReason(s string) (Reason, error) { return reasons.parse(s) }

// MarshalText encodes the reason as its code word.
func (r Reason) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText decodes a code word written by MarshalText.
func (r *Reason) UnmarshalText(b []byte) error { return reasons.unmarshal(b, r) }

// Progress classes how far along a target is at an interim date, in the
// style of the SDG progress classes: the share of the required change
// achieved so far, against the share of the target's period gone by.
type Progress uint8

// The progress classes. ProgressUndefined comes with the Reason why.
const (
	ProgressUnspecified Progress = iota
	OnTrack                      // met, or moving fast enough to be met in time
	NeedsAttention               // moving the right way, too slowly
	OffTrack                     // too slow, standing still, moving away, or not met at the end
	ProgressUndefined
)

var progresses = enum[Progress]{what: "progress", names: []string{
	ProgressUnspecified: "unspecified",
	OnTrack:             "on-track",
	NeedsAttention:      "needs-attention",
	OffTrack:            "off-track",
	ProgressUndefined:   "undefined",
}}

// String returns the class's code word ("on-track").
func (p Progress) String() string { return progresses.name(p) }

// ParseProgress is the inverse of Progress.String.
func ParseProgress(s string) (Progress, error) { return progresses.parse(s) }

// MarshalText encodes the class as its code word.
func (p Progress) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText decodes a code word written by MarshalText.
func (p *Progress) UnmarshalText(b []byte) error { return progresses.unmarshal(b, p) }

// ProgressRule holds the cut-offs between progress classes, as shares of the
// progress expected by now: with OnTrack 0,95, a unit that has covered 95%
// of the change expected at this point of the period is on track; with
// NeedsAttention 0,5, one that has covered half of it needs attention, and
// less is off track.
type ProgressRule struct {
	OnTrack, NeedsAttention decimal.Decimal
}

// The default cut-offs. They follow the shape of the SDG progress classes
// (most of the required pace, part of it, little or none); the figures are a
// choice of this package, not taken from a regulation, so portals with their
// own rule pass it to ProgressRule.Evaluate.
var (
	defaultOnTrack        = decimal.New(95, -2)
	defaultNeedsAttention = decimal.New(5, -1)
)

// DefaultProgressRule returns the cut-offs Evaluate uses: 0,95 and 0,5.
func DefaultProgressRule() ProgressRule {
	return ProgressRule{OnTrack: defaultOnTrack, NeedsAttention: defaultNeedsAttention}
}

// Evaluation is the outcome of an observation against a target.
type Evaluation struct {
	// Actual is the observed value in the target's unit: the percentage of a
	// ratio, the count, the level, the group number, or for a growth target
	// the change against the baseline in percent. Computed values are rounded
	// to Places decimals; Status is decided on exact values.
	Actual decimal.Decimal
	Status Status
	// Gap is how far Actual falls short of the target, in the target's
	// unit: positive when short, zero or negative (the margin) when met.
	// For a band it is the distance to the nearer bound.
	Gap decimal.Decimal
	// Progress classes the observation at the end of its period against the
	// target's period. Achieved is the share of the required change made
	// since the baseline (1 is all of it), Expected the share of the
	// target's period gone by; both are set when Progress is a class.
	Progress           Progress
	Achieved, Expected decimal.Decimal
	// Why says why Status or Progress is undefined.
	Why Reason
}

// Met reports whether the status is StatusMet.
func (e Evaluation) Met() bool { return e.Status == StatusMet }

// Evaluate evaluates o against t with DefaultProgressRule.
func Evaluate(t Target, o Observation) (Evaluation, error) {
	return ProgressRule{OnTrack: defaultOnTrack, NeedsAttention: defaultNeedsAttention}.Evaluate(t, o)
}

// Evaluate evaluates o against t: the actual value, whether it meets the
// target, the gap, and the progress class at the end of o's period. Cases
// that have no answer are not errors but an undefined status with its
// Reason: no data, a ratio over zero, growth without a baseline or against
// zero. Errors are reserved for input that breaks a rule: a negative count,
// a ratio observed for a count target, an unset target.
func (r ProgressRule) Evaluate(t Target, o Observation) (Evaluation, error) {
	if t.measure == MeasureUnspecified || t.measure > MeasureYesNo {
		return Evaluation{}, &ValueError{What: "target", Input: t.String(), Err: ErrMeasure}
	}
	undefined := func(why Reason) (Evaluation, error) {
		return Evaluation{Status: StatusUndefined, Progress: ProgressUndefined, Why: why}, nil
	}
	// The observed level as a fraction p/q: p = v, q = 1 for a direct value;
	// p = 100·num, q = den for a ratio.
	var p, q decimal.Decimal
	ratio := o.form == formRatio
	switch o.form {
	case formNone:
		return undefined(ReasonNoData)
	case formDirect:
		if err := t.checkObserved(o.value, o.unit); err != nil {
			return Evaluation{}, err
		}
		p, q = o.value, one
	case formRatio:
		if t.measure != MeasurePercent && t.measure != MeasureGrowth {
			return Evaluation{}, &ValueError{What: "ratio for a " + t.measure.String() + " target", Input: o.ratio.String(), Unit: o.unit, Err: ErrMeasure}
		}
		if o.ratio.Den == 0 {
			return undefined(ReasonZeroDenominator)
		}
		p, q = decimal.NewFromInt(o.ratio.Num).Mul(hundred), decimal.NewFromInt(o.ratio.Den)
	}
	var e Evaluation
	// x stands to the bounds lo and hi, all multiplied by the same positive
	// number, as the actual value stands to the target's values.
	var x, lo, hi, base decimal.Decimal
	if t.measure == MeasureGrowth {
		if !t.hasBaseline {
			return undefined(ReasonNoBaseline)
		}
		base = t.baseline.Value
		switch base.Sign() {
		case 0:
			return undefined(ReasonZeroBaseline)
		case -1:
			return Evaluation{}, &ValueError{What: "baseline", Input: StylePlain.Number(base), Unit: o.unit, Err: ErrNegative}
		}
		// growth = (p/q - b)/b·100, so compare (p - b·q)·100 with g·b·q.
		bq := base.Mul(q)
		x, lo, hi = p.Sub(bq).Mul(hundred), t.value.Mul(bq), t.upper.Mul(bq)
		e.Actual = x.DivRound(bq, Places)
	} else {
		x, lo, hi = p, t.value.Mul(q), t.upper.Mul(q)
		e.Actual = p
		if ratio {
			e.Actual = p.DivRound(q, Places)
		}
	}
	e.Status = StatusNotMet
	if satisfies(t.comparison, x, lo, hi) {
		e.Status = StatusMet
	}
	e.Gap = gap(t, e.Actual)
	level := e.Actual
	if t.measure == MeasureGrowth {
		level = p
		if ratio {
			level = p.DivRound(q, Places)
		}
	}
	r.progress(t, o, &e, level)
	return e, nil
}

var one = decimal.NewFromInt(1)

// gap returns how far actual falls short of t: positive when short.
func gap(t Target, actual decimal.Decimal) decimal.Decimal {
	switch t.comparison {
	case AtLeast, MoreThan:
		return t.value.Sub(actual)
	case AtMost, LessThan:
		return actual.Sub(t.value)
	case Exactly:
		return actual.Sub(t.value).Abs()
	case Between:
		switch {
		case actual.LessThan(t.value):
			return t.value.Sub(actual)
		case actual.GreaterThan(t.upper):
			return actual.Sub(t.upper)
		}
		return decimal.Min(actual.Sub(t.value), t.upper.Sub(actual)).Neg()
	}
	return decimal.Decimal{}
}

// progress classes e, whose observed level (not growth) is level. The level moves from the baseline b towards the
// target's nearer bound over the target's period; the share of that change
// made so far is compared with the share of the period gone by.
func (r ProgressRule) progress(t Target, o Observation, e *Evaluation, level decimal.Decimal) {
	if e.Status == StatusMet {
		e.Progress = OnTrack
		return
	}
	if t.period.IsZero() || o.period.IsZero() {
		e.Progress, e.Why = ProgressUndefined, ReasonNoPeriod
		return
	}
	if !t.hasBaseline {
		e.Progress, e.Why = ProgressUndefined, ReasonNoBaseline
		return
	}
	asOf := o.period.End()
	if !asOf.Before(t.period.End()) {
		e.Progress, e.Expected = OffTrack, one // the period is over and the target is not met
		return
	}
	b := t.baseline.Value
	bound := t.value
	if t.comparison == Between && b.GreaterThan(t.upper) {
		bound = t.upper
	}
	if t.measure == MeasureGrowth {
		bound = b.Add(b.Mul(bound).Shift(-2)) // the level the growth asks for
	}
	elapsed := decimal.Zero
	if days := asOf.Sub(t.period.Start()) + 1; days > 0 {
		elapsed = decimal.NewFromInt(int64(days)).DivRound(decimal.NewFromInt(int64(t.period.Days())), 4)
	}
	share := decimal.Zero
	if required := bound.Sub(b); !required.IsZero() {
		share = level.Sub(b).DivRound(required, 4)
	}
	e.Achieved, e.Expected = share, elapsed
	switch {
	case share.GreaterThanOrEqual(r.OnTrack.Mul(elapsed)):
		e.Progress = OnTrack
	case share.GreaterThanOrEqual(r.NeedsAttention.Mul(elapsed)):
		e.Progress = NeedsAttention
	default:
		e.Progress = OffTrack
	}
}
