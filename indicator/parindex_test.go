package indicator_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/indicator"
)

func TestMethodology2017(t *testing.T) {
	m := indicator.Methodology2017()
	want := []string{"10", "10", "14.5", "11", "16", "7", "16", "15.5"}
	if m.Year != 2017 || m.Decision != "2948/QĐ-BNV" || len(m.Areas) != len(want) {
		t.Fatalf("got %d %q with %d areas", m.Year, m.Decision, len(m.Areas))
	}
	for i, a := range m.Areas {
		if !a.Max.Equal(dec(want[i])) {
			t.Errorf("area %s: max %v, want %s", a.Code, a.Max, want[i])
		}
	}
}

const tree = `{"format": "cchc-par-index", "version": 1, "year": 2020, "decision": "1149/QĐ-BNV",
 "groups": [{"name": "A", "min": 80}, {"name": "B", "min": 70}, {"name": "C", "min": 0}],
 "areas": [
  {"code": "1", "name": "Chỉ đạo", "max": 40, "criteria": [
    {"code": "1.1", "name": "Kế hoạch", "max": 15},
    {"code": "1.2", "name": "Kiểm tra", "max": 25, "criteria": [{"code": "1.2.1", "name": "a", "max": 10}, {"code": "1.2.2", "name": "b", "max": 15}]}]},
  {"code": "2", "name": "Tác động", "max": 60}]}`

func TestReadMethodologyReportsEveryProblem(t *testing.T) {
	bad := strings.NewReplacer(`"max": 15}]}]}`, `"max": 14}]}]}`, `{"code": "2", "name": "Tác động", "max": 60}`, `{"code": "1.1", "name": "Tác động", "max": 50}`).Replace(tree)
	_, err := indicator.ReadMethodology(strings.NewReader(bad))
	msg := err.Error()
	for _, want := range []string{`criterion "1.2": children sum to 24, not 25`, `criterion "1.1": empty or used twice`, "areas sum to 90, not 100"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
	var ce *indicator.CriterionError
	if !errors.As(err, &ce) {
		t.Error("not a *CriterionError")
	}
}

func TestScoreRankGroup(t *testing.T) {
	m, err := indicator.ReadMethodology(strings.NewReader(tree))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(m.Leaves(), " "); got != "1.1 1.2.1 1.2.2 2" {
		t.Errorf("leaves = %s", got)
	}
	score := func(p map[string]string) (indicator.Scorecard, error) {
		pts := map[string]decimal.Decimal{}
		for k, v := range p {
			pts[k] = dec(v)
		}
		return m.Score("x", pts)
	}
	a, err := score(map[string]string{"1.1": "15", "1.2.1": "9.5", "1.2.2": "10", "2": "50"})
	if err != nil || !a.Total.Equal(dec("84.5")) || a.Group != "A" || !a.Areas[0].Points.Equal(dec("34.5")) || !a.Areas[0].Percent.Equal(dec("86.25")) {
		t.Fatalf("score = %+v, %v", a, err)
	}
	b, err := score(map[string]string{"1.1": "16", "1.2.1": "-1", "1.2.2": "10", "3": "1"})
	for _, want := range []string{`"1.1": points 16 exceed the maximum 15`, `"1.2.1": points -1 are negative`, `"2": no points given`, `"3": no such criterion`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v lacks %q", err, want)
		}
	}
	if !b.Total.Equal(dec("10")) || b.Group != "C" {
		t.Errorf("what was valid: total %v group %q", b.Total, b.Group)
	}
	a.Province, b.Province = "Thái Nguyên", "Bắc Kạn"
	c := a
	c.Province = "Lạng Sơn"
	ranked := indicator.Ranking([]indicator.Scorecard{b, a, c})
	if ranked[0].Rank != 1 || ranked[1].Rank != 1 || ranked[2].Rank != 3 || ranked[2].Province != "Bắc Kạn" {
		t.Errorf("ranking = %v %v %v", ranked[0], ranked[1], ranked[2])
	}
}
