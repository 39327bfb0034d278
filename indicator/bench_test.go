package indicator_test

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/indicator"
	"github.com/shopspring/decimal"
)

// The sizes benchmarks run at: ten times the input should take about ten
// times as long.
var sizes = []int{100_000, 1_000_000}

var ratioSets sync.Map // size -> []indicator.Ratio

// ratios returns n made-up dossier counts: den dossiers resolved, num of
// them on time. The same n always gives the same ratios.
func ratios(n int) []indicator.Ratio {
	if rs, ok := ratioSets.Load(n); ok {
		return rs.([]indicator.Ratio)
	}
	rng := rand.New(rand.NewPCG(uint64(n), 2017))
	rs := make([]indicator.Ratio, n)
	for i := range rs {
		den := rng.Int64N(5000)
		rs[i] = indicator.Ratio{Num: rng.Int64N(den + 1), Den: den}
	}
	ratioSets.Store(n, rs)
	return rs
}

func observations(b *testing.B, n int) []indicator.Observation {
	q3 := calendar.QuarterPeriod(2017, 3)
	obs := make([]indicator.Observation, n)
	for i, r := range ratios(n) {
		o, err := indicator.OfRatio(r)
		if err != nil {
			b.Fatal(err)
		}
		obs[i] = o.WithPeriod(q3)
	}
	return obs
}

var (
	sink      any
	ratioSink indicator.Ratio
)

// BenchmarkAggregate adds n ratios with SumRatios, the checked hot path.
func BenchmarkAggregate(b *testing.B) {
	for _, n := range sizes {
		rs := ratios(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r, err := indicator.SumRatios(rs)
				if err != nil {
					b.Fatal(err)
				}
				sink = r
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/ratio")
		})
	}
}

// BenchmarkAggregatePlainLoop adds the same ratios in a plain loop over the
// int64 numerators and denominators, with no checks: the yardstick for
// BenchmarkAggregate.
func BenchmarkAggregatePlainLoop(b *testing.B) {
	for _, n := range sizes {
		rs := ratios(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var num, den int64
				for _, r := range rs {
					num += r.Num
					den += r.Den
				}
				sink = indicator.Ratio{Num: num, Den: den}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/ratio")
		})
	}
}

// BenchmarkCombine aggregates n observations keeping the per-unit breakdown.
func BenchmarkCombine(b *testing.B) {
	for _, n := range sizes {
		obs := observations(b, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				a, err := indicator.Combine(indicator.MeasurePercent, obs...)
				if err != nil {
					b.Fatal(err)
				}
				sink = a
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/obs")
		})
	}
}

// BenchmarkEvaluate evaluates n observations against a target with a
// period and a baseline, so that every progress class is computed.
func BenchmarkEvaluate(b *testing.B) {
	t, err := indicator.ParseTarget("đạt 100% số hồ sơ TTHC được giải quyết đúng hạn")
	if err != nil {
		b.Fatal(err)
	}
	t = t.WithPeriod(calendar.YearPeriod(2017)).WithBaseline(indicator.Baseline{Value: decimal.NewFromInt(80)})
	for _, n := range sizes {
		obs := observations(b, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				met := 0
				for _, o := range obs {
					e, err := indicator.Evaluate(t, o)
					if err != nil {
						b.Fatal(err)
					}
					if e.Met() {
						met++
					}
				}
				sink = met
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/obs")
		})
	}
}

func BenchmarkParseTarget(b *testing.B) {
	phrases := []string{"Trên 60% người dân hài lòng", "ít nhất 03 đơn vị hành chính cấp huyện", "tăng từ 30% trở lên so với năm trước", "đạt nhóm C trở lên"}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range phrases {
			if _, err := indicator.ParseTarget(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkParseTargets(b *testing.B) {
	const objective = "Đẩy mạnh việc ứng dụng công nghệ thông tin vào hoạt động quản lý và giải quyết thủ tục hành chính. Phấn đấu đạt tỷ lệ 60% trở lên các văn bản, tài liệu trao đổi chính thức giữa các cơ quan hành chính nhà nước được thực hiện trên mạng điện tử; 100% cơ quan hành chính cấp tỉnh, cấp huyện có cổng thông tin điện tử hoặc trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định; cung cấp tất cả các dịch vụ công trực tuyến ở mức độ 2 và một số dịch vụ công cơ bản ở mức độ 3 tới người dân, doanh nghiệp."
	b.ReportAllocs()
	for b.Loop() {
		if _, err := indicator.ParseTargets(objective); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkScore(b *testing.B) {
	m, err := indicator.MethodologyFor(2017)
	if err != nil {
		b.Fatal(err)
	}
	points := map[string]decimal.Decimal{}
	for _, l := range m.Leaves() {
		points[l.Code] = l.Max
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Score("Tỉnh Mẫu", 2017, points); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSumRatiosAllocs checks that the hot path allocates nothing, whatever
// the number of ratios.
func TestSumRatiosAllocs(t *testing.T) {
	rs := ratios(10_000)
	if n := testing.AllocsPerRun(5, func() { ratioSink, _ = indicator.SumRatios(rs) }); n != 0 {
		t.Errorf("SumRatios allocates %v times", n)
	}
}
