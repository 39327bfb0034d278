package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/internal/jsonread"
)

// The submission file format is documented in FORMAT.md: one JSON object per
// report, values keyed by field code, a count as a number, a ratio as
// [numerator, denominator], an amount as a number and a text as a string.

// SubmissionFormat and SubmissionVersion identify the submission file format.
const (
	SubmissionFormat  = "cchc-submission"
	SubmissionVersion = 1
)

// rawValue is a value as the file writes it, before the form says its type.
type rawValue struct {
	kind string   // "number", "pair", "string", or the JSON kind of any other shape
	text []string // the number, the two numbers, or the string
}

// ReadSubmission reads a submission file (FORMAT.md), looking its form up
// among forms by code (BuiltinForms when none are given). Reading is strict:
// malformed JSON, an unknown or repeated field, a wrong format or version,
// an unknown form (*UnknownFormError), an unreadable period or time, and
// every error NewSubmission returns are a *DecodeError with the line and
// column of the input at fault, wrapping the typed error; so is a revision
// given as 0, since revisions start at 1. Values of the wrong shape are
// Problems of the submission, like every other bad value: the valid ones
// are kept, and each Problem has the line and column of its value.
func ReadSubmission(r io.Reader, forms ...*Form) (Submission, error) {
	data, err := readLimited(r, "submission")
	if err != nil {
		return Submission{}, err
	}
	if len(forms) == 0 {
		forms = BuiltinForms()
	}
	return parseSubmission(data, "submission", forms, nil)
}

// parseSubmission reads a submission file with forms; check, if not nil,
// checks the submission further (a Collector's registry), its error placed
// like those of NewSubmission.
func parseSubmission(data []byte, name string, forms []*Form, check func(Submission) error) (Submission, error) {
	d := newDecoder(data, name)
	var (
		format, formCode, unit, period, received string
		version                                  int
		spec                                     SubmissionSpec
		raw                                      = map[string]rawValue{}
		order                                    []string
		at                                       = map[string]int{}
		valueAt                                  = map[string]int{} // by field code
	)
	start := d.r.Offset()
	err := d.r.Object(func(key []byte, off int) error {
		k := string(key)
		at[k] = d.r.Offset()
		switch k {
		case "format":
			return d.str(&format)()
		case "version":
			return d.integer(&version)()
		case "form":
			return d.str(&formCode)()
		case "unit":
			return d.str(&unit)()
		case "period":
			return d.str(&period)()
		case "received":
			return d.str(&received)()
		case "revision":
			return d.integer(&spec.Revision)()
		case "number":
			return d.str(&spec.Number)()
		case "text":
			return d.str(&spec.Text)()
		case "values":
			return d.r.Object(func(code []byte, off int) error {
				c := string(code)
				if _, dup := raw[c]; dup {
					return d.r.Errorf(off, "duplicate key %q", code)
				}
				valueAt[c] = d.r.Offset()
				v, err := d.rawValue()
				raw[c] = v
				order = append(order, c)
				return err
			})
		}
		return d.r.Errorf(off, "unknown field %q in submission", key)
	})
	if err == nil {
		err = d.r.End()
	}
	if err == nil {
		err = d.header(format, version, SubmissionFormat, SubmissionVersion, start)
	}
	if err != nil {
		return Submission{}, d.fail(err)
	}
	// place wraps err as a *DecodeError at the value of key.
	place := func(key string, err error) error {
		off, ok := at[key]
		if !ok {
			off = start
		}
		line, col := jsonread.Position(data, off)
		return &DecodeError{File: name, Line: line, Col: col, Msg: unprefixed(err), Err: err}
	}
	// placeTyped places an error of NewSubmission or of check at the value
	// it is about.
	placeTyped := func(err error) error {
		key := "form"
		var ue *UnitError
		var pe *PeriodError
		var re *ReceivedError
		var ve *RevisionError
		switch {
		case errors.As(err, &ue):
			key = "unit"
		case errors.As(err, &pe):
			key = "period"
		case errors.As(err, &re):
			key = "received"
		case errors.As(err, &ve):
			key = "revision"
		}
		return place(key, err)
	}
	var f *Form
	for _, g := range forms {
		if g != nil && g.Code() == formCode {
			f = g
			break
		}
	}
	if f == nil {
		return Submission{}, place("form", &UnknownFormError{Code: formCode})
	}
	spec.Unit = agency.ID(unit)
	if spec.Period, err = calendar.ParsePeriod(period); err != nil {
		return Submission{}, place("period", err)
	}
	if spec.Received, err = time.Parse(time.RFC3339, received); err != nil {
		return Submission{}, place("received", fmt.Errorf("report: time received %q: want RFC 3339, as 2017-08-04T09:30:00+07:00", received))
	}
	spec.Values = map[string]Value{}
	var shape []Problem
	for _, code := range order {
		v, ok := raw[code].typed(f, code)
		if !ok {
			shape = append(shape, Problem{Field: code, Kind: ProblemWrongType, Value: strings.Join(raw[code].text, "/")})
			continue
		}
		spec.Values[code] = v
	}
	s, err := newSubmission(f, spec, shape)
	if err != nil {
		return Submission{}, placeTyped(err)
	}
	// NewSubmission takes a revision of 0 for 1, as the zero value of
	// SubmissionSpec; a file that writes 0 means no revision there is.
	if _, given := at["revision"]; given && spec.Revision == 0 {
		return Submission{}, placeTyped(&RevisionError{Key: s.key, Revision: 0})
	}
	if check != nil {
		if err := check(Submission{s}); err != nil {
			return Submission{}, placeTyped(err)
		}
	}
	// A value left out is placed at the value; a required field not given
	// at the values, or at the submission when it has none.
	for i, p := range s.problems {
		off, ok := valueAt[p.Field]
		if !ok {
			if off, ok = at["values"]; !ok {
				off = start
			}
		}
		s.problems[i].Line, s.problems[i].Col = jsonread.Position(data, off)
	}
	return Submission{s}, nil
}

