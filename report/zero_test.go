package report_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/report"
)

// A nil argument where an error can be returned is an *ArgumentError naming
// the function and the argument, never a panic.
func TestNilArguments(t *testing.T) {
	p, err := examples.ThaiNguyen2017()
	if err != nil {
		t.Fatal(err)
	}
	f := form(t, "thai-nguyen-2017-monthly")
	august := calendar.MonthPeriod(2017, time.August)
	day := calendar.NewDate(2017, time.August, 25)
	tests := []struct {
		name     string
		call     func() error
		fn, arg  string
		contains string
	}{
		{"PlanHierarchy(nil)", func() error { _, err := report.PlanHierarchy(nil, day); return err }, "PlanHierarchy", "plan", "report: PlanHierarchy: no plan (nil)"},
		{"NewHierarchy(nil)", func() error { _, err := report.NewHierarchy(nil, "", day); return err }, "NewHierarchy", "agency registry", "no agency registry"},
		{"Simulate(nil, nil)", func() error { _, err := report.Simulate(nil, nil, august, 0); return err }, "Simulate", "plan", "Simulate: no plan"},
		{"Simulate(p, nil)", func() error { _, err := report.Simulate(p, nil, august, 0); return err }, "Simulate", "form", "Simulate: no form"},
		{"NewCollector(nil)", func() error { _, err := report.NewCollector(nil, f); return err }, "NewCollector", "agency registry", "no agency registry"},
		{"Hierarchy{}.With", func() error { _, err := new(report.Hierarchy).With(nil); return err }, "Hierarchy.With", "agency registry", "no agency registry"},
	}
	for _, tt := range tests {
		var err error
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s panics: %v", tt.name, r)
				}
			}()
			err = tt.call()
		}()
		var ae *report.ArgumentError
		if !errors.As(err, &ae) || ae.Func != tt.fn || ae.Arg != tt.arg || !strings.Contains(err.Error(), tt.contains) {
			t.Errorf("%s: %v, want an *ArgumentError of %s, %s", tt.name, err, tt.fn, tt.arg)
		}
	}
}

// The functions without an error take a nil plan for one without tasks,
// objectives or reports, and give an empty result that can be used.
func TestNilPlan(t *testing.T) {
	day := calendar.NewDate(2017, time.August, 25)
	pr := report.CheckProgress(nil, day, []report.Completion{{Task: "1.1", Done: day}})
	var te *report.TaskError
	if len(pr.Tasks()) != 0 || pr.Total().Total() != 0 || pr.ByAgency() != nil || pr.ByArea() != nil ||
		len(pr.Problems()) != 1 || !errors.As(pr.Problems()[0], &te) || pr.Date() != day {
		t.Errorf("CheckProgress(nil): tasks %v, problems %v", pr.Tasks(), pr.Problems())
	}
	c := report.CheckCompliance(nil, day, nil)
	if len(c.Entries()) != 0 || c.ByUnit() != nil || c.ByPeriod() != nil || c.LateUnits(2017, 0) != nil || c.Date() != day {
		t.Errorf("CheckCompliance(nil): %v", c.Entries())
	}
	acc := report.NewAccumulator(nil, nil, calendar.Period{})
	s := mustSubmit(t, form(t, "thai-nguyen-2017-weekly"), weeklySpec())
	var ue *report.UnknownFormError
	if err := acc.Add(s); !errors.As(err, &ue) {
		t.Errorf("Add to an accumulator without a form: %v", err)
	}
	r := acc.Rollup()
	if r.Root() != nil || len(r.Orphans()) != 0 {
		t.Errorf("Rollup without a form: root %v", r.Root())
	}
	for range r.Walk() {
		t.Error("Walk of an empty roll-up yields a node")
	}
	// A form without a hierarchy takes no unit.
	acc = report.NewAccumulator(s.Form(), nil, calendar.Period{})
	var unitErr *report.UnitError
	if err := acc.Add(s); !errors.As(err, &unitErr) || acc.Units() != 0 {
		t.Errorf("Add to an accumulator without a hierarchy: %v", err)
	}
	doc := report.PlanDocument(nil, r, day)
	if doc.Issuer != "" || doc.Date != day || doc.Rollup != r {
		t.Errorf("PlanDocument(nil) = %+v", doc)
	}
	if err := report.NewRenderer().Render(new(strings.Builder), report.FormatText, doc); err == nil {
		t.Error("rendering an empty roll-up: no error")
	}
	// Objectives of an empty roll-up evaluate nothing.
	p, err := examples.BinhPhuoc2018()
	if err != nil {
		t.Fatal(err)
	}
	pr = report.CheckProgress(p, day, nil, report.Objectives(r))
	if len(pr.Evaluations()) != 0 {
		t.Errorf("Objectives of an empty roll-up: %v", pr.Evaluations())
	}
	pr = report.CheckProgress(p, day, nil, report.Objectives(&report.Rollup{}, report.Measure{Objective: "II.6.d", Target: 1, Field: "official-email-users"}))
	if e := pr.Evaluations(); len(e) != 1 || e[0].Err != nil || !e[0].Value.IsZero() {
		t.Errorf("a measure against the zero Rollup: %+v", e)
	}
}

