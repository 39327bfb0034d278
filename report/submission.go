package report

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
)

// Key identifies what a submission reports on: a form, a unit and a period.
// Revisions of one report share their Key.
type Key struct {
	Form   string
	Unit   agency.ID
	Period calendar.Period
}

// String returns the key as "thai-nguyen-2017-weekly so-noi-vu Tuần 31/2017".
func (k Key) String() string { return fmt.Sprintf("%s %s %s", k.Form, k.Unit, k.Period) }

// SubmissionSpec is what a unit sends.
type SubmissionSpec struct {
	Unit     agency.ID       // the reporting unit
	Period   calendar.Period // the period the report covers
	Received time.Time       // when the report reached the recipient
	Revision int             // 1 for the first report, 2 for the one that replaces it, ...; 0 means 1
	Number   string          // the report's document number, "125/BC-SNV", if it has one
	Values   map[string]Value
	// Text is the text attached to the figures: the covering letter,
	// the documents sent with the report.
	Text string
}

// Submission is one report a unit sent on one form for one period, checked
// against the form. It keeps every value that is valid; the others are its
// Problems. A Submission is immutable and cheap to copy; the zero
// Submission is unset.
type Submission struct {
	s *submission
}

type submission struct {
	form     *Form
	key      Key
	received time.Time
	revision int
	number   string
	text     string
	vals     []int64  // form.slots figures; zero where not given
	present  []uint64 // bit per numeric field: given
	texts    []string // per text field; "" where not given
	problems []Problem
}

// NewSubmission checks spec against form f and returns the submission.
// It is an error, and there is no submission, when f is nil (*UnknownFormError),
// the unit is not a well-formed agency ID (*UnitError), the period is not one
// the form's kind covers (*PeriodError: a weekly form takes a week), the time
// received is missing or before the period began (*ReceivedError), or the
// revision is negative (*RevisionError).
//
// Values are checked one by one, and a bad one never costs the others: a
// value for a field the form does not have, of the wrong type, a negative
// count, a numerator above its denominator, a count above the count it lies
// within, an amount more precise than its field or above MaxFigure is left
// out and reported in Problems, as is a required field not given.
func NewSubmission(f *Form, spec SubmissionSpec) (Submission, error) {
	s, err := newSubmission(f, spec, nil)
	if err != nil {
		return Submission{}, err
	}
	return Submission{s}, nil
}

// newSubmission builds a submission; given are problems found before the
// values were typed (a JSON value of the wrong shape).
func newSubmission(f *Form, spec SubmissionSpec, given []Problem) (*submission, error) {
	if f == nil {
		return nil, &UnknownFormError{}
	}
	if _, err := agency.ParseID(string(spec.Unit)); err != nil {
		return nil, &UnitError{Unit: spec.Unit, Reason: "malformed ID"}
	}
	if err := f.checkPeriod(spec.Period); err != nil {
		return nil, err
	}
	if spec.Received.IsZero() || spec.Received.Before(spec.Period.Start().Time()) {
		return nil, &ReceivedError{Received: spec.Received, Period: spec.Period}
	}
	key := Key{Form: f.Code(), Unit: spec.Unit, Period: spec.Period}
	if spec.Revision < 0 {
		return nil, &RevisionError{Key: key, Revision: spec.Revision}
	}
	s := &submission{
		form: f, key: key, received: spec.Received, revision: max(spec.Revision, 1),
		number: spec.Number, text: spec.Text,
		vals:    make([]int64, f.slots),
		present: make([]uint64, (f.nums+63)/64),
		texts:   make([]string, len(f.fields)-f.nums),
	}
	s.problems = append(s.problems, given...)
	var unknown []string
	for code, v := range spec.Values {
		i, ok := f.byCode[code]
		if !ok {
			unknown = append(unknown, code)
			continue
		}
		if p, ok := s.set(f.fields[i], v); !ok {
			s.problems = append(s.problems, p)
		}
	}
	for _, w := range f.within {
		a, b := f.fields[w[0]], f.fields[w[1]]
		if s.has(a) && s.has(b) && s.vals[a.slot] > s.vals[b.slot] {
			s.problems = append(s.problems, Problem{Field: a.Code, Kind: ProblemAboveBound, Value: fmt.Sprint(s.vals[a.slot])})
			s.clear(a)
		}
	}
	// A required field is missing when it was not kept and no other problem
	// already says why; an empty text is not given.
	for _, fi := range f.fields {
		if fi.Required && !s.has(fi) && !slices.ContainsFunc(s.problems, func(p Problem) bool { return p.Field == fi.Code }) {
			s.problems = append(s.problems, Problem{Field: fi.Code, Kind: ProblemMissing})
		}
	}
	slices.Sort(unknown)
	for _, code := range unknown {
		s.problems = append(s.problems, Problem{Field: code, Kind: ProblemUnknownField, Value: spec.Values[code].String()})
	}
	s.sortProblems()
	return s, nil
}

