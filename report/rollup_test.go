package report_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/report"
)

func TestHierarchyBeforeAndAfter2025(t *testing.T) {
	reg := registry(t, 2, 2)
	tests := []struct {
		on   calendar.Date
		unit agency.ID
		path []agency.ID
	}{
		{calendar.NewDate(2017, time.July, 19), "ubnd-xa-4-1", []agency.ID{"ubnd-xa-4-1", "ubnd-huyen-dinh-hoa", "ubnd"}},
		{calendar.NewDate(2025, time.June, 30), "ubnd-xa-4-1", []agency.ID{"ubnd-xa-4-1", "ubnd-huyen-dinh-hoa", "ubnd"}},
		// The districts are gone: a commune's figures go straight to the province.
		{calendar.NewDate(2025, time.July, 1), "ubnd-xa-4-1", []agency.ID{"ubnd-xa-4-1", "ubnd"}},
		{calendar.NewDate(2025, time.December, 31), "ubnd-xa-moi-2", []agency.ID{"ubnd-xa-moi-2", "ubnd"}},
		{calendar.NewDate(2017, time.July, 19), "so-noi-vu", []agency.ID{"so-noi-vu", "ubnd"}},
		{calendar.NewDate(2017, time.July, 19), "trung-tam-hanh-chinh-cong", []agency.ID{"trung-tam-hanh-chinh-cong", "van-phong-ubnd", "ubnd"}},
		// A central branch belongs to no body of the province.
		{calendar.NewDate(2017, time.July, 19), "cong-an", []agency.ID{"cong-an"}},
	}
	for _, tt := range tests {
		h, err := report.NewHierarchy(reg, "ubnd", tt.on)
		if err != nil {
			t.Fatal(err)
		}
		if got := h.Path(tt.unit); !reflect.DeepEqual(got, tt.path) {
			t.Errorf("on %s: Path(%s) = %v, want %v", tt.on, tt.unit, got, tt.path)
		}
		if h.Reaches(tt.unit) != (tt.path[len(tt.path)-1] == "ubnd") {
			t.Errorf("on %s: Reaches(%s) = %v", tt.on, tt.unit, h.Reaches(tt.unit))
		}
	}
	if _, err := report.NewHierarchy(reg, "ubnd-tinh-khac", calendar.Date{}); err == nil {
		t.Error("a root the registry does not hold")
	}
}

func TestHierarchyWith(t *testing.T) {
	reg := registry(t, 0, 0)
	h, _ := report.NewHierarchy(reg, "ubnd", calendar.NewDate(2017, time.July, 19))
	h2, err := h.With(map[agency.ID]agency.ID{"cong-an": "ubnd", "kho-bac-nha-nuoc": "cuc-thue", "cuc-thue": "kho-bac-nha-nuoc"})
	if err != nil {
		t.Fatal(err)
	}
	if p, ok := h2.Parent("cong-an"); !ok || p != "ubnd" {
		t.Errorf("cong-an reports to %q", p)
	}
	if _, ok := h.Parent("cong-an"); ok {
		t.Error("With changed the hierarchy it was called on")
	}
	// Two units given as each other's parents: the loop is cut, and both
	// stay off the root.
	if h2.Reaches("cuc-thue") || h2.Reaches("kho-bac-nha-nuoc") || len(h2.Path("cuc-thue")) != 2 {
		t.Errorf("a cycle of reporting lines: %v", h2.Path("cuc-thue"))
	}
	if _, err := h.With(map[agency.ID]agency.ID{"so-khong-co": "ubnd"}); err == nil {
		t.Error("a line from a unit the registry does not hold")
	}
}

func TestPlanHierarchy(t *testing.T) {
	p, err := examples.ThaiNguyen2017()
	if err != nil {
		t.Fatal(err)
	}
	h, err := report.PlanHierarchy(p, p.Date())
	if err != nil {
		t.Fatal(err)
	}
	// The plan asks central branches to report to the province.
	for _, id := range []agency.ID{"cong-an", "cuc-thue", "so-noi-vu", "ubnd-huyen-dai-tu"} {
		if !h.Reaches(id) {
			t.Errorf("%s does not reach %s: %v", id, h.Root(), h.Path(id))
		}
	}
	if h.Reaches("bao-thai-nguyen") {
		t.Error("Báo Thái Nguyên sends no report, yet reaches the root")
	}
}

