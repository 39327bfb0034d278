package report

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/plan"
)

// Field is one line of a form that takes a figure: a count, a
// numerator/denominator pair, an amount or a text.
type Field struct {
	// Code names the field in data and code: lower-case ASCII words joined
	// by hyphens ("dossiers-received"). The same quantity has the same code
	// in every form, so that weekly and monthly figures line up.
	Code string
	// Ref is the line of the template the field comes from ("M.II.7.b"),
	// for tracing it back to the document; it may be empty.
	Ref  string
	Type Type
	// Label is the line as the form prints it, in Vietnamese; English is
	// its translation.
	Label, English string
	// Numerator and Denominator name the two parts of a ratio in
	// Vietnamese ("Số văn bản đi được phát hành dưới dạng điện tử", "Tổng
	// số văn bản đi").
	Numerator, Denominator string
	// Unit is what a count or amount counts ("hồ sơ", "triệu đồng").
	Unit string
	// Decimals is the number of decimal places an amount keeps (0 to 6).
	Decimals int
	// Required fields must be given in every submission.
	Required bool
	// Within names a count this field can never exceed: dossiers resolved
	// are within dossiers received.
	Within string
}

// Section is a part of a form: a reform area of the plans or one of their
// extra sections (direction, one-stop shop, assessment), with its fields in
// the form's order.
type Section struct {
	Number  string    // as the template numbers it: "II.7"
	Area    plan.Area // the area of the plans it reports on; AreaOther for an assessment
	Title   string    // Vietnamese, as printed
	English string
	Fields  []Field
}

// Measure says that a field of a form measures a target of a plan's
// objective: the share of procedures handled by the one-stop shop measures
// "Phấn đấu 100% các TTHC ... được thực hiện theo cơ chế một cửa". Progress
// evaluates the target against the field's rolled-up figure.
type Measure struct {
	Objective string // the objective's number as the plan writes it ("II.2.e")
	Target    int    // the target's place among the objective's targets, from 1
	Field     string // the code of the field that measures it
}

// FormSpec is what a Form is made of.
type FormSpec struct {
	Code     string             // "thai-nguyen-2017-monthly"
	Revision int                // the form's own revision; 0 means 1
	Kind     calendar.Frequency // exactly one of Weekly, Monthly, Quarterly, HalfYearly, Yearly, AdHoc
	Title    string             // what the report is about, without its period: "Công tác cải cách hành chính"
	English  string
	Source   string // the document the form comes from
	Sections []Section
	// Recipients are the lines of "Nơi nhận" the template prints ("Sở Nội
	// vụ", "Lưu: VT").
	Recipients []string
	// Signature is the signature line the template prints ("Lãnh đạo cơ
	// quan, đơn vị").
	Signature string
	// Notes are the rules printed under the form, verbatim.
	Notes []string
	// Measures link fields to the targets of the plan the form was made
	// for.
	Measures []Measure
}

// Form describes a report: its kind, its sections in order and their fields.
// A Form is immutable and safe for concurrent use; build one with NewForm,
// read one with ReadForms, or take a shipped one with BuiltinForm.
type Form struct {
	spec   FormSpec
	fields []fieldInfo    // every field, in form order
	byCode map[string]int // index into fields
	slots  int            // int64 values a submission of this form holds
	nums   int            // numeric fields
	within [][2]int       // (field, bound) pairs of fields checked against a count

	// Where ReadForms read the form: the file, and the places of each
	// measure's objective and target, for errors a plan reveals later.
	file      string
	measureAt []measurePlace
}

// measurePlace is where a measure's objective and target stand in a form
// file, as line and column.
type measurePlace struct {
	objective, target [2]int
}

// fieldInfo is a field with where its figures sit in a submission.
type fieldInfo struct {
	Field
	section int
	slot    int // first int64 slot; -1 for text
	num     int // index among numeric fields; -1 for text
	text    int // index among text fields; -1 for numeric
}

// Kinds a form can have: one regular frequency, or ad hoc.
const formKinds = calendar.Weekly | calendar.Monthly | calendar.Quarterly | calendar.HalfYearly | calendar.Yearly | calendar.AdHoc

// FormError reports a form that cannot be built: Field names the field at
// fault, "" for the form as a whole.
type FormError struct {
	Form   string
	Field  string
	Reason string
}

func (e *FormError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("report: form %q: %s", e.Form, e.Reason)
	}
	return fmt.Sprintf("report: form %q: field %q: %s", e.Form, e.Field, e.Reason)
}