// sortProblems puts problems in form order, unknown fields last, so that the
// same input always reports the same list.
func (s *submission) sortProblems() {
	rank := func(p Problem) int {
		if i, ok := s.form.byCode[p.Field]; ok {
			return i
		}
		return len(s.form.fields)
	}
	slices.SortStableFunc(s.problems, func(a, b Problem) int {
		if c := rank(a) - rank(b); c != 0 {
			return c
		}
		if a.Field != b.Field {
			if a.Field < b.Field {
				return -1
			}
			return 1
		}
		return int(a.Kind) - int(b.Kind)
	})
}

// checkPeriod reports whether p is a period the form's reports cover.
func (f *Form) checkPeriod(p calendar.Period) error {
	if p.IsZero() {
		return &PeriodError{Form: f.Code(), Reason: "no period"}
	}
	if want := f.periodKind(); want != calendar.PeriodUnspecified && p.Kind() != want {
		return &PeriodError{Form: f.Code(), Period: p, Reason: fmt.Sprintf("a %s form covers a %s, not a %s", f.Kind(), want, p.Kind())}
	}
	return nil
}

// set stores v in field fi, or returns the problem that keeps it out.
func (s *submission) set(fi fieldInfo, v Value) (Problem, bool) {
	bad := func(k ProblemKind) (Problem, bool) {
		return Problem{Field: fi.Code, Kind: k, Value: v.String()}, false
	}
	if v.typ != fi.Type {
		return bad(ProblemWrongType)
	}
	switch fi.Type {
	case TypeText:
		s.texts[fi.text] = v.text
		return Problem{}, true
	case TypeCount:
		switch {
		case v.n < 0:
			return bad(ProblemNegative)
		case v.n > MaxFigure:
			return bad(ProblemOutOfRange)
		}
		s.vals[fi.slot] = v.n
	case TypeRatio:
		switch {
		case v.n < 0 || v.d < 0:
			return bad(ProblemNegative)
		case v.n > MaxFigure || v.d > MaxFigure:
			return bad(ProblemOutOfRange)
		case v.n > v.d:
			return bad(ProblemNumeratorAbove)
		}
		s.vals[fi.slot], s.vals[fi.slot+1] = v.n, v.d
	case TypeAmount:
		scaled := v.amt.Shift(int32(fi.Decimals))
		switch {
		case !scaled.Equal(scaled.Truncate(0)):
			return bad(ProblemPrecision)
		case scaled.Abs().GreaterThan(decimal.NewFromInt(MaxFigure)):
			return bad(ProblemOutOfRange)
		}
		s.vals[fi.slot] = scaled.IntPart()
	}
	s.present[fi.num/64] |= 1 << (fi.num % 64)
	return Problem{}, true
}

func (s *submission) has(fi fieldInfo) bool {
	if fi.num < 0 {
		return s.texts[fi.text] != ""
	}
	return s.present[fi.num/64]&(1<<(fi.num%64)) != 0
}

func (s *submission) clear(fi fieldInfo) {
	if fi.num < 0 {
		s.texts[fi.text] = ""
		return
	}
	s.present[fi.num/64] &^= 1 << (fi.num % 64)
	for i := range fi.Type.slots() {
		s.vals[fi.slot+i] = 0
	}
}

