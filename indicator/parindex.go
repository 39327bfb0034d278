package indicator

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Methodology is one PAR INDEX methodology (Chỉ số cải cách hành chính): a
// tree of areas (lĩnh vực), criteria (tiêu chí) and sub-criteria (tiêu chí
// thành phần) with maximum points, the years it applies to, and the
// thresholds of the rank groups. It is data: LoadMethodology reads it from
// JSON, and each call of Methodologies returns fresh copies, so changing one
// affects no one else.
type Methodology struct {
	Year     int             `json:"year"`                // first index year it applies to
	LastYear int             `json:"last_year,omitempty"` // last index year, 0 while current
	Decision string          `json:"decision"`            // "2948/QĐ-BNV"
	Title    string          `json:"title"`
	Note     string          `json:"note,omitempty"`
	Max      decimal.Decimal `json:"max"` // the total, 100 for the provincial index
	Areas    []Criterion     `json:"areas"`
	Groups   Grouping        `json:"groups"`
}

// Criterion is a node of a methodology's tree. Code is "1" for an area,
// "1.1" for a criterion, "1.1.1" for a sub-criterion; the points of a
// node's children sum to its Max.
type Criterion struct {
	Code     string          `json:"code"`
	Name     string          `json:"name"`
	Max      decimal.Decimal `json:"max"`
	Criteria []Criterion     `json:"criteria,omitempty"`
}

// Grouping holds the thresholds that place provinces in rank groups, and
// whether they were checked against the ministry's publication.
type Grouping struct {
	Verified   bool             `json:"verified"`
	Source     string           `json:"source"`
	Thresholds []GroupThreshold `json:"thresholds"` // best group first
}

// GroupThreshold places a province in group Name when its index, in
// percent, is at least Min (and it reaches no better group).
type GroupThreshold struct {
	Name string          `json:"name"`
	Min  decimal.Decimal `json:"min"`
}

//go:embed data/*.json
var methodologyFiles embed.FS

// Methodologies returns the built-in methodologies, oldest first: the 2017
// methodology of QĐ 2948/QĐ-BNV.
func Methodologies() ([]*Methodology, error) {
	entries, err := methodologyFiles.ReadDir("data")
	if err != nil {
		return nil, err
	}
	var ms []*Methodology
	for _, e := range entries {
		b, err := methodologyFiles.ReadFile(path.Join("data", e.Name()))
		if err != nil {
			return nil, err
		}
		m, err := LoadMethodology(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		ms = append(ms, m)
	}
	slices.SortFunc(ms, func(a, b *Methodology) int { return a.Year - b.Year })
	return ms, nil
}

// MethodologyFor returns the built-in methodology for the index of year.
func MethodologyFor(year int) (*Methodology, error) {
	ms, err := Methodologies()
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		if m.Covers(year) {
			return m, nil
		}
	}
	return nil, &ValueError{What: "index year", Input: strconv.Itoa(year), Err: ErrNoMethodology}
}