// NewForm builds a form from its spec, checking it: a well-formed code,
// one kind, a title, sections with an area and a title, fields with unique
// well-formed codes, a type and a label, decimals only on amounts, and
// Within naming another count of the form, without a cycle (received within
// resolved within received). Every problem is reported at once, joined,
// each a *FormError.
func NewForm(s FormSpec) (*Form, error) {
	f := &Form{spec: cloneSpec(s), byCode: map[string]int{}}
	if f.spec.Revision == 0 {
		f.spec.Revision = 1
	}
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, &FormError{Form: s.Code, Field: field, Reason: fmt.Sprintf(format, args...)})
	}
	if !isCode(s.Code) {
		bad("", "code must be lower-case ASCII words joined by hyphens")
	}
	if f.spec.Revision < 0 {
		bad("", "revision %d: revisions start at 1", s.Revision)
	}
	if s.Kind == 0 || s.Kind&^formKinds != 0 || s.Kind&(s.Kind-1) != 0 {
		bad("", "kind %q: want one of weekly, monthly, quarterly, half-yearly, yearly, ad-hoc", s.Kind)
	}
	if s.Title == "" {
		bad("", "no title")
	}
	if len(s.Sections) == 0 {
		bad("", "no section")
	}
	texts := 0
	for si, sec := range f.spec.Sections {
		if sec.Title == "" {
			bad("", "section %d has no title", si+1)
		}
		if sec.Area == plan.AreaUnspecified || sec.Area.Vietnamese() == "" {
			bad("", "section %d (%q) has no known area", si+1, sec.Title)
		}
		for _, fd := range sec.Fields {
			fi := fieldInfo{Field: fd, section: si, slot: -1, num: -1, text: -1}
			switch {
			case !isCode(fd.Code):
				bad(fd.Code, "code must be lower-case ASCII words joined by hyphens")
			case f.has(fd.Code):
				bad(fd.Code, "given twice")
			}
			if fd.Label == "" {
				bad(fd.Code, "no label")
			}
			switch fd.Type {
			case TypeCount, TypeRatio, TypeAmount:
				fi.slot, fi.num = f.slots, f.nums
				f.slots += fd.Type.slots()
				f.nums++
			case TypeText:
				fi.text = texts
				texts++
			default:
				bad(fd.Code, "no type: want count, ratio, amount or text")
			}
			if fd.Decimals != 0 && (fd.Type != TypeAmount || fd.Decimals < 0 || fd.Decimals > maxDecimals) {
				bad(fd.Code, "decimals %d: only an amount keeps decimals, 0 to %d", fd.Decimals, maxDecimals)
			}
			if fd.Type != TypeRatio && (fd.Numerator != "" || fd.Denominator != "") {
				bad(fd.Code, "numerator and denominator belong to a ratio")
			}
			if !f.has(fd.Code) {
				f.byCode[fd.Code] = len(f.fields)
			}
			f.fields = append(f.fields, fi)
		}
	}
	for _, m := range f.spec.Measures {
		fi, ok := f.byCode[m.Field]
		switch {
		case !ok || f.fields[fi].num < 0:
			bad(m.Field, "measures objective %s: not a numeric field of the form", m.Objective)
		case m.Objective == "" || m.Target < 1:
			bad(m.Field, "measures target %d of objective %q: want an objective and a target from 1", m.Target, m.Objective)
		}
	}
	for i, fi := range f.fields {
		if fi.Within == "" {
			continue
		}
		j, ok := f.byCode[fi.Within]
		switch {
		case !ok:
			bad(fi.Code, "within %q: no such field", fi.Within)
		case fi.Type != TypeCount || f.fields[j].Type != TypeCount || i == j:
			bad(fi.Code, "within %q: a count can be within another count only", fi.Within)
		default:
			f.within = append(f.within, [2]int{i, j})
		}
	}
	for _, cycle := range withinCycles(len(f.fields), f.within) {
		codes := make([]string, 0, len(cycle)+1)
		for _, i := range append(cycle, cycle[0]) {
			codes = append(codes, fmt.Sprintf("%q", f.fields[i].Code))
		}
		bad(f.fields[cycle[0]].Code, "within forms a cycle: %s", strings.Join(codes, " within "))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return f, nil
}

