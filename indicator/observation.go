package indicator

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/calendar"
)

// Observation is what a reporting unit recorded for a target and period:
// either a direct value, or a numerator and denominator (dossiers resolved
// on time / dossiers resolved) whose percentage is the value.
type Observation struct {
	Unit     string // the reporting unit: an agency ID or name
	Period   calendar.Period
	Value    decimal.Decimal // a direct value, when Ratio is false
	Ratio    bool            // Num and Den hold the value
	Num, Den int64
	Source   string // where the figure comes from: a report, a survey
}

// Direct returns an observation of a direct value.
func Direct(unit string, p calendar.Period, v decimal.Decimal) Observation {
	return Observation{Unit: unit, Period: p, Value: v}
}

// Fraction returns an observation of num out of den.
func Fraction(unit string, p calendar.Period, num, den int64) Observation {
	return Observation{Unit: unit, Period: p, Ratio: true, Num: num, Den: den}
}

// MaxCount bounds the numerator and denominator of an observation that
// Check accepts: a thousand billion, far above any real count and the same
// bound as the report package's, and low enough that totals of millions of
// observations cannot overflow int64.
const MaxCount = 1_000_000_000_000

// Errors that Check, Actual and Total.Percent return, wrapped with the
// observation's unit.
var (
	ErrNegative         = errors.New("negative count")
	ErrTooLarge         = errors.New("count above 10^12")
	ErrAboveDenominator = errors.New("numerator above denominator")
	ErrZeroDenominator  = errors.New("zero denominator")
	ErrOverflow         = errors.New("total beyond the range of int64")
)

// ObservationError is a problem with one observation.
type ObservationError struct {
	Unit string
	Err  error
	Num  int64
	Den  int64
}

func (e *ObservationError) Error() string {
	return fmt.Sprintf("indicator: observation of %q (%d/%d): %v", e.Unit, e.Num, e.Den, e.Err)
}

func (e *ObservationError) Unwrap() error { return e.Err }

// Check reports a negative count, a count above MaxCount or a numerator
// above its denominator.
func (o Observation) Check() error {
	fail := func(err error) error { return &ObservationError{Unit: o.Unit, Err: err, Num: o.Num, Den: o.Den} }
	switch {
	case !o.Ratio:
		return nil
	case o.Num < 0 || o.Den < 0:
		return fail(ErrNegative)
	case o.Num > MaxCount || o.Den > MaxCount:
		return fail(ErrTooLarge)
	case o.Num > o.Den:
		return fail(ErrAboveDenominator)
	}
	return nil
}

// Actual returns the observed value in percent for a fraction, or the direct
// value.
func (o Observation) Actual() (decimal.Decimal, error) {
	if !o.Ratio {
		return o.Value, nil
	}
	if err := o.Check(); err != nil {
		return decimal.Decimal{}, err
	}
	if o.Den == 0 {
		return decimal.Decimal{}, &ObservationError{Unit: o.Unit, Err: ErrZeroDenominator}
	}
	return percent(o.Num, o.Den), nil
}

func percent(num, den int64) decimal.Decimal {
	return decimal.NewFromInt(num).Mul(hundred).DivRound(decimal.NewFromInt(den), 4)
}
