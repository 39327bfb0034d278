package report

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"math/bits"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/internal/jsonread"
	"github.com/openpar/cchc/plan"
)

// The form file format is documented in forms/FORMAT.md. A file holds one
// form; a file whose kind lists several frequencies holds one form per
// frequency, with the same sections, as a national outline serves the
// quarterly, six-month and annual reports alike.

// FormFormat and FormVersion identify the form file format.
const (
	FormFormat  = "cchc-form"
	FormVersion = 1
)

type fileField struct {
	Code        string `json:"code"`
	Ref         string `json:"ref,omitempty"`
	Type        string `json:"type"`
	Label       string `json:"label"`
	English     string `json:"english,omitempty"`
	Numerator   string `json:"numerator,omitempty"`
	Denominator string `json:"denominator,omitempty"`
	Unit        string `json:"unit,omitempty"`
	Decimals    int    `json:"decimals,omitempty"`
	Required    bool   `json:"required,omitempty"`
	Within      string `json:"within,omitempty"`
}

type fileSection struct {
	Number  string      `json:"number,omitempty"`
	Area    string      `json:"area"`
	Title   string      `json:"title"`
	English string      `json:"english,omitempty"`
	Fields  []fileField `json:"fields"`
}

type fileMeasure struct {
	Objective string `json:"objective"`
	Target    int    `json:"target"`
	Field     string `json:"field"`
}

type fileForm struct {
	Format     string        `json:"format"`
	Version    int           `json:"version"`
	Code       string        `json:"code"`
	Revision   int           `json:"revision,omitempty"`
	Kind       string        `json:"kind"`
	Title      string        `json:"title"`
	English    string        `json:"english,omitempty"`
	Source     string        `json:"source,omitempty"`
	Sections   []fileSection `json:"sections"`
	Recipients []string      `json:"recipients,omitempty"`
	Signature  string        `json:"signature,omitempty"`
	Notes      []string      `json:"notes,omitempty"`
	Measures   []fileMeasure `json:"measures,omitempty"`
	Comment    string        `json:"comment,omitempty"`
}

// ReadForms reads a form file: one form, or one per frequency when the
// file's kind lists several ("quarterly+half-yearly+yearly"), each coded
// with its frequency after the file's code ("binh-phuoc-2018-quarterly").
// Reading is strict: malformed JSON, an unknown or repeated field, a wrong
// type, format or version, an unknown area, type or kind, a revision below
// 1 is a *DecodeError with the line and column; a form that reads but is
// not whole (a field without a label, two fields with one code) is reported
// by NewForm's *FormError values. The forms remember where their measures
// stand in the file, so that CheckPlan can place them.
func ReadForms(r io.Reader) ([]*Form, error) {
	data, err := readLimited(r, "form")
	if err != nil {
		return nil, err
	}
	return parseForms(data, "form")
}

func parseForms(data []byte, name string) ([]*Form, error) {
	d := newDecoder(data, name)
	var f fileForm
	var spec FormSpec
	var kinds calendar.Frequency
	var measureAt [][2]int // offsets of each measure's objective and target
	start := d.r.Offset()
	err := d.object("form", map[string]func() error{
		"format":  d.str(&f.Format),
		"version": d.integer(&f.Version),
		"code":    d.str(&spec.Code),
		"revision": func() error {
			// 0 in a FormSpec means 1; in a file it is a revision that
			// cannot be.
			at := d.r.Offset()
			if err := d.integer(&spec.Revision)(); err != nil {
				return err
			}
			if spec.Revision < 1 {
				return d.r.Errorf(at, "revision %d: revisions start at 1", spec.Revision)
			}
			return nil
		},
		"kind": d.text(func(s string) (err error) {
			kinds, err = calendar.ParseFrequency(s)
			return err
		}),
		"title":      d.str(&spec.Title),
		"english":    d.str(&spec.English),
		"source":     d.str(&spec.Source),
		"recipients": d.strs(&spec.Recipients),
		"signature":  d.str(&spec.Signature),
		"notes":      d.strs(&spec.Notes),
		"comment":    d.str(&f.Comment),
		"sections": func() error {
			return d.r.Array(func(int) error {
				spec.Sections = append(spec.Sections, Section{})
				return d.section(&spec.Sections[len(spec.Sections)-1])
			})
		},
		"measures": func() error {
			return d.r.Array(func(int) error {
				spec.Measures = append(spec.Measures, Measure{})
				m := &spec.Measures[len(spec.Measures)-1]
				measureAt = append(measureAt, [2]int{start, start})
				at := &measureAt[len(measureAt)-1]
				return d.object("measure", map[string]func() error{
					"objective": func() error { at[0] = d.r.Offset(); return d.str(&m.Objective)() },
					"target":    func() error { at[1] = d.r.Offset(); return d.integer(&m.Target)() },
					"field":     d.str(&m.Field),
				})
			})
		},
	})
	if err == nil {
		err = d.r.End()
	}
	if err == nil {
		err = d.header(f.Format, f.Version, FormFormat, FormVersion, start)
	}
	if err != nil {
		return nil, d.fail(err)
	}
	if kinds == 0 {
		return nil, &DecodeError{File: name, Line: 1, Col: 1, Msg: "no kind"}
	}
	places := make([]measurePlace, len(measureAt))
	for i, at := range measureAt {
		places[i].objective[0], places[i].objective[1] = jsonread.Position(data, at[0])
		places[i].target[0], places[i].target[1] = jsonread.Position(data, at[1])
	}
	var forms []*Form
	code := spec.Code
	for rest := kinds; rest != 0; rest &= rest - 1 {
		spec.Kind = calendar.Frequency(1) << bits.TrailingZeros8(uint8(rest))
		if kinds != spec.Kind {
			spec.Code = code + "-" + spec.Kind.String()
		}
		form, err := NewForm(spec)
		if err != nil {
			return nil, err
		}
		form.file, form.measureAt = name, places
		forms = append(forms, form)
	}
	return forms, nil
}

