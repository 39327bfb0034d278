package indicator_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/indicator"
)

func ExampleParseTarget() {
	t, _ := indicator.ParseTarget("Trên 60% người dân hài lòng")
	fmt.Println(t.Measure(), t.Comparison(), t.Value(), t.Unit(), "|", t.Subject(), "|", t)
	// Output: percentage more-than 60 % | người dân hài lòng | > 60%
}

// The objectives of Bắc Kạn 2011-2015 against invented figures for 2015.
func ExampleEvaluate() {
	period := calendar.YearsPeriod(2011, 2015)
	objectives := []struct {
		target string
		obs    indicator.Observation
	}{
		{"60% trở lên", indicator.Fraction("hài lòng với cơ quan hành chính", period, 1312, 2000)},
		{"trên 50%", indicator.Fraction("cơ quan có cơ cấu theo vị trí việc làm", period, 21, 45)},
		{"trên 65%", indicator.Fraction("cán bộ cấp xã đạt chuẩn", period, 0, 0)},
		{"95%", indicator.Fraction("công chức cấp xã đạt chuẩn", period, 1187, 1230)},
	}
	for _, o := range objectives {
		t, _ := indicator.ParseTarget(o.target)
		fmt.Printf("%-40s %s\n", o.obs.Unit, indicator.Evaluate(t.WithPeriod(period), o.obs))
	}
	// Output:
	// hài lòng với cơ quan hành chính          ≥ 60%: 65,6% achieved
	// cơ quan có cơ cấu theo vị trí việc làm   > 50%: 46,67% missed
	// cán bộ cấp xã đạt chuẩn                  > 65%: undefined (indicator: observation of "cán bộ cấp xã đạt chuẩn" (0/0): zero denominator)
	// công chức cấp xã đạt chuẩn               ≥ 95%: 96,5% achieved
}

// A made-up province scored with the 2017 methodology, at area level.
func ExampleMethodology_Score() {
	m := indicator.Methodology2017()
	points := map[string]decimal.Decimal{}
	for i, p := range []string{"8.5", "8.75", "11.2", "9", "12.4", "6", "11.8", "12.1"} {
		points[fmt.Sprint(i+1)] = decimal.RequireFromString(p)
	}
	card, err := m.Score("Tỉnh Mẫu", points)
	fmt.Println(card.Province, indicator.FormatVI(card.Total, "%"), err)
	for _, a := range card.Areas[:3] {
		fmt.Printf("%s %s/%s (%s)\n", a.Code, indicator.FormatVI(a.Points, ""), indicator.FormatVI(a.Max, ""), indicator.FormatVI(a.Percent, "%"))
	}
	// Output:
	// Tỉnh Mẫu 79,75% <nil>
	// 1 8,5/10 (85%)
	// 2 8,75/10 (87,5%)
	// 3 11,2/14,5 (77,24%)
}
