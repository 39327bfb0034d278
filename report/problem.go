package report

import (
	"fmt"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/internal/enum"
)

// ProblemKind says what is wrong with one value of a submission.
type ProblemKind uint8

// The problems a submission's values can have.
const (
	ProblemUnspecified    ProblemKind = iota
	ProblemMissing                    // a required field is not given
	ProblemUnknownField               // the form has no field with that code
	ProblemWrongType                  // a count given as text, a ratio as one number, ...
	ProblemNegative                   // a count, numerator or denominator below zero
	ProblemNumeratorAbove             // a numerator above its denominator: more than 100%
	ProblemAboveBound                 // a count above the count it lies within (on time above resolved)
	ProblemPrecision                  // an amount with more decimal places than its field keeps
	ProblemOutOfRange                 // a figure above MaxFigure
)

var problemNames = []string{"unspecified", "missing", "unknown-field", "wrong-type", "negative",
	"numerator-above-denominator", "above-bound", "precision", "out-of-range"}
var problemKinds = enum.Table[ProblemKind]{
	Pkg:     "report",
	Type:    "ProblemKind",
	Codes:   problemNames,
	Unknown: func(w string) error { return fmt.Errorf("report: unknown problem kind %q", w) },
}

// String returns the kind's code word ("numerator-above-denominator").
func (k ProblemKind) String() string { return problemKinds.String(k) }

// ParseProblemKind is the inverse of ProblemKind.String.
func ParseProblemKind(s string) (ProblemKind, error) {
	return problemKinds.Parse(s)
}

// MarshalText encodes the kind as its code word.
func (k ProblemKind) MarshalText() ([]byte, error) { return problemKinds.Marshal(k) }

// UnmarshalText decodes a code word.
func (k *ProblemKind) UnmarshalText(b []byte) error {
	return problemKinds.Unmarshal(k, b)
}

// MaxFigure bounds every count, numerator, denominator and scaled amount a
// submission holds: a thousand billion, far above any real figure, and low
// enough that the sums of millions of submissions cannot overflow.
const MaxFigure = 1_000_000_000_000

// Problem is one value of a submission that was left out: the rest of the
// submission stands. Field is the code of the field as given.
type Problem struct {
	Field string
	Kind  ProblemKind
	Value string // the value as given, "" when there is none
	// Line and Col place the value in the file ReadSubmission read (a
	// required field not given: the values, or the submission when it has
	// none); both are 0 for a submission built with NewSubmission.
	Line, Col int
}

func (p Problem) Error() string {
	switch p.Kind {
	case ProblemMissing:
		return fmt.Sprintf("report: field %q: required, not given", p.Field)
	case ProblemUnknownField:
		return fmt.Sprintf("report: field %q: not in the form", p.Field)
	}
	return fmt.Sprintf("report: field %q: %s: %q", p.Field, p.Kind, p.Value)
}

// UnitError reports a reporting unit that cannot send a submission: an ID
// that is malformed, or that the agency registry does not hold.
type UnitError struct {
	Unit   agency.ID
	Reason string
}

func (e *UnitError) Error() string { return fmt.Sprintf("report: unit %q: %s", e.Unit, e.Reason) }

// PeriodError reports a submission whose period does not fit its form: a
// month for a weekly form, or no period at all.
type PeriodError struct {
	Form   string
	Period calendar.Period
	Reason string
}

func (e *PeriodError) Error() string {
	return fmt.Sprintf("report: form %q: period %q: %s", e.Form, e.Period, e.Reason)
}

// ReceivedError reports a time received that cannot be: none, or before the
// period the report covers began.
type ReceivedError struct {
	Received time.Time
	Period   calendar.Period
}

func (e *ReceivedError) Error() string {
	if e.Received.IsZero() {
		return "report: no time received"
	}
	return fmt.Sprintf("report: received %s, before period %q began", e.Received.In(calendar.ICT()).Format(time.RFC3339), e.Period)
}

// RevisionError reports a revision number that cannot be: below 1 (in a
// file; NewSubmission takes 0 for 1), or lower than a revision already
// recorded.
type RevisionError struct {
	Key      Key
	Revision int
	Latest   int // the latest revision recorded; 0 when none
}

func (e *RevisionError) Error() string {
	if e.Latest == 0 {
		return fmt.Sprintf("report: %s: revision %d: revisions start at 1", e.Key, e.Revision)
	}
	return fmt.Sprintf("report: %s: revision %d comes after revision %d", e.Key, e.Revision, e.Latest)
}

// DuplicateError reports a submission whose revision is already recorded.
type DuplicateError struct {
	Key      Key
	Revision int
}

func (e *DuplicateError) Error() string {
	return fmt.Sprintf("report: %s: revision %d already received", e.Key, e.Revision)
}

// ArgumentError reports a required argument given as nil: a plan, a form,
// an agency registry. It is a mistake of the calling code, not of the data.
type ArgumentError struct {
	Func string // the function called: "PlanHierarchy"
	Arg  string // what is missing: "plan"
}

func (e *ArgumentError) Error() string {
	return fmt.Sprintf("report: %s: no %s (nil)", e.Func, e.Arg)
}
