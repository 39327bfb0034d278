package indicator_test

import (
	"errors"
	"testing"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/indicator"
	"github.com/shopspring/decimal"
)

func mustTarget(t testing.TB, s string) indicator.Target {
	t.Helper()
	tg, err := indicator.ParseTarget(s)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func fraction(t testing.TB, num, den int64) indicator.Observation {
	t.Helper()
	o, err := indicator.Fraction(num, den)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func baseline(v string) indicator.Baseline { return indicator.Baseline{Value: dec(v)} }

func TestEvaluate(t *testing.T) {
	growthTarget := mustTarget(t, "tăng 30% so với năm trước").WithBaseline(baseline("100"))
	cases := []struct {
		name   string
		target indicator.Target
		obs    indicator.Observation
		actual string
		status indicator.Status
		gap    string
		why    indicator.Reason
	}{
		{"ratio above", mustTarget(t, "ít nhất 80%"), fraction(t, 45, 50), "90", indicator.StatusMet, "-10", 0},
		{"ratio below", mustTarget(t, "ít nhất 80%"), fraction(t, 35, 50), "70", indicator.StatusNotMet, "10", 0},
		{"strict at the bound", mustTarget(t, "trên 60%"), fraction(t, 60, 100), "60", indicator.StatusNotMet, "0", 0},
		{"direct percentage", mustTarget(t, "Trên 60% người dân hài lòng"), indicator.Direct(dec("62.5")), "62.5", indicator.StatusMet, "-2.5", 0},
		{"count", mustTarget(t, "ít nhất 03 đơn vị hành chính cấp huyện"), indicator.Direct(dec("2")), "2", indicator.StatusNotMet, "1", 0},
		{"at most", mustTarget(t, "không quá 5%"), fraction(t, 3, 100), "3", indicator.StatusMet, "-2", 0},
		{"below a band", mustTarget(t, "từ 60% đến 80%"), indicator.Direct(dec("50")), "50", indicator.StatusNotMet, "10", 0},
		{"inside a band", mustTarget(t, "từ 60% đến 80%"), indicator.Direct(dec("75")), "75", indicator.StatusMet, "-5", 0},
		{"above a band", mustTarget(t, "từ 60% đến 80%"), indicator.Direct(dec("85")), "85", indicator.StatusNotMet, "5", 0},
		{"exact", mustTarget(t, "đúng 3 huyện"), indicator.Direct(dec("4")), "4", indicator.StatusNotMet, "1", 0},
		{"growth met", growthTarget, indicator.Direct(dec("130")), "30", indicator.StatusMet, "0", 0},
		{"growth short", growthTarget, indicator.Direct(dec("120")), "20", indicator.StatusNotMet, "10", 0},
		{"decrease met", mustTarget(t, "giảm 10%").WithBaseline(baseline("200")), indicator.Direct(dec("180")), "-10", indicator.StatusMet, "0", 0},
		{"decrease short", mustTarget(t, "giảm 10%").WithBaseline(baseline("200")), indicator.Direct(dec("190")), "-5", indicator.StatusNotMet, "5", 0},
		{"any increase", mustTarget(t, "cao hơn so với năm trước").WithBaseline(baseline("50")), indicator.Direct(dec("51")), "2", indicator.StatusMet, "-2", 0},
		{"group B for C or better", mustTarget(t, "nhóm C trở lên"), indicator.Direct(dec("2")), "2", indicator.StatusMet, "-1", 0},
		{"group D for C or better", mustTarget(t, "nhóm C trở lên"), indicator.Direct(dec("4")), "4", indicator.StatusNotMet, "1", 0},
		{"yes", mustTarget(t, "có cổng thông tin điện tử"), indicator.Direct(dec("1")), "1", indicator.StatusMet, "0", 0},
		{"level", mustTarget(t, "mức độ 3"), indicator.Direct(dec("4")), "4", indicator.StatusMet, "-1", 0},
		{"no data", mustTarget(t, "ít nhất 80%"), indicator.Observation{}, "0", indicator.StatusUndefined, "0", indicator.ReasonNoData},
		{"zero denominator", mustTarget(t, "ít nhất 80%"), fraction(t, 0, 0), "0", indicator.StatusUndefined, "0", indicator.ReasonZeroDenominator},
		{"growth without baseline", mustTarget(t, "tăng 30% so với năm trước"), indicator.Direct(dec("130")), "0", indicator.StatusUndefined, "0", indicator.ReasonNoBaseline},
		{"growth from zero", mustTarget(t, "tăng 30%").WithBaseline(baseline("0")), indicator.Direct(dec("5")), "0", indicator.StatusUndefined, "0", indicator.ReasonZeroBaseline},
	}
	for _, tc := range cases {
		e, err := indicator.Evaluate(tc.target, tc.obs)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		// Without periods, progress is undefined for every target not met:
		// only undefined statuses are checked for their reason here.
		if !e.Actual.Equal(dec(tc.actual)) || e.Status != tc.status || !e.Gap.Equal(dec(tc.gap)) ||
			(tc.status == indicator.StatusUndefined || tc.status == indicator.StatusMet) && e.Why != tc.why {
			t.Errorf("%s: got actual %s status %s gap %s why %s, want %s %s %s %s",
				tc.name, e.Actual, e.Status, e.Gap, e.Why, tc.actual, tc.status, tc.gap, tc.why)
		}
		if e.Status == indicator.StatusUndefined && e.Progress != indicator.ProgressUndefined {
			t.Errorf("%s: undefined status with progress %s", tc.name, e.Progress)
		}
		if e.Met() != (tc.status == indicator.StatusMet) {
			t.Errorf("%s: Met() = %v", tc.name, e.Met())
		}
	}
}

// TestEvaluateExact checks that the decision is made on the exact ratio,
// not on the rounded Actual: 2/3 is 66,66666666666...%, below a target of
// 66,66666666667% although it rounds to 66,6666666667.
func TestEvaluateExact(t *testing.T) {
	e, err := indicator.Evaluate(mustTarget(t, "ít nhất 66,66666666667%"), fraction(t, 2, 3))
	if err != nil {
		t.Fatal(err)
	}
	if e.Status != indicator.StatusNotMet || !e.Actual.Equal(dec("66.6666666667")) {
		t.Errorf("got %s %s, want not met at 66.6666666667", e.Status, e.Actual)
	}
}

func TestEvaluateErrors(t *testing.T) {
	cases := []struct {
		name   string
		target indicator.Target
		obs    indicator.Observation
		err    error
	}{
		{"negative count", mustTarget(t, "ít nhất 3 huyện"), indicator.Direct(dec("-2")).WithUnit("UBND huyện Ba Bể"), indicator.ErrNegative},
		{"part of a district", mustTarget(t, "ít nhất 3 huyện"), indicator.Direct(dec("2.5")).WithUnit("UBND huyện Ba Bể"), indicator.ErrNotWhole},
		{"ratio for a count", mustTarget(t, "ít nhất 3 huyện"), fraction(t, 1, 2).WithUnit("UBND huyện Ba Bể"), indicator.ErrMeasure},
		{"yes/no of two", mustTarget(t, "có"), indicator.Direct(dec("2")).WithUnit("UBND huyện Ba Bể"), indicator.ErrMeasure},
		{"negative percentage", mustTarget(t, "80%"), indicator.Direct(dec("-1")).WithUnit("UBND huyện Ba Bể"), indicator.ErrNegative},
		{"unset target", indicator.Target{}, indicator.Direct(dec("1")), indicator.ErrMeasure},
	}
	for _, tc := range cases {
		_, err := indicator.Evaluate(tc.target, tc.obs)
		var ve *indicator.ValueError
		if !errors.Is(err, tc.err) || !errors.As(err, &ve) {
			t.Errorf("%s: error %v, want a *ValueError wrapping %v", tc.name, err, tc.err)
			continue
		}
		if tc.obs.Unit() != "" && ve.Unit != tc.obs.Unit() {
			t.Errorf("%s: error %v does not name the unit", tc.name, err)
		}
	}
	for _, tc := range []struct {
		num, den int64
		err      error
	}{{-1, 5, indicator.ErrNegative}, {1, -5, indicator.ErrNegative}, {6, 5, indicator.ErrNumeratorAboveDenominator}} {
		_, err := indicator.Fraction(tc.num, tc.den)
		var ve *indicator.ValueError
		if !errors.Is(err, tc.err) || !errors.As(err, &ve) || ve.Input != (indicator.Ratio{Num: tc.num, Den: tc.den}).String() {
			t.Errorf("Fraction(%d, %d) error = %v, want %v naming the pair", tc.num, tc.den, err, tc.err)
		}
	}
}

func TestMet(t *testing.T) {
	growthTarget := mustTarget(t, "tăng 30% so với năm trước")
	if _, err := growthTarget.Met(dec("130")); !errors.Is(err, indicator.ErrNoBaseline) {
		t.Errorf("Met without baseline: %v, want ErrNoBaseline", err)
	}
	for _, tc := range []struct {
		target string
		base   string
		v      string
		met    bool
	}{
		{"Trên 60%", "", "60", false},
		{"Trên 60%", "", "60.01", true},
		{"≥ 60%", "", "60", true},
		{"ít nhất 3 huyện", "", "3", true},
		{"dưới 5%", "", "5", false},
		{"tăng 30% so với năm trước", "100", "130", true},
		{"tăng 30% so với năm trước", "100", "129.99", false},
		{"giảm 10%", "50", "45", true},
		{"giảm 10%", "50", "45.5", false},
		{"nhóm C trở lên", "", "3", true},
		{"nhóm C trở lên", "", "4", false},
		{"từ 60% đến 80%", "", "80", true},
		{"không", "", "0", true},
	} {
		tg := mustTarget(t, tc.target)
		if tc.base != "" {
			tg = tg.WithBaseline(baseline(tc.base))
		}
		met, err := tg.Met(dec(tc.v))
		if err != nil || met != tc.met {
			t.Errorf("%q.Met(%s) = %v, %v; want %v", tc.target, tc.v, met, err, tc.met)
		}
	}
	if _, err := mustTarget(t, "ít nhất 3 huyện").Met(dec("-1")); !errors.Is(err, indicator.ErrNegative) {
		t.Errorf("negative count: %v", err)
	}
	if _, err := (indicator.Target{}).Met(dec("1")); !errors.Is(err, indicator.ErrMeasure) {
		t.Errorf("unset target: %v", err)
	}
}

func TestProgress(t *testing.T) {
	// Objective 5 of Bắc Kạn 2011-2015 with a baseline of 40% in 2010.
	target := mustTarget(t, "sự hài lòng đạt mức 60% trở lên").
		WithPeriod(calendar.YearsPeriod(2011, 2015)).
		WithBaseline(indicator.Baseline{Value: dec("40"), Period: calendar.YearPeriod(2010)})
	mid := calendar.YearPeriod(2013) // 1.096 of 1.826 days (2012 is leap): 0,6002 of the period
	cases := []struct {
		period calendar.Period
		actual string
		want   indicator.Progress
	}{
		{mid, "52", indicator.OnTrack},        // 60% of the change
		{mid, "47", indicator.NeedsAttention}, // 35%
		{mid, "42", indicator.OffTrack},       // 10%
		{mid, "38", indicator.OffTrack},       // moving away
		{mid, "61", indicator.OnTrack},        // met early
		{calendar.YearPeriod(2015), "59", indicator.OffTrack},
		{calendar.YearPeriod(2010), "40", indicator.OnTrack}, // before the start, nothing is due
	}
	for _, tc := range cases {
		e, err := indicator.Evaluate(target, indicator.Direct(dec(tc.actual)).WithPeriod(tc.period))
		if err != nil {
			t.Fatal(err)
		}
		if e.Progress != tc.want {
			t.Errorf("%s at %s: %s (achieved %s, expected %s), want %s", tc.actual, tc.period, e.Progress, e.Achieved, e.Expected, tc.want)
		}
	}
	e, _ := indicator.Evaluate(target, indicator.Direct(dec("52")).WithPeriod(mid))
	if !e.Achieved.Equal(dec("0.6")) || !e.Expected.Equal(dec("0.6002")) {
		t.Errorf("achieved %s expected %s, want 0.6 and 0.6002", e.Achieved, e.Expected)
	}

	// A decrease of 10% over 2018, half-way through the year.
	cut := mustTarget(t, "giảm 10% thời gian giải quyết").WithPeriod(calendar.YearPeriod(2018)).WithBaseline(baseline("200"))
	e, _ = indicator.Evaluate(cut, indicator.Direct(dec("195")).WithPeriod(calendar.HalfPeriod(2018, 1)))
	if e.Progress != indicator.NeedsAttention || !e.Achieved.Equal(dec("0.25")) {
		t.Errorf("decrease: %s achieved %s, want needs-attention at 0.25", e.Progress, e.Achieved)
	}

	// A stricter rule moves the same observation down a class.
	strict := indicator.ProgressRule{OnTrack: dec("1.1"), NeedsAttention: dec("0.9")}
	e, _ = strict.Evaluate(target, indicator.Direct(dec("52")).WithPeriod(mid))
	if e.Progress != indicator.NeedsAttention {
		t.Errorf("strict rule: %s, want needs-attention", e.Progress)
	}

	for _, tc := range []struct {
		name   string
		target indicator.Target
		obs    indicator.Observation
		why    indicator.Reason
	}{
		{"no period", mustTarget(t, "ít nhất 60%").WithBaseline(baseline("40")), indicator.Direct(dec("50")).WithPeriod(mid), indicator.ReasonNoPeriod},
		{"no observation period", target, indicator.Direct(dec("50")), indicator.ReasonNoPeriod},
		{"no baseline", mustTarget(t, "ít nhất 60%").WithPeriod(calendar.YearsPeriod(2011, 2015)), indicator.Direct(dec("50")).WithPeriod(mid), indicator.ReasonNoBaseline},
	} {
		e, err := indicator.Evaluate(tc.target, tc.obs)
		if err != nil || e.Progress != indicator.ProgressUndefined || e.Why != tc.why || e.Status != indicator.StatusNotMet {
			t.Errorf("%s: %s %s %s %v, want not met, progress undefined for %s", tc.name, e.Status, e.Progress, e.Why, err, tc.why)
		}
	}
}