// monthlySubmissions returns a month's full reports from each unit.
func monthlySubmissions(t *testing.T, f *report.Form, units []agency.ID, p calendar.Period, seed uint64) []report.Submission {
	rng := rand.New(rand.NewPCG(seed, 7))
	var out []report.Submission
	for _, u := range units {
		out = append(out, mustSubmit(t, f, report.SubmissionSpec{Unit: u, Period: p, Received: p.End().At(8, 0), Values: fullValues(f, rng)}))
	}
	return out
}

func TestRollupAddsUpTheTree(t *testing.T) {
	reg := registry(t, 2, 0)
	f := form(t, "thai-nguyen-2017-monthly")
	march := calendar.MonthPeriod(2025, time.March)
	units := []agency.ID{"ubnd-xa-1-1", "ubnd-xa-1-2", "ubnd-thanh-pho-thai-nguyen", "ubnd-xa-2-1", "so-noi-vu", "cong-an"}
	subs := monthlySubmissions(t, f, units, march, 1)
	h, _ := report.NewHierarchy(reg, "ubnd", march.End())
	acc := report.NewAccumulator(f, h, march)
	if err := acc.AddAll(slices.Values(subs)); err != nil {
		t.Fatal(err)
	}
	r := acc.Rollup()

	// The expected sums, added here one submission at a time.
	sum := func(code string, of ...int) (int64, int64) {
		var a, b int64
		for _, i := range of {
			v, _ := subs[i].Value(code)
			switch v.Type() {
			case report.TypeCount:
				a += v.Count()
			case report.TypeRatio:
				n, d := v.Ratio()
				a, b = a+n, b+d
			}
		}
		return a, b
	}
	tests := []struct {
		unit agency.ID
		of   []int // the submissions under the unit
	}{
		{"ubnd", []int{0, 1, 2, 3, 4}}, // not cong-an: it has no path to the root
		{"ubnd-thanh-pho-thai-nguyen", []int{0, 1, 2}},
		{"ubnd-thanh-pho-song-cong", []int{3}},
		{"ubnd-xa-1-2", []int{1}},
	}
	for _, tt := range tests {
		n, ok := r.Node(tt.unit)
		if !ok {
			t.Fatalf("no node for %s", tt.unit)
		}
		if n.Total.Reports() != len(tt.of) {
			t.Errorf("%s: %d reports, want %d", tt.unit, n.Total.Reports(), len(tt.of))
		}
		for _, code := range []string{"dossiers-received", "news-items", "electronic-documents", "level3-dossiers"} {
			v, ok := n.Total.Value(code)
			a, b := sum(code, tt.of...)
			got, gotDen := v.Count(), int64(0)
			if v.Type() == report.TypeRatio {
				got, gotDen = v.Ratio()
			}
			if !ok || got != a || gotDen != b {
				t.Errorf("%s %s = %v, want %d/%d", tt.unit, code, v, a, b)
			}
		}
	}
	// A ratio is Σ numerators / Σ denominators, not a mean of percentages.
	if v, _ := r.Root().Total.Value("electronic-documents"); true {
		num, den := sum("electronic-documents", 0, 1, 2, 3, 4)
		p, _ := v.Percent()
		if want := float64(num) * 100 / float64(den); fmt.Sprintf("%.2f", want) != p.StringFixed(2) {
			t.Errorf("percentage %s, want %.2f", p, want)
		}
	}
	// Own figures and the drill-down.
	city, _ := r.Node("ubnd-thanh-pho-thai-nguyen")
	if city.Own.Reports() != 1 || len(city.Children) != 2 || city.Children[0].Unit != "ubnd-xa-1-1" || city.Level != agency.District {
		t.Errorf("city: own %d, children %v", city.Own.Reports(), city.Children)
	}
	song, _ := r.Node("ubnd-thanh-pho-song-cong")
	if song.Own.Reports() != 0 {
		t.Errorf("a district that sent nothing has %d own reports", song.Own.Reports())
	}
	if _, ok := song.Own.Value("dossiers-received"); ok {
		t.Error("a figure nobody reported is not a zero")
	}
	// The unit without a parent is kept apart and reported.
	var oe *report.OrphanError
	if orphans := r.Orphans(); len(orphans) != 1 || orphans[0].Unit != "cong-an" || orphans[0].Total.Reports() != 1 {
		t.Errorf("orphans %v", orphans)
	}
	if ps := r.Problems(); len(ps) != 1 || !errors.As(ps[0], &oe) || oe.Unit != "cong-an" {
		t.Errorf("problems %v", ps)
	}
	var depths []int
	for d, n := range r.Walk() {
		depths = append(depths, d)
		if n.Unit == "ubnd-xa-1-1" && d != 2 {
			t.Errorf("commune at depth %d", d)
		}
	}
	if len(depths) != 7 || depths[0] != 0 {
		t.Errorf("Walk depths %v", depths)
	}
}