// value returns the value of field fi, if given.
func (s *submission) value(fi fieldInfo) (Value, bool) {
	switch {
	case !s.has(fi):
		return Value{}, false
	case fi.Type == TypeText:
		return Text(s.texts[fi.text]), true
	}
	return figure(fi, s.vals), true
}

// figure reads field fi's value out of a slot array: a submission's or a
// sum's.
func figure(fi fieldInfo, vals []int64) Value {
	switch fi.Type {
	case TypeCount:
		return Count(vals[fi.slot])
	case TypeRatio:
		return Ratio(vals[fi.slot], vals[fi.slot+1])
	case TypeAmount:
		return Amount(decimal.New(vals[fi.slot], -int32(fi.Decimals)))
	}
	return Value{}
}

// IsZero reports whether s is the zero, unset Submission.
func (s Submission) IsZero() bool { return s.s == nil }

// Form returns the form the submission is on.
func (s Submission) Form() *Form {
	if s.s == nil {
		return nil
	}
	return s.s.form
}

// Key returns the form, unit and period the submission reports on.
func (s Submission) Key() Key {
	if s.s == nil {
		return Key{}
	}
	return s.s.key
}

// Unit returns the reporting unit.
func (s Submission) Unit() agency.ID { return s.Key().Unit }

// Period returns the period the report covers.
func (s Submission) Period() calendar.Period { return s.Key().Period }

// Received returns when the report reached its recipient.
func (s Submission) Received() time.Time {
	if s.s == nil {
		return time.Time{}
	}
	return s.s.received
}

// Revision returns the revision number, from 1.
func (s Submission) Revision() int {
	if s.s == nil {
		return 0
	}
	return s.s.revision
}

// Number returns the report's document number, "" when it has none.
func (s Submission) Number() string {
	if s.s == nil {
		return ""
	}
	return s.s.number
}

// Text returns the text attached to the figures.
func (s Submission) Text() string {
	if s.s == nil {
		return ""
	}
	return s.s.text
}

// Value returns the value given for the field with that code, and whether
// one was given and kept.
func (s Submission) Value(code string) (Value, bool) {
	if s.s == nil {
		return Value{}, false
	}
	i, ok := s.s.form.byCode[code]
	if !ok {
		return Value{}, false
	}
	return s.s.value(s.s.form.fields[i])
}

// Values returns the values kept, by field code.
func (s Submission) Values() map[string]Value {
	if s.s == nil {
		return nil
	}
	out := map[string]Value{}
	for _, fi := range s.s.form.fields {
		if v, ok := s.s.value(fi); ok {
			out[fi.Code] = v
		}
	}
	return out
}

// Problems returns the values that were left out and the required fields not
// given, in the form's order, fields the form does not have last.
func (s Submission) Problems() []Problem {
	if s.s == nil {
		return nil
	}
	return slices.Clone(s.s.problems)
}

// Err returns the problems joined as one error, or nil when there are none.
func (s Submission) Err() error {
	if s.s == nil || len(s.s.problems) == 0 {
		return nil
	}
	errs := make([]error, len(s.s.problems))
	for i, p := range s.s.problems {
		errs[i] = p
	}
	return errors.Join(errs...)
}

// Equal reports whether s and t hold the same report: form, unit, period,
// time received, revision, number, text and values. Problems are not
// compared: they say how the values were read, not what they are.
func (s Submission) Equal(t Submission) bool {
	if s.s == nil || t.s == nil {
		return s.s == t.s
	}
	a, b := s.s, t.s
	return a.form.Code() == b.form.Code() && a.key == b.key && a.received.Equal(b.received) &&
		a.revision == b.revision && a.number == b.number && a.text == b.text &&
		slices.Equal(a.vals, b.vals) && slices.Equal(a.present, b.present) && slices.Equal(a.texts, b.texts)
}

// String returns the key and revision: "thai-nguyen-2017-weekly so-noi-vu
// Tuần 31/2017 #1".
func (s Submission) String() string {
	if s.s == nil {
		return ""
	}
	return fmt.Sprintf("%s #%d", s.s.key, s.s.revision)
}