// The zero values of the package's types are usable and empty.
func TestZeroValues(t *testing.T) {
	weekly := form(t, "thai-nguyen-2017-weekly")
	s := mustSubmit(t, weekly, weeklySpec())
	data, err := s.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var c report.Collector
	_, err = c.Read(strings.NewReader(string(data)))
	var de *report.DecodeError
	var ue *report.UnknownFormError
	if !errors.As(err, &de) || de.Line == 0 || !errors.As(err, &ue) {
		t.Errorf("Collector{}.Read: %v, want a placed *UnknownFormError", err)
	}
	if _, err := c.Add(s); !errors.As(err, &ue) || c.Len() != 0 || len(c.Submissions()) != 0 {
		t.Errorf("Collector{}.Add: %v", err)
	}

	var a, b report.Accumulator
	if err := a.Merge(&b); err != nil {
		t.Errorf("Accumulator{}.Merge(Accumulator{}): %v", err)
	}
	h, err := report.NewHierarchy(registry(t, 0, 0), "ubnd", calendar.NewDate(2017, time.August, 1))
	if err != nil {
		t.Fatal(err)
	}
	full := report.NewAccumulator(weekly, h, calendar.Period{})
	if err := full.Add(s); err != nil {
		t.Fatal(err)
	}
	if err := a.Merge(full); err == nil {
		t.Error("Accumulator{}.Merge of another form's accumulator: no error")
	}
	if err := full.Merge(&a); err == nil {
		t.Error("Merge of the zero Accumulator into another: no error")
	}
	if err := full.Merge(nil); err != nil || full.Units() != 1 {
		t.Errorf("Merge(nil): %v", err)
	}
	if r := a.Rollup(); r.Root() != nil {
		t.Errorf("Accumulator{}.Rollup: root %v", r.Root())
	}
	if err := a.Add(s); !errors.As(err, &ue) {
		t.Errorf("Accumulator{}.Add: %v", err)
	}
	var r report.Rollup
	for range r.Walk() {
		t.Error("Rollup{}.Walk yields a node")
	}
	if r.Root() != nil || r.Form() != nil {
		t.Error("Rollup{} has a root or a form")
	}
	var pr report.Progress
	if pr.ByAgency() != nil || pr.ByArea() != nil || len(pr.Tasks()) != 0 {
		t.Error("Progress{} has tasks")
	}
	var hz report.Hierarchy
	if _, ok := hz.Parent("ubnd"); ok || hz.Reaches("ubnd") || hz.Path("ubnd") != nil {
		t.Error("Hierarchy{} holds a unit")
	}
	if _, err := hz.With(map[agency.ID]agency.ID{"cong-an": "ubnd"}); err == nil {
		t.Error("Hierarchy{}.With: no error")
	}
	if err := report.NewRenderer().Render(new(strings.Builder), report.FormatCSV, report.Document{Rollup: &r}); err == nil {
		t.Error("rendering the zero Rollup: no error")
	}
}