// LoadMethodology reads a methodology from JSON in the format of the
// built-in ones and checks it. Every problem is reported at once in a
// *ProblemsError: criteria whose children do not sum to them, duplicate or
// malformed codes, thresholds out of order.
func LoadMethodology(r io.Reader) (*Methodology, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var m Methodology
	if err := dec.Decode(&m); err != nil {
		return nil, &ParseError{What: "methodology", Input: "JSON", Reason: err.Error()}
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return &m, nil
}

// Covers reports whether m applies to the index of year.
func (m *Methodology) Covers(year int) bool {
	return year >= m.Year && (m.LastYear == 0 || year <= m.LastYear)
}

var codePattern = regexp.MustCompile(`^[1-9][0-9]*(\.[1-9][0-9]*)*$`)

// Validate checks m and reports every problem at once in a *ProblemsError.
func (m *Methodology) Validate() error {
	var errs []error
	bad := func(code, detail string, err error) {
		errs = append(errs, &CriterionError{Code: code, Detail: detail, Err: err})
	}
	if m.Year <= 0 || (m.LastYear != 0 && m.LastYear < m.Year) {
		bad("", fmt.Sprintf("years %d-%d", m.Year, m.LastYear), ErrBadMethodology)
	}
	if m.Decision == "" {
		bad("", "no decision number", ErrBadMethodology)
	}
	if len(m.Areas) == 0 {
		bad("", "no areas", ErrBadMethodology)
	}
	seen := map[string]bool{}
	var walk func(parent string, cs []Criterion)
	walk = func(parent string, cs []Criterion) {
		for _, c := range cs {
			switch {
			case !codePattern.MatchString(c.Code):
				bad(c.Code, "codes read 1, 1.1, 1.1.1", ErrBadCode)
			case parent == "" && strings.Contains(c.Code, "."), parent != "" && !childCode(parent, c.Code):
				bad(c.Code, "not a child code of "+strconv.Quote(parent), ErrBadCode)
			case seen[c.Code]:
				bad(c.Code, "", ErrDuplicateCode)
			}
			seen[c.Code] = true
			if c.Name == "" {
				bad(c.Code, "no name", ErrBadMethodology)
			}
			if c.Max.Sign() <= 0 {
				bad(c.Code, "maximum "+StylePlain.Number(c.Max), ErrBadMethodology)
			}
			if len(c.Criteria) > 0 {
				if sum := sumMax(c.Criteria); !sum.Equal(c.Max) {
					bad(c.Code, fmt.Sprintf("children sum to %s, maximum %s", StylePlain.Number(sum), StylePlain.Number(c.Max)), ErrSum)
				}
				walk(c.Code, c.Criteria)
			}
		}
	}
	walk("", m.Areas)
	if sum := sumMax(m.Areas); len(m.Areas) > 0 && !sum.Equal(m.Max) {
		bad("", fmt.Sprintf("areas sum to %s, total %s", StylePlain.Number(sum), StylePlain.Number(m.Max)), ErrSum)
	}
	names := map[string]bool{}
	for i, g := range m.Groups.Thresholds {
		switch {
		case g.Name == "" || names[g.Name]:
			bad("", fmt.Sprintf("group %q: missing or repeated name", g.Name), ErrBadMethodology)
		case g.Min.Sign() < 0 || g.Min.GreaterThan(hundred):
			bad("", fmt.Sprintf("group %s: threshold %s%% outside 0-100", g.Name, StylePlain.Number(g.Min)), ErrBadMethodology)
		case i > 0 && !g.Min.LessThan(m.Groups.Thresholds[i-1].Min):
			bad("", fmt.Sprintf("group %s: thresholds must fall from the best group down", g.Name), ErrBadMethodology)
		}
		names[g.Name] = true
	}
	return problems("methodology "+m.Decision, errs)
}

// childCode reports whether code is a direct child of parent: "1.2" of "1".
func childCode(parent, code string) bool {
	rest, ok := strings.CutPrefix(code, parent+".")
	return ok && !strings.Contains(rest, ".")
}

func sumMax(cs []Criterion) decimal.Decimal {
	sum := decimal.Zero
	for _, c := range cs {
		sum = sum.Add(c.Max)
	}
	return sum
}

// Criterion returns the criterion with code, at any depth.
func (m *Methodology) Criterion(code string) (Criterion, bool) {
	var found *Criterion
	m.each(func(c *Criterion) {
		if c.Code == code {
			found = c
		}
	})
	if found == nil {
		return Criterion{}, false
	}
	return *found, true
}

// Leaves returns the criteria that points are given for, in document order.
func (m *Methodology) Leaves() []Criterion {
	var ls []Criterion
	m.each(func(c *Criterion) {
		if len(c.Criteria) == 0 {
			ls = append(ls, *c)
		}
	})
	return ls
}

// each calls f on every criterion, parents before children.
func (m *Methodology) each(f func(*Criterion)) {
	var walk func(cs []Criterion)
	walk = func(cs []Criterion) {
		for i := range cs {
			f(&cs[i])
			walk(cs[i].Criteria)
		}
	}
	walk(m.Areas)
}

// GroupOf returns the group of an index of percent, and false when m has
// no thresholds or percent reaches none of them.
func (m *Methodology) GroupOf(percent decimal.Decimal) (string, bool) {
	for _, g := range m.Groups.Thresholds {
		if percent.GreaterThanOrEqual(g.Min) {
			return g.Name, true
		}
	}
	return "", false
}