// withinCycles returns the cycles of within links among n fields, each as
// the fields in the order of the links: counts each within the next could
// only be given all equal, and a submission would lose them as above their
// bound. Each field is within at most one other, so a walk from each field
// finds every cycle once.
func withinCycles(n int, within [][2]int) [][]int {
	next := make([]int, n)
	for i := range next {
		next[i] = -1
	}
	for _, w := range within {
		next[w[0]] = w[1]
	}
	const unseen, walking, done = 0, 1, 2
	state := make([]uint8, n)
	var cycles [][]int
	for i := range n {
		var path []int
		for j := i; j >= 0 && state[j] != done; j = next[j] {
			if state[j] == walking {
				cycles = append(cycles, slices.Clone(path[slices.Index(path, j):]))
				break
			}
			state[j] = walking
			path = append(path, j)
		}
		for _, j := range path {
			state[j] = done
		}
	}
	return cycles
}

// maxDecimals bounds the places an amount keeps, so that its scaled int64
// still holds sums in the hundreds of billions.
const maxDecimals = 6

func (f *Form) has(code string) bool {
	_, ok := f.byCode[code]
	return ok
}

// isCode reports whether s is lower-case ASCII letters and digits in words
// joined by single hyphens.
func isCode(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

func cloneSpec(s FormSpec) FormSpec {
	s.Sections = slices.Clone(s.Sections)
	for i := range s.Sections {
		s.Sections[i].Fields = slices.Clone(s.Sections[i].Fields)
	}
	s.Recipients = slices.Clone(s.Recipients)
	s.Notes = slices.Clone(s.Notes)
	s.Measures = slices.Clone(s.Measures)
	return s
}

// Code returns the form's code ("thai-nguyen-2017-monthly"), "" for a nil
// form.
func (f *Form) Code() string {
	if f == nil {
		return ""
	}
	return f.spec.Code
}

// Revision returns the form's own revision number, from 1.
func (f *Form) Revision() int { return f.spec.Revision }

// Kind returns how often the report is due: one frequency.
func (f *Form) Kind() calendar.Frequency { return f.spec.Kind }

// Title returns what the report is about, without its period: "Công tác
// cải cách hành chính".
func (f *Form) Title() string { return f.spec.Title }

// English returns the title in English.
func (f *Form) English() string { return f.spec.English }

// Source returns the document the form comes from.
func (f *Form) Source() string { return f.spec.Source }

// Recipients returns the "Nơi nhận" lines the template prints.
func (f *Form) Recipients() []string { return slices.Clone(f.spec.Recipients) }

// Signature returns the signature line the template prints.
func (f *Form) Signature() string { return f.spec.Signature }

// Notes returns the rules printed under the form.
func (f *Form) Notes() []string { return slices.Clone(f.spec.Notes) }

// Measures returns the targets of a plan's objectives the form's fields
// measure.
func (f *Form) Measures() []Measure { return slices.Clone(f.spec.Measures) }

// Sections returns a copy of the form's sections, in order.
func (f *Form) Sections() []Section { return cloneSpec(f.spec).Sections }

// Spec returns a copy of what the form is made of, for building a changed
// form with NewForm.
func (f *Form) Spec() FormSpec { return cloneSpec(f.spec) }

// Field returns the field with the given code.
func (f *Form) Field(code string) (Field, bool) {
	i, ok := f.byCode[code]
	if !ok {
		return Field{}, false
	}
	return f.fields[i].Field, true
}

// Fields returns every field of the form, in order.
func (f *Form) Fields() []Field {
	out := make([]Field, len(f.fields))
	for i, fi := range f.fields {
		out[i] = fi.Field
	}
	return out
}

// String returns the form's code.
func (f *Form) String() string { return f.Code() }

// periodKind returns the kind of period the form's reports cover;
// unspecified for an ad hoc form, which may cover any period.
func (f *Form) periodKind() calendar.PeriodKind {
	if k := f.spec.Kind.Periods(); len(k) == 1 {
		return k[0]
	}
	return calendar.PeriodUnspecified
}

// Subject returns what a report of the form on period p is about, the line
// under "BÁO CÁO": "Công tác cải cách hành chính tháng 7/2017", and for a
// week "Công tác cải cách hành chính tuần 31/2017 (từ ngày 31/7 đến ngày
// 06/8/2017)".
func (f *Form) Subject(p calendar.Period) string {
	if p.IsZero() {
		return f.spec.Title
	}
	s := p.String()
	r, n := utf8.DecodeRuneInString(s)
	s = f.spec.Title + " " + string(unicode.ToLower(r)) + s[n:]
	if p.Kind() == calendar.PeriodWeek {
		from, to := p.Start(), p.End()
		s += fmt.Sprintf(" (từ ngày %02d/%s đến ngày %s)", from.Day(), officialMonth(int(from.Month())), officialDate(to))
	}
	return s
}
