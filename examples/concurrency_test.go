package examples_test

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/report"
	"github.com/openpar/cchc/task"
)

// TestSharedValuesUnderConcurrency has many goroutines share one Calendar,
// one Registry, one loaded Plan and one roll-up accumulator, asking the
// questions a portal asks and adding reports up; run under -race in CI.
// Every goroutine must get the single-goroutine answers.
func TestSharedValuesUnderConcurrency(t *testing.T) {
	vn := calendar.Vietnam()
	reg := agency.Default()
	p, err := examples.ThaiNguyen2017()
	if err != nil {
		t.Fatal(err)
	}
	from, to := calendar.NewDate(2017, 1, 1), calendar.NewDate(2017, 12, 31)
	names := []string{"Sở Nội Vụ", "SNV", "TT tâm thông tin tỉnh", "Sở Tư pháp", "VP UBND", "Sở KH&ĐT"}
	answer := func() string {
		var b strings.Builder
		for d := from; !d.After(to); d = d.AddDays(7) {
			fmt.Fprint(&b, vn.AddWorkdays(d, 10), vn.Workdays(from, d), vn.IsWorkday(d), " ")
		}
		for _, n := range names {
			id, err := reg.Resolve(n)
			holder, _ := reg.Successor(id, calendar.NewDate(2025, 8, 1))
			fmt.Fprint(&b, id, err, holder, " ")
		}
		for _, a := range p.Matrix().Agencies() {
			fmt.Fprint(&b, a, p.Matrix().Tasks(a, task.Lead), len(p.Obligations(a, from, to)), " ")
		}
		fmt.Fprint(&b, len(p.Validate()))
		return b.String()
	}
	// One roll-up accumulator fed by every goroutine, half adding its share
	// of a month's reports directly and half through an accumulator of its
	// own merged in: the totals must equal those of one goroutine adding all.
	form, err := report.BuiltinForm("thai-nguyen-2017-monthly")
	if err != nil {
		t.Fatal(err)
	}
	august := calendar.MonthPeriod(2017, time.August)
	subs, err := report.Simulate(p, form, august, 7)
	if err != nil {
		t.Fatal(err)
	}
	subs = report.Latest(slices.Values(subs))
	h, err := report.PlanHierarchy(p, august.End())
	if err != nil {
		t.Fatal(err)
	}
	alone := report.NewAccumulator(form, h, august)
	if err := alone.AddAll(slices.Values(subs)); err != nil {
		t.Fatal(err)
	}
	shared := report.NewAccumulator(form, h, august)

	want := answer()
	const workers = 16
	got := make([]string, workers)
	var wg sync.WaitGroup
	for i := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = answer()
			var share []report.Submission
			for k := i; k < len(subs); k += workers {
				share = append(share, subs[k])
			}
			if i%2 == 0 {
				if err := shared.AddAll(slices.Values(share)); err != nil {
					t.Error(err)
				}
				return
			}
			own := report.NewAccumulator(form, h, august)
			if err := own.AddAll(slices.Values(share)); err != nil {
				t.Error(err)
			}
			if err := shared.Merge(own); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	for i, g := range got {
		if g != want {
			t.Fatalf("goroutine %d got another answer", i)
		}
	}
	a, b := alone.Rollup().Root().Total, shared.Rollup().Root().Total
	for _, f := range form.Fields() {
		va, _ := a.Value(f.Code)
		vb, _ := b.Value(f.Code)
		if !va.Equal(vb) {
			t.Errorf("field %s: %v added by one goroutine, %v by many", f.Code, va, vb)
		}
	}
	if a.Reports() != b.Reports() || a.Reports() == 0 {
		t.Errorf("%d reports added by one goroutine, %d by many", a.Reports(), b.Reports())
	}
}
