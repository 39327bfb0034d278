package indicator

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/internal/enum"
)

// Status is where a target stands.
type Status uint8

// Statuses. The progress classes follow those of the SDG progress reports:
// the share of the required change achieved by the interim date, against
// the share of the period that has passed.
const (
	StatusUnspecified Status = iota
	NoData                   // nothing observed
	Undefined                // the value cannot be computed: zero denominator, no baseline
	Achieved                 // the target is met
	OnTrack                  // not met yet, but at least 95% of the change due by now is done
	NeedsAttention           // at least half of the change due by now is done
	OffTrack                 // less than half, or going the wrong way
	Missed                   // the period is over and the target is not met
)

var statuses = enum.Table[Status]{Pkg: "indicator", Type: "Status",
	Codes:   []string{"unspecified", "no-data", "undefined", "achieved", "on-track", "needs-attention", "off-track", "missed"},
	Unknown: unknown("status")}

// String returns the status's code word.
func (s Status) String() string { return statuses.String(s) }

// ParseStatus is the inverse of Status.String.
func ParseStatus(s string) (Status, error) { return statuses.Parse(s) }

// MarshalText encodes the status as its code word.
func (s Status) MarshalText() ([]byte, error) { return statuses.Marshal(s) }

// UnmarshalText decodes a code word.
func (s *Status) UnmarshalText(b []byte) error { return statuses.Unmarshal(s, b) }

// Evaluation is a target judged against an observation.
type Evaluation struct {
	Target      Target
	Observation Observation
	Actual      decimal.Decimal // the observed value in the target's unit
	Met         bool
	Gap         decimal.Decimal // how far short of the target, in its unit; zero when met
	Progress    decimal.Decimal // the share of the required change achieved, 0 to 1 and beyond
	Status      Status
	Reason      string // why the status is NoData or Undefined
}

// Evaluate judges t against o at the end of t's period: Achieved or Missed,
// or NoData / Undefined with the reason.
func Evaluate(t Target, o Observation) Evaluation {
	return evaluate(t, o, calendar.Date{})
}

// EvaluateAt judges t against o on an interim date: a target not yet met is
// OnTrack, NeedsAttention or OffTrack by the share of the required change
// achieved (from the baseline, zero when none is given) against the share
// of the target's period that has passed. A target without a period is
// judged as at its end.
func EvaluateAt(t Target, o Observation, at calendar.Date) Evaluation {
	return evaluate(t, o, at)
}

func evaluate(t Target, o Observation, at calendar.Date) Evaluation {
	e := Evaluation{Target: t, Observation: o}
	if o == (Observation{}) {
		e.Status, e.Reason = NoData, "nothing observed"
		return e
	}
	actual, err := o.Actual()
	if err != nil {
		e.Status, e.Reason = Undefined, err.Error()
		return e
	}
	e.Actual = actual
	met, err := t.Met(actual)
	if err != nil {
		e.Status, e.Reason = Undefined, reason(err)
		return e
	}
	e.Met = met
	e.Gap, e.Progress = t.gapAndProgress(actual)
	switch {
	case met:
		e.Status = Achieved
	case at.IsZero() || t.period.IsZero() || !at.Before(t.period.End()):
		e.Status = Missed
	default:
		e.Status = progressStatus(e.Progress, elapsed(t.period, at))
	}
	return e
}

func reason(err error) string {
	if errors.Is(err, ErrNoBaseline) {
		return "growth needs a baseline"
	}
	return err.Error()
}

// gapAndProgress returns how far actual is from the target value, in the
// better direction, and the share of the change from the baseline done.
func (t Target) gapAndProgress(actual decimal.Decimal) (gap, progress decimal.Decimal) {
	goal := t.value
	if t.measure == Growth {
		change, err := t.growth(actual)
		if err != nil {
			return decimal.Decimal{}, decimal.Decimal{}
		}
		actual = change
	}
	lower := t.direction == LowerIsBetter && t.measure != Growth
	if lower {
		gap = actual.Sub(goal)
	} else {
		gap = goal.Sub(actual)
	}
	if gap.IsNegative() {
		gap = decimal.Zero
	}
	start := decimal.Zero
	if b, ok := t.Baseline(); ok && t.measure != Growth {
		start = b
	}
	span := goal.Sub(start)
	if span.IsZero() {
		return gap, decimal.NewFromInt(1)
	}
	return gap, actual.Sub(start).DivRound(span, 4)
}

func elapsed(p calendar.Period, at calendar.Date) decimal.Decimal {
	done := at.Sub(p.Start()) + 1
	if done < 0 {
		done = 0
	}
	return decimal.NewFromInt(int64(done)).DivRound(decimal.NewFromInt(int64(p.Days())), 4)
}

var (
	onTrackShare = decimal.RequireFromString("0.95")
	halfShare    = decimal.RequireFromString("0.5")
)

func progressStatus(progress, elapsed decimal.Decimal) Status {
	if elapsed.IsZero() {
		return OnTrack
	}
	share := progress.DivRound(elapsed, 4)
	switch {
	case share.GreaterThanOrEqual(onTrackShare):
		return OnTrack
	case share.GreaterThanOrEqual(halfShare):
		return NeedsAttention
	}
	return OffTrack
}

// String returns a one-line account: "≥ 60%: 62,5% achieved".
func (e Evaluation) String() string {
	switch e.Status {
	case NoData, Undefined:
		return fmt.Sprintf("%s: %s (%s)", e.Target, e.Status, e.Reason)
	}
	return fmt.Sprintf("%s: %s %s", e.Target, FormatVI(e.Actual, e.Target.unit), e.Status)
}
