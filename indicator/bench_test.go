package indicator_test

import (
	"fmt"
	"testing"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/indicator"
)

func observations(n int) []indicator.Observation {
	obs := make([]indicator.Observation, n)
	for i := range obs {
		den := int64(i%97 + 1)
		obs[i] = indicator.Fraction("xa", calendar.Period{}, den/2, den)
	}
	return obs
}

// BenchmarkAggregate adds fractions up; BenchmarkAggregatePlainLoop adds the
// same int64 fields with nothing else, the floor to compare with.
func BenchmarkAggregate(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		obs := observations(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var t indicator.Total
				for i := range obs {
					t.Add(&obs[i])
				}
			}
		})
	}
}

func BenchmarkAggregatePlainLoop(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		obs := observations(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var num, den int64
				for i := range obs {
					num += obs[i].Num
					den += obs[i].Den
				}
				_, _ = num, den
			}
		})
	}
}

func BenchmarkEvaluate(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		obs := observations(n)
		t, _ := indicator.ParseTarget("Trên 60%")
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, o := range obs {
					indicator.Evaluate(t, o)
				}
			}
		})
	}
}

func BenchmarkParseTarget(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		indicator.ParseTarget("tăng từ 30% trở lên so với năm trước")
	}
}
