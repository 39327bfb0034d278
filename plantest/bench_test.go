package plantest_test

import (
	"testing"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/plantest"
)

// BenchmarkCheck reports the nine warnings of Thái Nguyên 2017.
func BenchmarkCheck(b *testing.B) {
	p, err := examples.ThaiNguyen2017()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		var r recorder
		plantest.Check(&r, p)
	}
}

// BenchmarkCheckOn loads the plan again to judge its agencies in 2026.
func BenchmarkCheckOn(b *testing.B) {
	p, err := examples.ThaiNguyen2017()
	if err != nil {
		b.Fatal(err)
	}
	on := plantest.On(calendar.NewDate(2026, 1, 1))
	b.ReportAllocs()
	for b.Loop() {
		var r recorder
		plantest.Check(&r, p, on)
	}
}
