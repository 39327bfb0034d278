package indicator_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/openpar/cchc/indicator"
	"github.com/shopspring/decimal"
)

func TestMethodology2017(t *testing.T) {
	ms, err := indicator.Methodologies()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 {
		t.Fatalf("%d methodologies, want 1", len(ms))
	}
	m := ms[0]
	if m.Year != 2017 || m.LastYear != 2019 || m.Decision != "2948/QĐ-BNV" || !m.Max.Equal(dec("100")) {
		t.Errorf("methodology %d-%d %s max %s", m.Year, m.LastYear, m.Decision, m.Max)
	}
	// The eight areas of QĐ 2948/QĐ-BNV and their maximum points.
	want := []struct{ code, name, max string }{
		{"1", "Công tác chỉ đạo, điều hành cải cách hành chính", "10"},
		{"2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", "10"},
		{"3", "Cải cách thủ tục hành chính", "14.5"},
		{"4", "Cải cách tổ chức bộ máy hành chính nhà nước", "11"},
		{"5", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "16"},
		{"6", "Đổi mới cơ chế tài chính đối với cơ quan hành chính và đơn vị sự nghiệp công lập", "7"},
		{"7", "Hiện đại hóa hành chính", "16"},
		{"8", "Tác động của cải cách hành chính đến người dân, tổ chức và các chỉ tiêu phát triển kinh tế - xã hội của tỉnh", "15.5"},
	}
	if len(m.Areas) != len(want) {
		t.Fatalf("%d areas, want %d", len(m.Areas), len(want))
	}
	for i, w := range want {
		a := m.Areas[i]
		if a.Code != w.code || a.Name != w.name || !a.Max.Equal(dec(w.max)) {
			t.Errorf("area %d = %s %q %s, want %s %q %s", i, a.Code, a.Name, a.Max, w.code, w.name, w.max)
		}
	}
	if m.Groups.Verified || !strings.Contains(m.Groups.Source, "Unverified") {
		t.Error("the 2017 group thresholds are not verified and must say so")
	}
	// Each call returns its own copy.
	m.Areas[0].Max = dec("99")
	again, _ := indicator.MethodologyFor(2018)
	if !again.Areas[0].Max.Equal(dec("10")) {
		t.Error("changing a returned methodology changed the built-in one")
	}
	if _, err := indicator.MethodologyFor(2020); !errors.Is(err, indicator.ErrNoMethodology) {
		t.Errorf("MethodologyFor(2020): %v, want ErrNoMethodology until QĐ 1149/QĐ-BNV is loaded", err)
	}
}

func points(kv ...string) map[string]decimal.Decimal {
	m := map[string]decimal.Decimal{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i]] = dec(kv[i+1])
	}
	return m
}

func TestScore2017(t *testing.T) {
	m, err := indicator.MethodologyFor(2017)
	if err != nil {
		t.Fatal(err)
	}
	card, err := m.Score("Tỉnh A", 2017, points("1", "8.5", "2", "7.25", "3", "12", "4", "9", "5", "13.5", "6", "5.5", "7", "11.75", "8", "12"))
	if err != nil {
		t.Fatal(err)
	}
	if !card.Points.Equal(dec("79.5")) || !card.Percent.Equal(dec("79.5")) || card.Group != "B" || card.GroupVerified {
		t.Errorf("total %s (%s%%) group %s verified %v", card.Points, card.Percent, card.Group, card.GroupVerified)
	}
	if a := card.Areas[2]; a.Code != "3" || !a.Percent.Equal(dec("82.76")) {
		t.Errorf("area 3: %+v, want 12 of 14,5 = 82,76%%", a)
	}
}

func TestScoreErrors(t *testing.T) {
	m, _ := indicator.MethodologyFor(2017)
	_, err := m.Score("Tỉnh B", 2017, points("1", "11", "2", "-1", "3", "12", "4", "9", "5", "13.5", "6", "5.5", "7", "11.75", "9", "1"))
	var pe *indicator.ProblemsError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v, want a *ProblemsError", err)
	}
	want := map[string]error{"1": indicator.ErrAboveMaximum, "2": indicator.ErrNegative, "9": indicator.ErrUnknownCriterion, "8": indicator.ErrMissingPoints}
	for _, p := range pe.Problems {
		var ce *indicator.CriterionError
		if !errors.As(p, &ce) || ce.Province != "Tỉnh B" || !errors.Is(p, want[ce.Code]) {
			t.Errorf("unexpected problem %v", p)
			continue
		}
		delete(want, ce.Code)
	}
	if len(want) > 0 {
		t.Errorf("problems not reported: %v", want)
	}
	if _, err := m.Score("Tỉnh B", 2021, nil); !errors.Is(err, indicator.ErrNoMethodology) {
		t.Errorf("scoring 2021 with the 2017 methodology: %v", err)
	}
}

func loadFile(t *testing.T, name string) (*indicator.Methodology, error) {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return indicator.LoadMethodology(f)
}

