package indicator

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

// Criterion is a node of a PAR INDEX methodology: an area (lĩnh vực), a
// criterion (tiêu chí) or a sub-criterion (tiêu chí thành phần), with its
// maximum points. A node's children share out its points exactly.
type Criterion struct {
	Code     string          `json:"code"` // "1", "1.1", "1.1.1"
	Name     string          `json:"name"`
	Max      decimal.Decimal `json:"max"`
	Children []Criterion     `json:"criteria,omitempty"`
}

// GroupThreshold places a province whose index (in percent) is at least Min
// in the group Name; the groups of a methodology are listed best first.
type GroupThreshold struct {
	Name string          `json:"name"`
	Min  decimal.Decimal `json:"min"`
}

// Methodology is one year's PAR INDEX for provinces: the tree of areas,
// criteria and sub-criteria with maximum points summing to 100, and the
// group thresholds, as a Quyết định of the Bộ Nội vụ fixes them. Each year's
// methodology is data (QĐ 2948/QĐ-BNV for 2017, QĐ 1149/QĐ-BNV for 2020, QĐ
// 876/QĐ-BNV for 2022), read with ReadMethodology.
type Methodology struct {
	Format   string           `json:"format"`
	Version  int              `json:"version"`
	Year     int              `json:"year"`
	Decision string           `json:"decision"`
	Title    string           `json:"title"`
	Note     string           `json:"note,omitempty"`
	Areas    []Criterion      `json:"areas"`
	Groups   []GroupThreshold `json:"groups,omitempty"`
}

// CriterionError is a problem with one criterion of a methodology or with
// the points given for it.
type CriterionError struct {
	Code   string
	Reason string
}

func (e *CriterionError) Error() string {
	return fmt.Sprintf("indicator: criterion %q: %s", e.Code, e.Reason)
}

//go:embed data/par-index-2017.json
var parIndex2017 []byte

// Methodology2017 returns the provincial PAR INDEX of 2017 (Quyết định
// 2948/QĐ-BNV): eight areas of 10, 10, 14.5, 11, 16, 7, 16 and 15.5 points.
func Methodology2017() *Methodology {
	m, err := ReadMethodology(bytes.NewReader(parIndex2017))
	if err != nil {
		// The embedded table is part of the program and checked by its
		// tests; a broken one is a build fault, not an input error.
		panic(err)
	}
	return m
}

var total100 = decimal.NewFromInt(100)

