package indicator

import (
	"fmt"
	"maps"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Scorecard is a province's PAR INDEX for one year under one methodology.
type Scorecard struct {
	Province string
	Year     int
	Decision string          // the methodology's decision number
	Points   decimal.Decimal // the total
	Max      decimal.Decimal
	Percent  decimal.Decimal // Points/Max in percent, rounded to 2 decimals as published
	// Group is the rank group the methodology's thresholds place the province
	// in, "" when it has none; GroupVerified copies whether those thresholds
	// were checked against the ministry's publication.
	Group         string
	GroupVerified bool
	Areas         []CriterionScore // the areas, in order
	criteria      map[string]CriterionScore
}

// CriterionScore is the points of one criterion of a scorecard.
type CriterionScore struct {
	Code, Name  string
	Points, Max decimal.Decimal
	Percent     decimal.Decimal // Points/Max in percent, rounded to 2 decimals
}

// Criterion returns the score of the criterion with code, at any depth.
func (s Scorecard) Criterion(code string) (CriterionScore, bool) {
	c, ok := s.criteria[code]
	return c, ok
}

// Score scores a province for the index of year from the points of the
// leaves of m's tree (the sub-criteria, or the criteria or areas that have
// none), keyed by code. Points may also be given for a parent as a check:
// they must equal the sum of its children. Every problem is reported at
// once in a *ProblemsError of *CriterionError values naming the code:
// unknown codes, negative points, points above the maximum, missing leaves,
// parents that do not sum.
func (m *Methodology) Score(province string, year int, points map[string]decimal.Decimal) (Scorecard, error) {
	if err := m.Validate(); err != nil {
		return Scorecard{}, err
	}
	if !m.Covers(year) {
		return Scorecard{}, &ValueError{What: "index year", Input: strconv.Itoa(year), Unit: m.Decision, Err: ErrNoMethodology}
	}
	var errs []error
	bad := func(code, detail string, err error) {
		errs = append(errs, &CriterionError{Province: province, Code: code, Detail: detail, Err: err})
	}
	for _, code := range slices.Sorted(maps.Keys(points)) {
		p := points[code]
		c, ok := m.Criterion(code)
		switch {
		case !ok:
			bad(code, "", ErrUnknownCriterion)
		case p.Sign() < 0:
			bad(code, StylePlain.Number(p), ErrNegative)
		case p.GreaterThan(c.Max):
			bad(code, StylePlain.Number(p)+" > "+StylePlain.Number(c.Max), ErrAboveMaximum)
		}
	}
	card := Scorecard{Province: province, Year: year, Decision: m.Decision, Max: m.Max, criteria: map[string]CriterionScore{}}
	var score func(c Criterion) decimal.Decimal
	score = func(c Criterion) decimal.Decimal {
		given, ok := points[c.Code]
		sum := decimal.Zero
		switch {
		case len(c.Criteria) == 0 && !ok:
			bad(c.Code, "", ErrMissingPoints)
		case len(c.Criteria) == 0:
			sum = given
		default:
			for _, child := range c.Criteria {
				sum = sum.Add(score(child))
			}
			if ok && !given.Equal(sum) {
				bad(c.Code, fmt.Sprintf("given %s, sub-criteria sum to %s", StylePlain.Number(given), StylePlain.Number(sum)), ErrSum)
			}
		}
		card.criteria[c.Code] = CriterionScore{Code: c.Code, Name: c.Name, Points: sum, Max: c.Max, Percent: percentOf(sum, c.Max)}
		return sum
	}
	card.Points = decimal.Zero
	for _, a := range m.Areas {
		card.Points = card.Points.Add(score(a))
		card.Areas = append(card.Areas, card.criteria[a.Code])
	}
	if err := problems("points of "+province, errs); err != nil {
		return Scorecard{}, err
	}
	card.Percent = percentOf(card.Points, card.Max)
	// Groups are decided on the exact share, not the rounded percentage.
	card.Group, _ = m.GroupOf(card.Points.Mul(hundred).DivRound(card.Max, Places))
	card.GroupVerified = m.Groups.Verified
	return card, nil
}

func percentOf(points, max decimal.Decimal) decimal.Decimal {
	if max.Sign() <= 0 {
		return decimal.Zero
	}
	return points.Mul(hundred).DivRound(max, 2)
}

// Ranked is a scorecard with its place in a ranking.
type Ranked struct {
	Rank int // 1 for the best; tied provinces share a rank, and the next rank skips
	Scorecard
}

// Rank orders scorecards of one year and methodology from the highest
// index down. Provinces with equal indexes share a rank (1, 2, 2, 4) and are
// listed in Vietnamese alphabetical order.
func Rank(cards []Scorecard) ([]Ranked, error) {
	for _, c := range cards {
		if c.Year != cards[0].Year || c.Decision != cards[0].Decision {
			return nil, &ValueError{What: "scorecard", Input: fmt.Sprintf("%s %d %s", c.Province, c.Year, c.Decision), Err: ErrIncomparable}
		}
	}
	col := collate.New(language.Vietnamese)
	// compare orders by the exact share Points/Max, highest first.
	compare := func(a, b Scorecard) int { return b.Points.Mul(a.Max).Cmp(a.Points.Mul(b.Max)) }
	sorted := slices.Clone(cards)
	slices.SortStableFunc(sorted, func(a, b Scorecard) int {
		if c := compare(a, b); c != 0 {
			return c
		}
		return col.CompareString(a.Province, b.Province)
	})
	ranked := make([]Ranked, len(sorted))
	for i, c := range sorted {
		rank := i + 1
		if i > 0 && compare(sorted[i-1], c) == 0 {
			rank = ranked[i-1].Rank
		}
		ranked[i] = Ranked{Rank: rank, Scorecard: c}
	}
	return ranked, nil
}
