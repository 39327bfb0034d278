package report_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/report"
)

// The roll-up benchmarks add n monthly submissions of Thái Nguyên's communes
// (a pool of 180 communes over five years, cycled) and compare with a plain
// loop adding the same int64 figures into one array. Both report ns per
// submission; memory stays that of the pool and the accumulators.
var rollupSizes = []int{100_000, 1_000_000}

func benchPool(b *testing.B) ([]report.Submission, *report.Hierarchy, *report.Form) {
	reg := registry(b, 20, 0)
	f := form(b, "thai-nguyen-2017-monthly")
	subs := pool(b, reg, f, 2017, 5)
	h, err := report.NewHierarchy(reg, "ubnd", calendar.NewDate(2021, time.December, 31))
	if err != nil {
		b.Fatal(err)
	}
	return subs, h, f
}

func BenchmarkRollup(b *testing.B) {
	subs, h, f := benchPool(b)
	for _, n := range rollupSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				acc := report.NewAccumulator(f, h, calendar.YearsPeriod(2017, 2021))
				for i := range n {
					if err := acc.Add(subs[i%len(subs)]); err != nil {
						b.Fatal(err)
					}
				}
				if acc.Rollup().Root().Total.Reports() != n {
					b.Fatal("lost submissions")
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/submission")
		})
	}
}

func BenchmarkRollupPlainLoop(b *testing.B) {
	subs, _, f := benchPool(b)
	// The same figures as int64, taken out of the submissions beforehand.
	var codes []string
	for _, fd := range f.Fields() {
		if fd.Type != report.TypeText {
			codes = append(codes, fd.Code)
		}
	}
	figures := make([][]int64, len(subs))
	for i, s := range subs {
		for _, c := range codes {
			v, _ := s.Value(c)
			switch v.Type() {
			case report.TypeCount:
				figures[i] = append(figures[i], v.Count())
			case report.TypeRatio:
				num, den := v.Ratio()
				figures[i] = append(figures[i], num, den)
			}
		}
	}
	for _, n := range rollupSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sum := make([]int64, len(figures[0]))
				for i := range n {
					for j, v := range figures[i%len(figures)] {
						sum[j] += v
					}
				}
				if sum[0] < 0 {
					b.Fatal("overflow")
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/submission")
		})
	}
}