func TestRollupAfter2025(t *testing.T) {
	reg := registry(t, 1, 2)
	f := form(t, "thai-nguyen-2017-monthly")
	year := calendar.YearPeriod(2025)
	h, _ := report.NewHierarchy(reg, "ubnd", year.End())
	acc := report.NewAccumulator(f, h, year)
	old := monthlySubmissions(t, f, []agency.ID{"ubnd-xa-1-1", "ubnd-xa-2-1"}, calendar.MonthPeriod(2025, time.May), 2)
	now := monthlySubmissions(t, f, []agency.ID{"ubnd-xa-moi-1", "ubnd-xa-moi-2"}, calendar.MonthPeriod(2025, time.September), 3)
	if err := acc.AddAll(slices.Values(append(old, now...))); err != nil {
		t.Fatal(err)
	}
	r := acc.Rollup()
	var under []agency.ID
	for _, c := range r.Root().Children {
		under = append(under, c.Unit)
	}
	// Every commune, old or new, sits right under the province at the end of 2025.
	if len(under) != 4 || len(r.Orphans()) != 0 {
		t.Errorf("under the province: %v", under)
	}
}

func TestAccumulatorErrors(t *testing.T) {
	reg := registry(t, 0, 0)
	f := form(t, "thai-nguyen-2017-weekly")
	h, _ := report.NewHierarchy(reg, "ubnd", week31.End())
	acc := report.NewAccumulator(f, h, calendar.MonthPeriod(2017, time.August))
	s := mustSubmit(t, f, weeklySpec()) // week 31 starts on 31 July
	var pe *report.PeriodError
	if err := acc.Add(s); !errors.As(err, &pe) || pe.Period != week31 {
		t.Errorf("a week outside the month: %v", err)
	}
	monthly := form(t, "thai-nguyen-2017-monthly")
	other := mustSubmitLoose(t, monthly, report.SubmissionSpec{Unit: "so-noi-vu", Period: calendar.MonthPeriod(2017, time.August), Received: friday10})
	var fe *report.UnknownFormError
	if err := acc.Add(other); !errors.As(err, &fe) || fe.Code != monthly.Code() {
		t.Errorf("another form: %v", err)
	}
	acc = report.NewAccumulator(f, h, calendar.Period{})
	spec := weeklySpec()
	spec.Unit = "so-khong-co"
	var ue *report.UnitError
	if err := acc.Add(mustSubmit(t, f, spec)); !errors.As(err, &ue) {
		t.Errorf("unknown unit: %v", err)
	}
	if err := acc.Add(report.Submission{}); err == nil {
		t.Error("the zero Submission was added")
	}
	if err := acc.Add(s); err != nil || acc.Units() != 1 {
		t.Errorf("a zero span takes every period: %v", err)
	}
	if err := acc.Merge(report.NewAccumulator(monthly, h, calendar.Period{})); err == nil {
		t.Error("merge of accumulators of different forms")
	}
	spec = weeklySpec()
	spec.Unit = "so-tu-phap"
	if err := acc.Replace(s, mustSubmit(t, f, spec)); err == nil {
		t.Error("replace of another unit's report")
	}
}

