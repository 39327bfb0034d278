package indicator

import (
	"errors"
	"fmt"
	"strings"
)

// Causes wrapped by the package's error values; test them with errors.Is.
var (
	ErrNegative                  = errors.New("negative value")
	ErrNotWhole                  = errors.New("not a whole number")
	ErrNumeratorAboveDenominator = errors.New("numerator above denominator")
	ErrOverflow                  = errors.New("sum overflows int64")
	ErrMeasure                   = errors.New("value does not fit the measure")
	ErrNoBaseline                = errors.New("growth needs a baseline")
	ErrZeroBaseline              = errors.New("growth against a zero baseline is undefined")
	ErrAboveMaximum              = errors.New("points above the maximum")
	ErrSum                       = errors.New("children do not sum to the parent")
	ErrUnknownCriterion          = errors.New("unknown criterion")
	ErrNotLeaf                   = errors.New("points given for a criterion with sub-criteria")
	ErrMissingPoints             = errors.New("no points given")
	ErrDuplicateCode             = errors.New("duplicate criterion code")
	ErrBadCode                   = errors.New("malformed criterion code")
	ErrBadMethodology            = errors.New("malformed methodology")
	ErrNoMethodology             = errors.New("no methodology for the year")
	ErrIncomparable              = errors.New("scorecards of different methodologies or years")
)

// ParseError reports text that could not be read as a target, a number or a
// code word. Input is the text exactly as given.
type ParseError struct {
	What   string // "target", "number", "measure", ...
	Input  string
	Reason string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("indicator: cannot parse %s %q: %s", e.What, e.Input, e.Reason)
}

// ValueError reports a value that breaks a rule: a negative count, a
// numerator above its denominator, a fraction where a whole number is due.
// Input is the offending value as text; Unit names the reporting unit when
// there is one.
type ValueError struct {
	What  string // "count", "ratio", "observation", "target", ...
	Input string
	Unit  string
	Err   error
}

func (e *ValueError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "indicator: %s %q", e.What, e.Input)
	if e.Unit != "" {
		fmt.Fprintf(&b, " of %q", e.Unit)
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	return b.String()
}

// Unwrap returns the cause, one of the Err values of this package.
func (e *ValueError) Unwrap() error { return e.Err }

// CriterionError reports a problem with one criterion of a PAR INDEX
// methodology, or with a province's points for it. Province is empty for
// problems of the methodology itself, Code for problems of the whole tree.
type CriterionError struct {
	Province string
	Code     string // "1", "1.1", "1.1.1"
	Detail   string // the numbers involved: "3 > 2,5"
	Err      error
}

func (e *CriterionError) Error() string {
	var b strings.Builder
	b.WriteString("indicator: ")
	if e.Province != "" {
		fmt.Fprintf(&b, "%s: ", e.Province)
	}
	if e.Code != "" {
		fmt.Fprintf(&b, "criterion %q: ", e.Code)
	}
	fmt.Fprintf(&b, "%v", e.Err)
	if e.Detail != "" {
		fmt.Fprintf(&b, " (%s)", e.Detail)
	}
	return b.String()
}

// Unwrap returns the cause, one of the Err values of this package.
func (e *CriterionError) Unwrap() error { return e.Err }

// ProblemsError gathers every problem found in one input (a methodology, a
// province's points), so that all of them can be fixed at once.
type ProblemsError struct {
	Source   string // what was checked: "methodology 2948/QĐ-BNV", "points of Tỉnh A"
	Problems []error
}

func (e *ProblemsError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "indicator: %s: %d problem", e.Source, len(e.Problems))
	if len(e.Problems) != 1 {
		b.WriteString("s")
	}
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.Error())
	}
	return b.String()
}

// Unwrap returns the problems, so errors.Is and errors.As look into each.
func (e *ProblemsError) Unwrap() []error { return e.Problems }

// problems returns nil when there are none, so callers can return it as is.
func problems(source string, ps []error) error {
	if len(ps) == 0 {
		return nil
	}
	return &ProblemsError{Source: source, Problems: ps}
}
