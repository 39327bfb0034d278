package indicator_test

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/indicator"
)

func target(t *testing.T, s string) indicator.Target {
	t.Helper()
	tg, err := indicator.ParseTarget(s)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestEvaluate(t *testing.T) {
	year := calendar.YearPeriod(2017)
	sixty := target(t, "Trên 60%").WithPeriod(year)
	tests := []struct {
		name   string
		tg     indicator.Target
		obs    indicator.Observation
		at     calendar.Date
		status indicator.Status
		actual string
		gap    string
	}{
		{"met", sixty, indicator.Fraction("so-noi-vu", year, 125, 200), calendar.Date{}, indicator.Achieved, "62.5", "0"},
		{"missed", sixty, indicator.Fraction("so-noi-vu", year, 110, 200), calendar.Date{}, indicator.Missed, "55", "5"},
		{"on track", sixty, indicator.Fraction("so-noi-vu", year, 58, 100), calendar.NewDate(2017, 9, 30), indicator.OnTrack, "58", "2"},
		{"needs attention", sixty, indicator.Fraction("so-noi-vu", year, 35, 100), calendar.NewDate(2017, 9, 30), indicator.NeedsAttention, "35", "25"},
		{"off track", sixty, indicator.Fraction("so-noi-vu", year, 10, 100), calendar.NewDate(2017, 9, 30), indicator.OffTrack, "10", "50"},
		{"zero denominator", sixty, indicator.Fraction("so-noi-vu", year, 0, 0), calendar.Date{}, indicator.Undefined, "0", "0"},
		{"no data", sixty, indicator.Observation{}, calendar.Date{}, indicator.NoData, "0", "0"},
		{"growth without baseline", target(t, "tăng 30% so với năm trước"), indicator.Direct("tinh", year, decimal.NewFromInt(1300)), calendar.Date{}, indicator.Undefined, "1300", "0"},
		{"growth", target(t, "tăng 30% so với năm trước").WithBaseline(decimal.NewFromInt(1000)), indicator.Direct("tinh", year, decimal.NewFromInt(1300)), calendar.Date{}, indicator.Achieved, "1300", "0"},
	}
	for _, tt := range tests {
		e := indicator.EvaluateAt(tt.tg, tt.obs, tt.at)
		if e.Status != tt.status || !e.Actual.Equal(dec(tt.actual)) || !e.Gap.Equal(dec(tt.gap)) {
			t.Errorf("%s: status %v actual %v gap %v (%s); want %v %s %s", tt.name, e.Status, e.Actual, e.Gap, e.Reason, tt.status, tt.actual, tt.gap)
		}
		if (e.Status == indicator.Undefined || e.Status == indicator.NoData) && e.Reason == "" {
			t.Errorf("%s: no reason given", tt.name)
		}
	}
	if e := indicator.Evaluate(sixty, indicator.Fraction("x", year, 125, 200)); e.String() != "> 60%: 62,5% achieved" {
		t.Errorf("String() = %q", e.String())
	}
}

func TestObservationChecks(t *testing.T) {
	for _, o := range []indicator.Observation{
		indicator.Fraction("xa-1", calendar.YearPeriod(2017), -1, 10),
		indicator.Fraction("xa-2", calendar.YearPeriod(2017), 11, 10),
		indicator.Fraction("xa-3", calendar.YearPeriod(2017), 1, indicator.MaxCount+1),
		indicator.Fraction("xa-4", calendar.YearPeriod(2017), math.MaxInt64, math.MaxInt64),
	} {
		var oe *indicator.ObservationError
		if err := o.Check(); !errors.As(err, &oe) || oe.Unit != o.Unit {
			t.Errorf("%v: Check = %v", o, err)
		}
	}
	if !errors.Is(indicator.Fraction("x", calendar.Period{}, 11, 10).Check(), indicator.ErrAboveDenominator) {
		t.Error("not ErrAboveDenominator")
	}
	if err := indicator.Fraction("x", calendar.Period{}, indicator.MaxCount, indicator.MaxCount).Check(); err != nil {
		t.Errorf("MaxCount rejected: %v", err)
	}
}

// A total never wraps round: past the range of int64 it stays at the limit,
// which Percent reports and Check rejects.
func TestTotalOverflow(t *testing.T) {
	huge := indicator.Fraction("xa-1", calendar.Period{}, math.MaxInt64, math.MaxInt64)
	obs := []indicator.Observation{huge, huge, indicator.Fraction("xa-2", calendar.Period{}, 1, math.MaxInt64)}
	b, errs := indicator.Aggregate(obs)
	if len(errs) != 3 || !errors.Is(errs[0], indicator.ErrTooLarge) || !b.Total.Equal(indicator.Total{}) {
		t.Errorf("Aggregate = %+v, %v; want every observation left out as too large", b.Total, errs)
	}

	var sum indicator.Total
	for i := range obs {
		sum.Add(&obs[i])
	}
	limit := indicator.Total{Num: math.MaxInt64, Den: math.MaxInt64}
	for name, tot := range map[string]indicator.Total{
		"Add":                           sum,
		"Merge":                         limit.Merge(limit),
		"Merge of a total at the limit": indicator.Total{Num: 5, Den: 10}.Merge(limit).Merge(indicator.Total{Num: 1, Den: 1}),
	} {
		if tot.Num != math.MaxInt64 || tot.Den != math.MaxInt64 {
			t.Errorf("%s: %d/%d, want the limit", name, tot.Num, tot.Den)
		}
		if _, err := tot.Percent(); !errors.Is(err, indicator.ErrOverflow) {
			t.Errorf("%s: Percent error = %v, want ErrOverflow", name, err)
		}
		if err := tot.Observation("tinh").Check(); err == nil {
			t.Errorf("%s: Check accepts the overflowed total", name)
		}
	}
	low := indicator.Total{Num: math.MinInt64 + 1, Den: 1}.Merge(indicator.Total{Num: -2, Den: 1})
	if _, err := low.Percent(); !errors.Is(err, indicator.ErrOverflow) {
		t.Errorf("below int64: %d/%d, Percent error = %v, want ErrOverflow", low.Num, low.Den, err)
	}
	big := indicator.Total{Num: 3 * indicator.MaxCount, Den: 4 * indicator.MaxCount}
	if p, err := big.Merge(big).Percent(); err != nil || !p.Equal(dec("75")) {
		t.Errorf("a total above MaxCount: %v, %v; want 75", p, err)
	}
}

func TestAggregateSumsFractions(t *testing.T) {
	p := calendar.MonthPeriod(2017, 8)
	obs := []indicator.Observation{
		indicator.Fraction("huyen-a", p, 1, 1),   // 100%
		indicator.Fraction("huyen-b", p, 0, 99),  // 0%
		indicator.Fraction("huyen-a", p, 9, 10),  // the same unit again
		indicator.Fraction("huyen-c", p, 12, 10), // wrong: left out and reported
	}
	b, errs := indicator.Aggregate(obs)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "huyen-c") {
		t.Errorf("errors = %v", errs)
	}
	pct, err := b.Total.Percent()
	// Σ = 10 / 110, not the mean of 100%, 0% and 90%.
	if err != nil || !pct.Equal(dec("9.0909")) {
		t.Errorf("percent = %v, %v; want 9.0909", pct, err)
	}
	if units := b.Units(); len(units) != 2 || b.Unit("huyen-a").Num != 10 || b.Unit("huyen-a").Den != 11 {
		t.Errorf("breakdown = %v %+v", units, b.Unit("huyen-a"))
	}
}

func TestAggregateMergesInAnyOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var obs []indicator.Observation
	for i := range 1000 {
		den := rng.Int64N(100) + 1
		obs = append(obs, indicator.Fraction("xa-"+string(rune('a'+i%20)), calendar.Period{}, rng.Int64N(den+1), den))
	}
	whole, _ := indicator.Aggregate(obs)
	for trial := range 20 {
		rng.Shuffle(len(obs), func(i, j int) { obs[i], obs[j] = obs[j], obs[i] })
		cut1, cut2 := rng.IntN(len(obs)), rng.IntN(len(obs))
		cut1, cut2 = min(cut1, cut2), max(cut1, cut2)
		a, _ := indicator.Aggregate(obs[:cut1])
		b, _ := indicator.Aggregate(obs[cut1:cut2])
		c, _ := indicator.Aggregate(obs[cut2:])
		merged := c.Merge(a).Merge(b)
		if !merged.Total.Equal(whole.Total) {
			t.Fatalf("trial %d: %+v, want %+v", trial, merged.Total, whole.Total)
		}
		for _, u := range whole.Units() {
			if !merged.Unit(u).Equal(whole.Unit(u)) {
				t.Fatalf("trial %d: unit %s differs", trial, u)
			}
		}
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		v, unit string
		style   indicator.Style
		want    string
	}{
		{"62.5", "%", indicator.Vietnamese, "62,5%"},
		{"1234", "", indicator.Vietnamese, "1.234"},
		{"1234567.891", "hồ sơ", indicator.Vietnamese, "1.234.567,89 hồ sơ"},
		{"-1234.5", "", indicator.Vietnamese, "-1.234,5"},
		{"62.5", "%", indicator.Plain, "62.5%"},
		{"1234", "hồ sơ", indicator.Plain, "1234 hồ sơ"},
		{"999", "", indicator.Vietnamese, "999"},
	}
	for _, tt := range tests {
		if got := indicator.Format(dec(tt.v), tt.unit, tt.style); got != tt.want {
			t.Errorf("Format(%s, %q) = %q, want %q", tt.v, tt.unit, got, tt.want)
		}
	}
	places := []struct {
		v      string
		places int32
		unit   string
		want   string
	}{
		{"1234.5", 2, "", "1.234,50"},
		{"1.5", 0, "%", "2%"},
		{"1.5", -1, "%", "2%"}, // taken as 0, not rounded to tens
		{"1234.5", -3, "hồ sơ", "1.235 hồ sơ"},
	}
	for _, tt := range places {
		if got := indicator.FormatPlaces(dec(tt.v), tt.places, tt.unit, indicator.Vietnamese); got != tt.want {
			t.Errorf("FormatPlaces(%s, %d) = %q, want %q", tt.v, tt.places, got, tt.want)
		}
	}
}
