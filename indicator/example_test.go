package indicator_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/indicator"
	"github.com/shopspring/decimal"
)

func ExampleParseTarget() {
	t, err := indicator.ParseTarget("Trên 60% người dân hài lòng")
	if err != nil {
		panic(err)
	}
	fmt.Println(t.Measure(), t.Comparison(), t.Value(), t.Unit(), t.Direction())
	fmt.Printf("subject %q\n", t.Subject())
	fmt.Println(t)
	// Output:
	// percent more-than 60 % higher
	// subject "người dân hài lòng"
	// trên 60% người dân hài lòng
}

func ExampleParseTargets() {
	ts, err := indicator.ParseTargets("Đảm bảo hết năm 2017 có ít nhất 03 đơn vị hành chính cấp huyện và 08 Sở, ngành được kết nối.")
	if err != nil {
		panic(err)
	}
	for _, t := range ts {
		fmt.Printf("%s %s %s: %q\n", t.Measure(), t.Comparison(), t.Value(), t.Subject())
	}
	// Output:
	// count at-least 3: "đơn vị hành chính cấp huyện"
	// count at-least 8: "Sở, ngành được kết nối"
}

func ExampleTarget() {
	t, err := indicator.NewTarget(indicator.MeasurePercent, indicator.AtLeast, decimal.NewFromInt(80))
	if err != nil {
		panic(err)
	}
	t = t.WithSubject("văn bản được gửi dưới dạng điện tử").WithPeriod(calendar.YearPeriod(2017))
	fmt.Println(t)
	fmt.Println(t.Format(indicator.StylePlain), "by", t.Period().End())
	// Output:
	// ít nhất 80% văn bản được gửi dưới dạng điện tử
	// ít nhất 80% văn bản được gửi dưới dạng điện tử by 2017-12-31
}

func ExampleTarget_Met() {
	t, _ := indicator.ParseTarget("Số doanh nghiệp thành lập mới tăng từ 30% trở lên so với năm trước")
	_, err := t.Met(decimal.NewFromInt(410))
	fmt.Println(errors.Is(err, indicator.ErrNoBaseline))

	// 312 new businesses in 2016; 410 in 2017 is 31,4% more.
	t = t.WithBaseline(indicator.Baseline{Value: decimal.NewFromInt(312), Period: calendar.YearPeriod(2016)})
	met, _ := t.Met(decimal.NewFromInt(410))
	fmt.Println(met)
	// Output:
	// true
	// true
}

func ExampleBaseline() {
	t, _ := indicator.ParseTarget("giảm 10% thời gian giải quyết")
	t = t.WithBaseline(indicator.Baseline{Value: decimal.NewFromInt(20), Period: calendar.YearPeriod(2017)})
	e, _ := indicator.Evaluate(t, indicator.Direct(decimal.NewFromInt(17)))
	fmt.Println(e.Actual, e.Status)
	// Output:
	// -15 met
}

// ExampleEvaluate evaluates three objectives of Bắc Kạn 2011-2015 (seed 000)
// against made-up observations for 2013, with made-up baselines for 2010.
func ExampleEvaluate() {
	objectives := []struct {
		text     string
		baseline int64
		num, den int64
	}{
		{"bảo đảm sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt mức 60% trở lên", 45, 412, 640},
		{"phấn đấu trên 50% các cơ quan hành chính nhà nước có cơ cấu cán bộ, công chức theo vị trí việc làm", 30, 17, 40},
		{"Phấn đấu đạt tỷ lệ 60% trở lên các văn bản, tài liệu trao đổi chính thức được thực hiện trên mạng điện tử", 20, 2130, 9800},
	}
	for _, o := range objectives {
		t, err := indicator.ParseTarget(o.text)
		if err != nil {
			panic(err)
		}
		t = t.WithPeriod(calendar.YearsPeriod(2011, 2015)).
			WithBaseline(indicator.Baseline{Value: decimal.NewFromInt(o.baseline), Period: calendar.YearPeriod(2010)})
		obs, err := indicator.Fraction(o.num, o.den)
		if err != nil {
			panic(err)
		}
		e, err := indicator.Evaluate(t, obs.WithUnit("tỉnh Bắc Kạn").WithPeriod(calendar.YearPeriod(2013)))
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s\n  %s: %s, gap %s, %s\n", t, indicator.StyleVietnamese.Percent(e.Actual.Round(1)),
			e.Status, indicator.StyleVietnamese.Fixed(e.Gap, 1), e.Progress)
	}
	// Output:
	// sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt ít nhất 60%
	//   64,4%: met, gap -4,4, on-track
	// trên 50% các cơ quan hành chính nhà nước có cơ cấu cán bộ, công chức theo vị trí việc làm
	//   42,5%: not-met, gap 7,5, on-track
	// ít nhất 60% các văn bản, tài liệu trao đổi chính thức được thực hiện trên mạng điện tử
	//   21,7%: not-met, gap 38,3, off-track
}