// rawValue reads one value of the values object, whatever its shape.
func (d *decoder) rawValue() (rawValue, error) {
	switch kind := d.r.Kind(); kind {
	case "number":
		n, err := d.r.Number()
		return rawValue{kind: kind, text: []string{n}}, err
	case "string":
		s, err := d.r.String()
		return rawValue{kind: kind, text: []string{s}}, err
	case "array":
		v := rawValue{kind: "pair"}
		err := d.r.Array(func(i int) error {
			if d.r.Kind() != "number" {
				v.kind = "array"
				return d.skip()
			}
			n, err := d.r.Number()
			v.text = append(v.text, n)
			return err
		})
		if len(v.text) != 2 {
			v.kind = "array"
		}
		return v, err
	default:
		return rawValue{kind: kind, text: []string{kind}}, d.skip()
	}
}

// skip reads and discards one value of any shape.
func (d *decoder) skip() error {
	switch d.r.Kind() {
	case "object":
		return d.r.Object(func([]byte, int) error { return d.skip() })
	case "array":
		return d.r.Array(func(int) error { return d.skip() })
	case "string":
		_, err := d.r.String()
		return err
	case "number":
		_, err := d.r.Number()
		return err
	case "bool":
		_, err := d.r.Bool()
		return err
	case "null":
		if d.r.Null() {
			return nil
		}
	}
	_, err := d.r.String() // fails with the reader's message for what is there
	return err
}

// typed reads v as a value of the field code of f: false when its shape does
// not fit the field's type. A code the form lacks is typed by its shape, so
// that NewSubmission reports it as unknown.
func (v rawValue) typed(f *Form, code string) (Value, bool) {
	t := TypeUnspecified
	if fd, ok := f.Field(code); ok {
		t = fd.Type
	} else {
		switch v.kind {
		case "number":
			t = TypeAmount
		case "pair":
			t = TypeRatio
		case "string":
			t = TypeText
		}
	}
	switch {
	case t == TypeText && v.kind == "string":
		return Text(v.text[0]), true
	case t == TypeCount && v.kind == "number":
		n, err := strconv.ParseInt(v.text[0], 10, 64)
		return Count(n), err == nil
	case t == TypeRatio && v.kind == "pair":
		n, err1 := strconv.ParseInt(v.text[0], 10, 64)
		m, err2 := strconv.ParseInt(v.text[1], 10, 64)
		return Ratio(n, m), err1 == nil && err2 == nil
	case t == TypeAmount && v.kind == "number":
		a, err := decimal.NewFromString(v.text[0])
		return Amount(a), err == nil && a.Exponent() > -1000 && a.Exponent() < 1000
	}
	return Value{}, false
}

type fileSubmission struct {
	Format   string                     `json:"format"`
	Version  int                        `json:"version"`
	Form     string                     `json:"form"`
	Unit     agency.ID                  `json:"unit"`
	Period   string                     `json:"period"`
	Received string                     `json:"received"`
	Revision int                        `json:"revision"`
	Number   string                     `json:"number,omitempty"`
	Values   map[string]json.RawMessage `json:"values"`
	Text     string                     `json:"text,omitempty"`
}

// MarshalJSON writes the submission in the submission file format, with the
// values it kept; ReadSubmission reads it back to an equal submission.
func (s Submission) MarshalJSON() ([]byte, error) {
	if s.s == nil {
		return []byte("null"), nil
	}
	fs := fileSubmission{
		Format: SubmissionFormat, Version: SubmissionVersion,
		Form: s.s.key.Form, Unit: s.s.key.Unit, Period: s.s.key.Period.String(),
		Received: s.s.received.Format(time.RFC3339Nano), Revision: s.s.revision,
		Number: s.s.number, Text: s.s.text, Values: map[string]json.RawMessage{},
	}
	for _, fi := range s.s.form.fields {
		v, ok := s.s.value(fi)
		if !ok {
			continue
		}
		var raw []byte
		var err error
		switch v.typ {
		case TypeCount:
			raw = strconv.AppendInt(nil, v.n, 10)
		case TypeRatio:
			raw = fmt.Appendf(nil, "[%d, %d]", v.n, v.d)
		case TypeAmount:
			raw = []byte(v.amt.String())
		case TypeText:
			raw, err = marshalString(v.text)
		}
		if err != nil {
			return nil, err
		}
		fs.Values[fi.Code] = raw
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(fs); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func marshalString(s string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}