func TestScoreThreeLevels(t *testing.T) {
	m, err := loadFile(t, "testdata/three-levels.json")
	if err != nil {
		t.Fatal(err)
	}
	if got := len(m.Leaves()); got != 5 {
		t.Errorf("%d leaves, want 5", got)
	}
	card, err := m.Score("Tỉnh C", 2031, points("1.1.1", "2", "1.1.2", "1.5", "1.2", "6", "2.1", "4", "2.2", "2.5", "1.1", "3.5"))
	if err != nil {
		t.Fatal(err)
	}
	c, _ := card.Criterion("1.1")
	if !card.Points.Equal(dec("16")) || card.Group != "B" || !c.Points.Equal(dec("3.5")) || !c.Percent.Equal(dec("70")) {
		t.Errorf("total %s group %s, criterion 1.1 %s (%s%%)", card.Points, card.Group, c.Points, c.Percent)
	}
	_, err = m.Score("Tỉnh C", 2031, points("1.1.1", "2", "1.1.2", "3.5", "1.2", "6", "2.1", "4", "2.2", "2.5", "1", "9"))
	for code, want := range map[string]error{"1.1.2": indicator.ErrAboveMaximum, "1": indicator.ErrSum} {
		found := false
		var pe *indicator.ProblemsError
		if errors.As(err, &pe) {
			for _, p := range pe.Problems {
				var ce *indicator.CriterionError
				found = found || errors.As(p, &ce) && ce.Code == code && errors.Is(p, want)
			}
		}
		if !found {
			t.Errorf("%s: %v not reported in %v", code, want, err)
		}
	}
}

// TestLoadMethodologyProblems loads a methodology with many mistakes: all of
// them are reported at once, each naming its criterion.
func TestLoadMethodologyProblems(t *testing.T) {
	_, err := loadFile(t, "testdata/bad.json")
	var pe *indicator.ProblemsError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v, want a *ProblemsError", err)
	}
	type problem struct {
		code string
		err  error
	}
	want := []problem{
		{"1.1", indicator.ErrSum},
		{"2.1", indicator.ErrDuplicateCode},
		{"3.1", indicator.ErrBadCode},
		{"2.x", indicator.ErrBadCode},
		{"2.x", indicator.ErrBadMethodology}, // no name, no maximum
		{"2", indicator.ErrSum},
		{"", indicator.ErrSum},            // the areas sum to 20, not 100
		{"", indicator.ErrBadMethodology}, // thresholds rise
	}
	for _, w := range want {
		found := false
		for _, p := range pe.Problems {
			var ce *indicator.CriterionError
			found = found || errors.As(p, &ce) && ce.Code == w.code && errors.Is(p, w.err)
		}
		if !found {
			t.Errorf("problem %q %v not reported", w.code, w.err)
		}
	}
	if len(pe.Problems) < len(want) {
		t.Errorf("%d problems reported:\n%v", len(pe.Problems), err)
	}
	if _, err := indicator.LoadMethodology(strings.NewReader(`{"year": 2017, "areas": [], "extra": 1}`)); err == nil {
		t.Error("unknown fields are accepted")
	}
}

func TestRank(t *testing.T) {
	m, _ := indicator.MethodologyFor(2017)
	score := func(name, total string) indicator.Scorecard {
		// All points in area 8 above the rest, to reach the total.
		rest := dec(total).Sub(dec("84.5"))
		card, err := m.Score(name, 2017, points("1", "10", "2", "10", "3", "14.5", "4", "11", "5", "16", "6", "7", "7", "16", "8", rest.String()))
		if err != nil {
			t.Fatal(err)
		}
		return card
	}
	ranked, err := indicator.Rank([]indicator.Scorecard{
		score("Tỉnh Đắk Lắk", "90"), score("Tỉnh Bắc Kạn", "95"), score("Tỉnh Cà Mau", "90"), score("Tỉnh An Giang", "85"),
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range ranked {
		got = append(got, r.Scorecard.Province+":"+string(rune('0'+r.Rank)))
	}
	// Cà Mau before Đắk Lắk: Vietnamese order puts đ after d, after c.
	if w := "Tỉnh Bắc Kạn:1 Tỉnh Cà Mau:2 Tỉnh Đắk Lắk:2 Tỉnh An Giang:4"; strings.Join(got, " ") != w {
		t.Errorf("ranking %v, want %s", got, w)
	}
	other := score("Tỉnh E", "90")
	other.Year = 2018
	if _, err := indicator.Rank([]indicator.Scorecard{score("Tỉnh F", "90"), other}); !errors.Is(err, indicator.ErrIncomparable) {
		t.Errorf("ranking two years together: %v", err)
	}
}

func TestGroupOf(t *testing.T) {
	m, _ := indicator.MethodologyFor(2017)
	for _, tc := range []struct{ pct, group string }{{"80", "A"}, {"79.99", "B"}, {"60", "C"}, {"59.99", "D"}, {"0", "D"}} {
		if g, ok := m.GroupOf(dec(tc.pct)); !ok || g != tc.group {
			t.Errorf("GroupOf(%s) = %s, want %s", tc.pct, g, tc.group)
		}
	}
	if v, err := indicator.GroupValue("c"); err != nil || !v.Equal(dec("3")) {
		t.Errorf("GroupValue(c) = %s, %v", v, err)
	}
	if _, err := indicator.GroupValue("C+"); err == nil {
		t.Error("GroupValue(C+) gave no error")
	}
}
