package indicator_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/indicator"
)

// TestCombineRatios shows why shares are added as numerators and
// denominators: a commune that resolved its 1 dossier on time and a city
// that resolved 10 of 100 on time resolved 11 of 101 together (10,89%), not
// the 55% a mean of their percentages gives.
func TestCombineRatios(t *testing.T) {
	commune := fraction(t, 1, 1).WithUnit("UBND xã Nông Thượng")
	city := fraction(t, 10, 100).WithUnit("UBND thành phố Bắc Kạn")
	a, err := indicator.Combine(indicator.MeasurePercent, city, commune)
	if err != nil {
		t.Fatal(err)
	}
	total := a.Total()
	r, ok := total.Ratio()
	if !ok || r != (indicator.Ratio{Num: 11, Den: 101}) {
		t.Fatalf("total = %v, want 11/101", total)
	}
	if v, _ := total.Value(); !v.Equal(dec("10.8910891089")) {
		t.Errorf("percent = %s", v)
	}
	units := a.Units()
	if len(units) != 2 || units[0].Unit() != "UBND thành phố Bắc Kạn" || units[1].Unit() != "UBND xã Nông Thượng" {
		t.Errorf("breakdown = %v", units)
	}
}

func TestCombineCounts(t *testing.T) {
	q3 := calendar.QuarterPeriod(2017, 3)
	a, err := indicator.Combine(indicator.MeasureCount,
		indicator.Direct(dec("3")).WithUnit("Ba Bể").WithPeriod(q3),
		indicator.Direct(dec("5")).WithUnit("Chợ Đồn").WithPeriod(calendar.QuarterPeriod(2017, 4)),
		indicator.Observation{}.WithUnit("Pác Nặm"), // did not report
	)
	if err != nil {
		t.Fatal(err)
	}
	total := a.Total()
	if v, _ := total.Value(); !v.Equal(dec("8")) || a.Len() != 3 {
		t.Errorf("total %s over %d units, want 8 over 3", v, a.Len())
	}
	if want := calendar.SpanPeriod(q3.Start(), calendar.QuarterPeriod(2017, 4).End()); total.Period() != want {
		t.Errorf("period %s, want %s", total.Period(), want)
	}
	none, _ := indicator.Combine(indicator.MeasureCount, indicator.Observation{})
	if none.Total().HasData() {
		t.Error("a total of units without data has data")
	}
}

func TestCombineErrors(t *testing.T) {
	_, err := indicator.Combine(indicator.MeasurePercent,
		indicator.Direct(dec("60")).WithUnit("Ba Bể"),
		fraction(t, 1, 2).WithUnit("Chợ Đồn"),
		indicator.Direct(dec("70")).WithUnit("Na Rì"),
	)
	var pe *indicator.ProblemsError
	if !errors.As(err, &pe) || len(pe.Problems) != 2 || !errors.Is(err, indicator.ErrMeasure) {
		t.Fatalf("error %v, want both direct percentages reported", err)
	}
	if !strings.Contains(err.Error(), "Ba Bể") || !strings.Contains(err.Error(), "Na Rì") {
		t.Errorf("error %q does not name the units", err)
	}
	_, err = indicator.Combine(indicator.MeasureCount, indicator.Direct(dec("-4")).WithUnit("Ba Bể"))
	if !errors.Is(err, indicator.ErrNegative) || !strings.Contains(err.Error(), "Ba Bể") {
		t.Errorf("negative count: %v", err)
	}
	if _, err := indicator.Combine(indicator.MeasureLevel); !errors.Is(err, indicator.ErrMeasure) {
		t.Errorf("levels do not add up, got %v", err)
	}
	a, _ := indicator.Combine(indicator.MeasurePercent)
	b, _ := indicator.Combine(indicator.MeasureCount)
	if _, err := a.Merge(b); !errors.Is(err, indicator.ErrMeasure) {
		t.Errorf("merging percent with count: %v", err)
	}
}

// TestMergeAssociative splits observations into random parts, aggregates
// each part, and merges the parts in random groupings and orders: the total
// and the breakdown never change.
func TestMergeAssociative(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 12))
	var obs []indicator.Observation
	for i := range 200 {
		den := rng.Int64N(1000)
		o := fraction(t, rng.Int64N(den+1), den).WithUnit(fmt.Sprintf("xã %03d", rng.IntN(50))).WithSource(fmt.Sprint(i))
		obs = append(obs, o)
	}
	whole, err := indicator.Combine(indicator.MeasurePercent, obs...)
	if err != nil {
		t.Fatal(err)
	}
	fingerprint := func(a indicator.Aggregate) string {
		var b strings.Builder
		fmt.Fprint(&b, a.Total())
		for _, u := range a.Units() {
			fmt.Fprint(&b, "|", u.Unit(), u, u.Source())
		}
		return b.String()
	}
	want := fingerprint(whole)
	for range 50 {
		var parts []indicator.Aggregate
		for rest := obs; len(rest) > 0; {
			n := 1 + rng.IntN(len(rest))
			p, err := indicator.Combine(indicator.MeasurePercent, rest[:n]...)
			if err != nil {
				t.Fatal(err)
			}
			parts, rest = append(parts, p), rest[n:]
		}
		// Merge random neighbours (or, after a shuffle, any two) until one is left.
		rng.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
		for len(parts) > 1 {
			i := rng.IntN(len(parts) - 1)
			m, err := parts[i].Merge(parts[i+1])
			if err != nil {
				t.Fatal(err)
			}
			parts = append(append(parts[:i:i], m), parts[i+2:]...)
		}
		if got := fingerprint(parts[0]); got != want {
			t.Fatalf("merged in another order: %.80s..., want %.80s...", got, want)
		}
	}
	var empty indicator.Aggregate
	if m, _ := empty.Merge(whole); fingerprint(m) != want {
		t.Error("the empty aggregate is not neutral")
	}
}

func TestSumRatios(t *testing.T) {
	rs := []indicator.Ratio{{Num: 45, Den: 50}, {Num: 0, Den: 0}, {Num: 7, Den: 9}}
	if got, err := indicator.SumRatios(rs); err != nil || got != (indicator.Ratio{Num: 52, Den: 59}) {
		t.Errorf("SumRatios = %v, %v", got, err)
	}
	for _, tc := range []struct {
		rs  []indicator.Ratio
		err error
		at  string
	}{
		{[]indicator.Ratio{{1, 2}, {-1, 2}}, indicator.ErrNegative, "#1"},
		{[]indicator.Ratio{{1, 2}, {3, 4}, {5, 4}}, indicator.ErrNumeratorAboveDenominator, "#2"},
		{[]indicator.Ratio{{1, math.MaxInt64}, {1, 2}}, indicator.ErrOverflow, ""},
	} {
		_, err := indicator.SumRatios(tc.rs)
		if !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.at) {
			t.Errorf("SumRatios(%v) error %v, want %v at %s", tc.rs, err, tc.err, tc.at)
		}
	}
}