func (d *decoder) section(s *Section) error {
	return d.object("section", map[string]func() error{
		"number": d.str(&s.Number),
		"area": d.text(func(v string) (err error) {
			s.Area, err = plan.ParseArea(v)
			return err
		}),
		"title":   d.str(&s.Title),
		"english": d.str(&s.English),
		"fields": func() error {
			return d.r.Array(func(int) error {
				s.Fields = append(s.Fields, Field{})
				return d.field(&s.Fields[len(s.Fields)-1])
			})
		},
	})
}

func (d *decoder) field(f *Field) error {
	return d.object("field", map[string]func() error{
		"code": d.str(&f.Code),
		"ref":  d.str(&f.Ref),
		"type": d.text(func(v string) (err error) {
			f.Type, err = ParseType(v)
			return err
		}),
		"label":       d.str(&f.Label),
		"english":     d.str(&f.English),
		"numerator":   d.str(&f.Numerator),
		"denominator": d.str(&f.Denominator),
		"unit":        d.str(&f.Unit),
		"decimals":    d.integer(&f.Decimals),
		"required":    d.boolean(&f.Required),
		"within":      d.str(&f.Within),
	})
}

// MarshalJSON writes the form in the form file format, which ReadForms reads
// back to an equal form.
func (f *Form) MarshalJSON() ([]byte, error) {
	ff := fileForm{
		Format: FormFormat, Version: FormVersion,
		Code: f.spec.Code, Revision: f.spec.Revision, Kind: f.spec.Kind.String(),
		Title: f.spec.Title, English: f.spec.English, Source: f.spec.Source,
		Recipients: f.spec.Recipients, Signature: f.spec.Signature, Notes: f.spec.Notes,
	}
	for _, s := range f.spec.Sections {
		fs := fileSection{Number: s.Number, Area: s.Area.String(), Title: s.Title, English: s.English, Fields: []fileField{}}
		for _, fd := range s.Fields {
			fs.Fields = append(fs.Fields, fileField{
				Code: fd.Code, Ref: fd.Ref, Type: fd.Type.String(), Label: fd.Label, English: fd.English,
				Numerator: fd.Numerator, Denominator: fd.Denominator, Unit: fd.Unit,
				Decimals: fd.Decimals, Required: fd.Required, Within: fd.Within,
			})
		}
		ff.Sections = append(ff.Sections, fs)
	}
	for _, m := range f.spec.Measures {
		ff.Measures = append(ff.Measures, fileMeasure(m))
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(ff); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

//go:embed forms/*.json
var formFiles embed.FS

// builtinForms reads the shipped forms once; they are immutable, so every
// caller shares them.
var builtinForms = sync.OnceValues(func() ([]*Form, error) {
	names, err := formFiles.ReadDir("forms")
	if err != nil {
		return nil, err
	}
	var all []*Form
	for _, e := range names {
		name := path.Join("forms", e.Name())
		data, err := formFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		forms, err := parseForms(data, name)
		if err != nil {
			return nil, err
		}
		all = append(all, forms...)
	}
	slices.SortFunc(all, func(a, b *Form) int { return strings.Compare(a.Code(), b.Code()) })
	return all, nil
})

// BuiltinForms returns the forms shipped with the package, by code:
//
//	thai-nguyen-2017-weekly       Thái Nguyên 2017, Phụ lục 2: weekly report
//	thai-nguyen-2017-monthly      Thái Nguyên 2017, the monthly report template
//	binh-phuoc-2018-quarterly     the periodic report Bình Phước 2018 asks for
//	binh-phuoc-2018-half-yearly   on the outline of the national rule, for a
//	binh-phuoc-2018-yearly        quarter, six months and a year
//
// The forms are shared and immutable.
func BuiltinForms() []*Form {
	all, err := builtinForms()
	if err != nil {
		// The shipped files are checked by the package's tests: only a
		// binary built from broken data gets here, and BuiltinForm
		// reports why.
		return nil
	}
	return slices.Clone(all)
}

// UnknownFormError reports a form code that no form of the set has.
type UnknownFormError struct {
	Code string
}

func (e *UnknownFormError) Error() string { return fmt.Sprintf("report: unknown form %q", e.Code) }

// BuiltinForm returns the shipped form with the given code, or an
// *UnknownFormError.
func BuiltinForm(code string) (*Form, error) {
	all, err := builtinForms()
	if err != nil {
		return nil, err
	}
	for _, f := range all {
		if f.Code() == code {
			return f, nil
		}
	}
	return nil, &UnknownFormError{Code: code}
}
