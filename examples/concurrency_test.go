package examples_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/task"
)

// TestSharedValuesUnderConcurrency has many goroutines share one Calendar,
// one Registry and one loaded Plan, asking the questions a portal asks; run
// under -race in CI. Every goroutine must get the single-goroutine answers.
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
	want := answer()
	const workers = 16
	got := make([]string, workers)
	var wg sync.WaitGroup
	for i := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = answer()
		}()
	}
	wg.Wait()
	for i, g := range got {
		if g != want {
			t.Fatalf("goroutine %d got another answer", i)
		}
	}
}