// ReadMethodology reads a methodology from its JSON form and checks it,
// reporting every problem at once (joined *CriterionError values): a code
// used twice, a maximum that is not positive, children whose maxima do not
// sum to their parent's, areas that do not sum to 100, groups out of order.
func ReadMethodology(r io.Reader) (*Methodology, error) {
	var m Methodology
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("indicator: reading a methodology: %w", err)
	}
	if m.Format != "cchc-par-index" || m.Version != 1 {
		return nil, fmt.Errorf("indicator: methodology format %q version %d, want \"cchc-par-index\" version 1", m.Format, m.Version)
	}
	var errs []error
	seen := map[string]bool{}
	var check func(c Criterion)
	check = func(c Criterion) {
		if c.Code == "" || seen[c.Code] {
			errs = append(errs, &CriterionError{Code: c.Code, Reason: "empty or used twice"})
		}
		seen[c.Code] = true
		if !c.Max.IsPositive() {
			errs = append(errs, &CriterionError{Code: c.Code, Reason: "maximum must be positive"})
		}
		if len(c.Children) == 0 {
			return
		}
		sum := decimal.Zero
		for _, ch := range c.Children {
			sum = sum.Add(ch.Max)
			check(ch)
		}
		if !sum.Equal(c.Max) {
			errs = append(errs, &CriterionError{Code: c.Code, Reason: fmt.Sprintf("children sum to %s, not %s", sum, c.Max)})
		}
	}
	sum := decimal.Zero
	for _, a := range m.Areas {
		sum = sum.Add(a.Max)
		check(a)
	}
	if !sum.Equal(total100) {
		errs = append(errs, &CriterionError{Code: "", Reason: fmt.Sprintf("areas sum to %s, not 100", sum)})
	}
	for i := 1; i < len(m.Groups); i++ {
		if !m.Groups[i].Min.LessThan(m.Groups[i-1].Min) {
			errs = append(errs, &CriterionError{Code: m.Groups[i].Name, Reason: "groups must be listed best first, with falling minimums"})
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return &m, nil
}

// Leaves returns the codes of the criteria that take points directly.
func (m *Methodology) Leaves() []string {
	var out []string
	var walk func(c Criterion)
	walk = func(c Criterion) {
		if len(c.Children) == 0 {
			out = append(out, c.Code)
		}
		for _, ch := range c.Children {
			walk(ch)
		}
	}
	for _, a := range m.Areas {
		walk(a)
	}
	return out
}

// AreaScore is a province's points in one area.
type AreaScore struct {
	Code, Name string
	Points     decimal.Decimal
	Max        decimal.Decimal
	Percent    decimal.Decimal // Points / Max × 100
}

// Scorecard is a province's PAR INDEX for a year.
type Scorecard struct {
	Province string
	Year     int
	Areas    []AreaScore
	Total    decimal.Decimal // points out of 100, which is also the index in percent
	Group    string          // the group its total falls in, "" when the methodology has none
	Rank     int             // 1 for the best, set by Ranking
}

// Score adds up a province's points, given for each leaf criterion by code.
// Every problem is reported at once (joined *CriterionError values): points
// for an unknown code, negative points, points above the criterion's
// maximum, and a leaf without points; the scorecard counts what was valid.
func (m *Methodology) Score(province string, points map[string]decimal.Decimal) (Scorecard, error) {
	card := Scorecard{Province: province, Year: m.Year}
	var errs []error
	used := map[string]bool{}
	var sum func(c Criterion) decimal.Decimal
	sum = func(c Criterion) decimal.Decimal {
		if len(c.Children) > 0 {
			s := decimal.Zero
			for _, ch := range c.Children {
				s = s.Add(sum(ch))
			}
			return s
		}
		p, ok := points[c.Code]
		used[c.Code] = true
		switch {
		case !ok:
			errs = append(errs, &CriterionError{Code: c.Code, Reason: "no points given"})
			return decimal.Zero
		case p.IsNegative():
			errs = append(errs, &CriterionError{Code: c.Code, Reason: fmt.Sprintf("points %s are negative", p)})
			return decimal.Zero
		case p.GreaterThan(c.Max):
			errs = append(errs, &CriterionError{Code: c.Code, Reason: fmt.Sprintf("points %s exceed the maximum %s", p, c.Max)})
			return decimal.Zero
		}
		return p
	}
	for _, a := range m.Areas {
		p := sum(a)
		card.Areas = append(card.Areas, AreaScore{Code: a.Code, Name: a.Name, Points: p, Max: a.Max,
			Percent: p.Mul(hundred).DivRound(a.Max, 2)})
		card.Total = card.Total.Add(p)
	}
	for _, code := range slices.Sorted(maps.Keys(points)) {
		if !used[code] {
			errs = append(errs, &CriterionError{Code: code, Reason: "no such criterion in the " + fmt.Sprint(m.Year) + " methodology"})
		}
	}
	for _, g := range m.Groups {
		if card.Total.GreaterThanOrEqual(g.Min) {
			card.Group = g.Name
			break
		}
	}
	return card, errors.Join(errs...)
}

// Ranking orders scorecards best first and numbers them; equal totals share a
// rank, and the next rank skips (1, 2, 2, 4), as published rankings do.
func Ranking(cards []Scorecard) []Scorecard {
	out := slices.Clone(cards)
	slices.SortStableFunc(out, func(a, b Scorecard) int {
		if c := b.Total.Cmp(a.Total); c != 0 {
			return c
		}
		return strings.Compare(a.Province, b.Province)
	})
	for i := range out {
		if i > 0 && out[i].Total.Equal(out[i-1].Total) {
			out[i].Rank = out[i-1].Rank
		} else {
			out[i].Rank = i + 1
		}
	}
	return out
}