// snapshot describes a roll-up completely, for comparing two.
func snapshot(r *report.Rollup) []string {
	var out []string
	f := r.Form()
	add := func(d int, n *report.Node) {
		line := fmt.Sprintf("%d %s %d/%d", d, n.Unit, n.Own.Reports(), n.Total.Reports())
		for _, fd := range f.Fields() {
			if v, ok := n.Total.Value(fd.Code); ok {
				line += fmt.Sprintf(" %s=%s(%d)", fd.Code, v, n.Total.Given(fd.Code))
			}
		}
		out = append(out, line)
	}
	for d, n := range r.Walk() {
		add(d, n)
	}
	for _, o := range r.Orphans() {
		add(-1, o)
	}
	return out
}

// Shards of a stream, added apart and merged in any order, give the roll-up
// of the whole stream.
func TestRollupMergesInAnyOrder(t *testing.T) {
	reg := registry(t, 3, 0)
	f := form(t, "thai-nguyen-2017-monthly")
	subs := pool(t, reg, f, 2019, 1)
	// Some submissions lack fields, so that the counts of who gave what
	// are tested too.
	spec := report.SubmissionSpec{Unit: "so-noi-vu", Period: calendar.MonthPeriod(2019, time.May), Received: calendar.NewDate(2019, time.May, 31).At(8, 0),
		Values: map[string]report.Value{"dossiers-received": report.Count(7)}}
	subs = append(subs, mustSubmitLoose(t, f, spec))
	h, _ := report.NewHierarchy(reg, "ubnd", calendar.NewDate(2019, time.December, 31))
	span := calendar.YearPeriod(2019)
	whole := report.NewAccumulator(f, h, span)
	if err := whole.AddAll(slices.Values(subs)); err != nil {
		t.Fatal(err)
	}
	want := snapshot(whole.Rollup())
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 5 {
		shards := make([]*report.Accumulator, 2+trial)
		for i := range shards {
			shards[i] = report.NewAccumulator(f, h, span)
		}
		for _, s := range subs {
			if err := shards[rng.IntN(len(shards))].Add(s); err != nil {
				t.Fatal(err)
			}
		}
		// Merge pairwise in a random order, as a tree would.
		for len(shards) > 1 {
			i, j := rng.IntN(len(shards)), rng.IntN(len(shards)-1)
			if j >= i {
				j++
			}
			if err := shards[i].Merge(shards[j]); err != nil {
				t.Fatal(err)
			}
			shards = slices.Delete(shards, j, j+1)
		}
		if got := snapshot(shards[0].Rollup()); !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d: merged shards differ from the whole", trial)
		}
	}
}

// Many goroutines adding to one accumulator, and merging into it, give the
// same roll-up as one goroutine; run with -race.
func TestAccumulatorConcurrent(t *testing.T) {
	reg := registry(t, 5, 0)
	f := form(t, "thai-nguyen-2017-monthly")
	subs := pool(t, reg, f, 2018, 1)
	h, _ := report.NewHierarchy(reg, "ubnd", calendar.NewDate(2018, time.December, 31))
	span := calendar.YearPeriod(2018)
	serial := report.NewAccumulator(f, h, span)
	serial.AddAll(slices.Values(subs))

	shared := report.NewAccumulator(f, h, span)
	var wg sync.WaitGroup
	const workers = 4
	for w := range workers {
		wg.Go(func() {
			if w == workers-1 {
				// One worker builds its own shard and merges it.
				own := report.NewAccumulator(f, h, span)
				for i := w; i < len(subs); i += workers {
					own.Add(subs[i])
				}
				if err := shared.Merge(own); err != nil {
					t.Error(err)
				}
				return
			}
			for i := w; i < len(subs); i += workers {
				if err := shared.Add(subs[i]); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range 20 {
			shared.Rollup() // reading while others write
		}
	}()
	wg.Wait()
	if got, want := snapshot(shared.Rollup()), snapshot(serial.Rollup()); !reflect.DeepEqual(got, want) {
		t.Fatal("concurrent roll-up differs from the serial one")
	}
}