func ExampleEvaluation() {
	t, _ := indicator.ParseTarget("ít nhất 80%")
	for _, o := range []indicator.Observation{{}, must(indicator.Fraction(0, 0)), must(indicator.Fraction(41, 50))} {
		e, _ := indicator.Evaluate(t, o)
		fmt.Println(e.Status, e.Why, e.Actual)
	}
	// Output:
	// undefined no-data 0
	// undefined zero-denominator 0
	// met none 82
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func ExampleProgressRule() {
	t, _ := indicator.ParseTarget("ít nhất 60%")
	t = t.WithPeriod(calendar.YearPeriod(2018)).WithBaseline(indicator.Baseline{Value: decimal.NewFromInt(40)})
	o := indicator.Direct(decimal.NewFromInt(48)).WithPeriod(calendar.HalfPeriod(2018, 1))
	e, _ := indicator.Evaluate(t, o)
	fmt.Println(e.Achieved, "of the change in", e.Expected, "of the year:", e.Progress)
	strict := indicator.ProgressRule{OnTrack: decimal.NewFromInt(1), NeedsAttention: decimal.RequireFromString("0.9")}
	e, _ = strict.Evaluate(t, o)
	fmt.Println(e.Progress)
	// Output:
	// 0.4 of the change in 0.4959 of the year: needs-attention
	// off-track
}

func ExampleObservation() {
	o, err := indicator.Fraction(1162, 1240)
	if err != nil {
		panic(err)
	}
	o = o.WithUnit("UBND huyện Ba Bể").WithPeriod(calendar.QuarterPeriod(2017, 3)).WithSource("Báo cáo CCHC quý III/2017")
	v, _ := o.Value()
	fmt.Println(o, indicator.StyleVietnamese.Percent(v.Round(2)), o.Unit(), o.Period())
	// Output:
	// 1162/1240 93,71% UBND huyện Ba Bể Quý III/2017
}

func ExampleRatio() {
	r, err := indicator.NewRatio(45, 50)
	if err != nil {
		panic(err)
	}
	sum, _ := r.Add(indicator.Ratio{Num: 3, Den: 10})
	p, _ := sum.Percent()
	fmt.Println(sum, p)
	_, err = indicator.NewRatio(51, 50)
	fmt.Println(err)
	// Output:
	// 48/60 80
	// indicator: ratio "51/50": numerator above denominator
}

func ExampleSumRatios() {
	onTime := []indicator.Ratio{{Num: 1162, Den: 1240}, {Num: 388, Den: 402}, {Num: 95, Den: 131}}
	total, err := indicator.SumRatios(onTime)
	if err != nil {
		panic(err)
	}
	p, _ := total.Percent()
	fmt.Println(total, indicator.StyleVietnamese.Fixed(p, 2)+"%")
	// Output:
	// 1645/1773 92,78%
}

// ExampleCombine adds up the dossiers resolved on time in three districts
// and evaluates the province against "100% số hồ sơ ... giải quyết đúng hạn".
func ExampleCombine() {
	q3 := calendar.QuarterPeriod(2017, 3)
	var obs []indicator.Observation
	for _, d := range []struct {
		unit     string
		num, den int64
	}{{"UBND huyện Ba Bể", 1162, 1240}, {"UBND huyện Chợ Đồn", 402, 402}, {"UBND huyện Pác Nặm", 95, 131}} {
		o, err := indicator.Fraction(d.num, d.den)
		if err != nil {
			panic(err)
		}
		obs = append(obs, o.WithUnit(d.unit).WithPeriod(q3))
	}
	a, err := indicator.Combine(indicator.MeasurePercent, obs...)
	if err != nil {
		panic(err)
	}
	t, _ := indicator.ParseTarget("đạt 100% số hồ sơ TTHC được giải quyết đúng hạn")
	e, _ := indicator.Evaluate(t, a.Total())
	fmt.Println(a.Total(), indicator.StyleVietnamese.Fixed(e.Actual, 2)+"%", e.Status)
	for _, u := range a.Units() {
		e, _ := indicator.Evaluate(t, u)
		fmt.Println(" ", u.Unit(), u, e.Status)
	}
	// Output:
	// 1659/1773 93,57% not-met
	//   UBND huyện Ba Bể 1162/1240 not-met
	//   UBND huyện Chợ Đồn 402/402 met
	//   UBND huyện Pác Nặm 95/131 not-met
}

func ExampleAggregate_Merge() {
	north, _ := indicator.Combine(indicator.MeasureCount, indicator.Direct(decimal.NewFromInt(3)).WithUnit("Ba Bể"))
	south, _ := indicator.Combine(indicator.MeasureCount, indicator.Direct(decimal.NewFromInt(5)).WithUnit("Na Rì"))
	all, _ := south.Merge(north)
	fmt.Println(all.Total(), all.Len(), all.Units()[0].Unit())
	// Output:
	// 8 2 Ba Bể
}

// ExampleMethodology_Score scores a made-up province on the 2017 PAR INDEX
// and checks Thái Nguyên's kind of target, "nhóm C trở lên", against it.
func ExampleMethodology_Score() {
	m, err := indicator.MethodologyFor(2017)
	if err != nil {
		panic(err)
	}
	points := map[string]decimal.Decimal{}
	for code, p := range map[string]string{"1": "8,5", "2": "7,25", "3": "11", "4": "8,5", "5": "12", "6": "5", "7": "10,75", "8": "11,5"} {
		points[code] = decimal.RequireFromString(strings.ReplaceAll(p, ",", "."))
	}
	card, err := m.Score("Tỉnh Mẫu", 2017, points)
	if err != nil {
		panic(err)
	}
	vi := indicator.StyleVietnamese
	for _, a := range card.Areas {
		fmt.Printf("%s %-6s / %-4s %s\n", a.Code, vi.Number(a.Points), vi.Number(a.Max), vi.Fixed(a.Percent, 2)+"%")
	}
	fmt.Println("PAR INDEX", vi.Fixed(card.Percent, 2)+"%", "nhóm", card.Group, "(thresholds verified:", card.GroupVerified, ")")

	target, _ := indicator.ParseTarget("đạt nhóm C trở lên")
	g, _ := indicator.GroupValue(card.Group)
	met, _ := target.Met(g)
	fmt.Println(target, "->", met)
	// Output:
	// 1 8,5    / 10   85,00%
	// 2 7,25   / 10   72,50%
	// 3 11     / 14,5 75,86%
	// 4 8,5    / 11   77,27%
	// 5 12     / 16   75,00%
	// 6 5      / 7    71,43%
	// 7 10,75  / 16   67,19%
	// 8 11,5   / 15,5 74,19%
	// PAR INDEX 74,50% nhóm B (thresholds verified: false )
	// nhóm C trở lên -> true
}

func ExampleMethodology() {
	ms, _ := indicator.Methodologies()
	for _, m := range ms {
		fmt.Println(m.Year, m.LastYear, m.Decision, len(m.Areas), "areas, total", m.Max)
	}
	// Output:
	// 2017 2019 2948/QĐ-BNV 8 areas, total 100
}

// ExampleLoadMethodology loads a methodology with criteria below an area,
// in the format of the built-in ones, and reports every mistake at once.
func ExampleLoadMethodology() {
	const data = `{
	  "year": 2030, "decision": "mẫu/QĐ-BNV", "max": 10,
	  "areas": [
	    {"code": "1", "name": "Công tác chỉ đạo, điều hành", "max": 6, "criteria": [
	      {"code": "1.1", "name": "Kế hoạch cải cách hành chính năm", "max": 2},
	      {"code": "1.2", "name": "Báo cáo cải cách hành chính", "max": 3}
	    ]},
	    {"code": "2", "name": "Cải cách thủ tục hành chính", "max": 4}
	  ]
	}`
	_, err := indicator.LoadMethodology(strings.NewReader(data))
	fmt.Println(err)
	// Output:
	// indicator: methodology mẫu/QĐ-BNV: 1 problem
	// 	indicator: criterion "1": children do not sum to the parent (children sum to 5, maximum 6)
}

func ExampleCriterion() {
	m, _ := indicator.MethodologyFor(2017)
	c, _ := m.Criterion("3")
	fmt.Println(c.Code, c.Name, c.Max, len(c.Criteria))
	// Output:
	// 3 Cải cách thủ tục hành chính 14.5 0
}

func ExampleGrouping() {
	m, _ := indicator.MethodologyFor(2017)
	for _, g := range m.Groups.Thresholds {
		fmt.Print(g.Name, " ≥ ", g.Min, "%; ")
	}
	fmt.Println("verified:", m.Groups.Verified)
	// Output:
	// A ≥ 80%; B ≥ 70%; C ≥ 60%; D ≥ 0%; verified: false
}

func ExampleGroupThreshold() {
	m, _ := indicator.MethodologyFor(2017)
	g, _ := m.GroupOf(decimal.RequireFromString("59.99"))
	fmt.Println(g)
	// Output:
	// D
}

func ExampleScorecard() {
	m, _ := indicator.MethodologyFor(2018)
	points := map[string]decimal.Decimal{}
	for _, l := range m.Leaves() {
		points[l.Code] = l.Max // full marks
	}
	card, _ := m.Score("Tỉnh Mẫu", 2018, points)
	fmt.Println(card.Province, card.Year, card.Decision, card.Points, card.Percent, card.Group)
	// Output:
	// Tỉnh Mẫu 2018 2948/QĐ-BNV 100 100 A
}

func ExampleCriterionScore() {
	m, _ := indicator.MethodologyFor(2017)
	points := map[string]decimal.Decimal{}
	for _, l := range m.Leaves() {
		points[l.Code] = l.Max.Mul(decimal.RequireFromString("0.5")) // half marks
	}
	card, _ := m.Score("Tỉnh Mẫu", 2017, points)
	c, _ := card.Criterion("3")
	fmt.Println(c.Code, c.Points, c.Max, c.Percent)
	// Output:
	// 3 7.25 14.5 50
}

func ExampleRank() {
	m, _ := indicator.MethodologyFor(2017)
	score := func(name string, area8 string) indicator.Scorecard {
		points := map[string]decimal.Decimal{}
		for _, l := range m.Leaves() {
			points[l.Code] = l.Max
		}
		points["8"] = decimal.RequireFromString(area8)
		card, err := m.Score(name, 2017, points)
		if err != nil {
			panic(err)
		}
		return card
	}
	ranked, _ := indicator.Rank([]indicator.Scorecard{score("Tỉnh Đắk Nông", "10"), score("Tỉnh Bắc Kạn", "12"), score("Tỉnh Cao Bằng", "10")})
	for _, r := range ranked {
		fmt.Println(r.Rank, r.Province, r.Percent)
	}
	// Output:
	// 1 Tỉnh Bắc Kạn 96.5
	// 2 Tỉnh Cao Bằng 94.5
	// 2 Tỉnh Đắk Nông 94.5
}

func ExampleRanked() {
	m, _ := indicator.MethodologyFor(2017)
	points := map[string]decimal.Decimal{}
	for _, l := range m.Leaves() {
		points[l.Code] = l.Max
	}
	card, _ := m.Score("Tỉnh Mẫu", 2017, points)
	ranked, _ := indicator.Rank([]indicator.Scorecard{card})
	fmt.Println(ranked[0].Rank, ranked[0].Province)
	// Output:
	// 1 Tỉnh Mẫu
}

func ExampleStyle() {
	d := decimal.RequireFromString("1234.5")
	for _, s := range []indicator.Style{indicator.StyleVietnamese, indicator.StylePlain} {
		fmt.Println(s, s.Number(d), s.Fixed(d, 2), s.Percent(decimal.RequireFromString("62.5")))
	}
	// Output:
	// vietnamese 1.234,5 1.234,50 62,5%
	// plain 1234.5 1234.50 62.5%
}

func ExampleMeasure() {
	for _, s := range []string{"80%", "ít nhất 3 huyện", "500 triệu đồng", "tăng 30%", "cấp độ 3", "nhóm C trở lên", "có"} {
		t, _ := indicator.ParseTarget(s)
		fmt.Print(t.Measure(), " ")
	}
	fmt.Println()
	// Output:
	// percent count amount growth level group yes-no
}

func ExampleComparison() {
	for _, s := range []string{"≥ 60%", "trên 50%", "không quá 5%", "dưới 5%", "đúng 3", "từ 60% đến 80%"} {
		t, _ := indicator.ParseTarget(s)
		fmt.Print(t.Comparison(), " ")
	}
	fmt.Println()
	// Output:
	// at-least more-than at-most less-than exactly between
}

func ExampleDirection() {
	for _, s := range []string{"tăng 30%", "giảm 10%", "nhóm C trở lên", "từ 60% đến 80%"} {
		t, _ := indicator.ParseTarget(s)
		fmt.Print(t.Direction(), " ")
	}
	fmt.Println()
	// Output:
	// higher lower lower unspecified
}

func ExampleStatus() {
	t, _ := indicator.ParseTarget("trên 60%")
	e, _ := indicator.Evaluate(t, indicator.Direct(decimal.NewFromInt(60)))
	fmt.Println(e.Status, e.Gap)
	// Output:
	// not-met 0
}

func ExampleReason() {
	t, _ := indicator.ParseTarget("tăng 30% so với năm trước")
	e, _ := indicator.Evaluate(t, indicator.Direct(decimal.NewFromInt(130)))
	fmt.Println(e.Status, e.Why)
	// Output:
	// undefined no-baseline
}

func ExampleProgress() {
	t, _ := indicator.ParseTarget("ít nhất 3 huyện")
	t = t.WithPeriod(calendar.YearPeriod(2017)).WithBaseline(indicator.Baseline{Value: decimal.Zero})
	for _, q := range []int{1, 2, 3} {
		e, _ := indicator.Evaluate(t, indicator.Direct(decimal.NewFromInt(1)).WithPeriod(calendar.QuarterPeriod(2017, q)))
		fmt.Print(e.Progress, " ")
	}
	fmt.Println()
	// Output:
	// on-track needs-attention off-track
}

func ExampleParseError() {
	_, err := indicator.ParseTarget("Thường xuyên")
	var pe *indicator.ParseError
	fmt.Println(errors.As(err, &pe), pe.Input)
	fmt.Println(err)
	// Output:
	// true Thường xuyên
	// indicator: cannot parse target "Thường xuyên": no quantity found
}

func ExampleValueError() {
	t, _ := indicator.ParseTarget("ít nhất 3 huyện")
	_, err := indicator.Evaluate(t, indicator.Direct(decimal.NewFromInt(-2)).WithUnit("Sở Nội vụ"))
	fmt.Println(err, errors.Is(err, indicator.ErrNegative))
	// Output:
	// indicator: observed count "-2" of "Sở Nội vụ": negative value true
}

func ExampleCriterionError() {
	m, _ := indicator.MethodologyFor(2017)
	points := map[string]decimal.Decimal{}
	for _, l := range m.Leaves() {
		points[l.Code] = l.Max
	}
	points["3"] = decimal.NewFromInt(15)
	_, err := m.Score("Tỉnh Mẫu", 2017, points)
	var ce *indicator.CriterionError
	fmt.Println(errors.As(err, &ce), ce.Code, errors.Is(err, indicator.ErrAboveMaximum))
	fmt.Println(ce)
	// Output:
	// true 3 true
	// indicator: Tỉnh Mẫu: criterion "3": points above the maximum (15 > 14.5)
}

func ExampleProblemsError() {
	_, err := indicator.Combine(indicator.MeasurePercent,
		indicator.Direct(decimal.NewFromInt(60)).WithUnit("Ba Bể"),
		indicator.Direct(decimal.NewFromInt(70)).WithUnit("Na Rì"))
	var pe *indicator.ProblemsError
	fmt.Println(errors.As(err, &pe), len(pe.Problems))
	fmt.Println(err)
	// Output:
	// true 2
	// indicator: observations of percent: 2 problems
	// 	indicator: direct percentage for percent "60" of "Ba Bể": value does not fit the measure
	// 	indicator: direct percentage for percent "70" of "Na Rì": value does not fit the measure
}
