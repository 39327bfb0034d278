package report_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/report"
)

func TestCollector(t *testing.T) {
	reg := registry(t, 2, 1)
	f := form(t, "thai-nguyen-2017-weekly")
	c, err := report.NewCollector(reg, f)
	if err != nil {
		t.Fatal(err)
	}
	first := mustSubmit(t, f, weeklySpec())
	if prev, err := c.Add(first); err != nil || !prev.IsZero() {
		t.Fatalf("first Add: %v, %v", prev, err)
	}

	// The same revision again is a duplicate naming the report.
	_, err = c.Add(mustSubmit(t, f, weeklySpec()))
	var dup *report.DuplicateError
	if !errors.As(err, &dup) || dup.Key != first.Key() || dup.Revision != 1 {
		t.Errorf("duplicate: %v", err)
	}

	// A correction replaces the first and the history keeps both.
	spec := weeklySpec()
	spec.Revision, spec.Received = 2, friday10.Add(26*time.Hour)
	spec.Values["dossiers-received"] = report.Count(125)
	second := mustSubmit(t, f, spec)
	if prev, err := c.Add(second); err != nil || !prev.Equal(first) {
		t.Errorf("revision 2 replaced %v, %v; want revision 1", prev, err)
	}
	if latest, ok := c.Latest(first.Key()); !ok || !latest.Equal(second) {
		t.Errorf("Latest = %v", latest)
	}
	if h := c.History(first.Key()); len(h) != 2 || h[0].Revision() != 1 || h[1].Revision() != 2 {
		t.Errorf("History = %v", h)
	}

	// An older revision after a newer one is refused.
	spec.Revision = 1
	spec.Received = friday10.Add(30 * time.Hour)
	spec.Number = "late copy"
	_, err = c.Add(mustSubmit(t, f, spec))
	if !errors.As(err, &dup) {
		t.Errorf("revision 1 after 2: %v", err)
	}
	spec.Revision = 4
	if _, err := c.Add(mustSubmit(t, f, spec)); err != nil {
		t.Fatal(err)
	}
	spec.Revision = 3
	_, err = c.Add(mustSubmit(t, f, spec))
	var re *report.RevisionError
	if !errors.As(err, &re) || re.Revision != 3 || re.Latest != 4 {
		t.Errorf("revision 3 after 4: %v", err)
	}

	// Units the registry does not hold, or that did not exist then.
	for _, unit := range []agency.ID{"so-ngoai-vu", "ubnd-xa-moi-1", "so-noi-vu-moi"} {
		spec := weeklySpec()
		spec.Unit = unit
		_, err := c.Add(mustSubmit(t, f, spec))
		var ue *report.UnitError
		if !errors.As(err, &ue) || ue.Unit != unit || !strings.Contains(err.Error(), string(unit)) {
			t.Errorf("unit %s: %v", unit, err)
		}
	}

	// A form the collector does not hold, even one with the same code.
	other, err := report.ReadForms(strings.NewReader(mustJSON(t, f)))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Add(mustSubmit(t, other[0], weeklySpec()))
	var fe *report.UnknownFormError
	if !errors.As(err, &fe) || fe.Code != f.Code() {
		t.Errorf("copy of the form: %v", err)
	}
	if _, err := c.Add(report.Submission{}); err == nil {
		t.Error("the zero Submission was added")
	}

	if c.Len() != 3 || len(c.Submissions()) != 1 || len(slices.Collect(c.All())) != 3 {
		t.Errorf("Len %d, Submissions %d", c.Len(), len(c.Submissions()))
	}
}

func TestCollectorStreamsARollup(t *testing.T) {
	// A portal adds each report as it comes and keeps the roll-up current:
	// a correction takes the figures it replaces out.
	reg := registry(t, 0, 0)
	f := form(t, "thai-nguyen-2017-weekly")
	c, _ := report.NewCollector(reg, f)
	h, _ := report.NewHierarchy(reg, "ubnd", week31.End())
	acc := report.NewAccumulator(f, h, week31)
	add := func(s report.Submission) {
		prev, err := c.Add(s)
		if err != nil {
			t.Fatal(err)
		}
		if prev.IsZero() {
			err = acc.Add(s)
		} else {
			err = acc.Replace(prev, s)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	add(mustSubmit(t, f, weeklySpec()))
	spec := weeklySpec()
	spec.Unit = "so-tu-phap"
	add(mustSubmit(t, f, spec))
	spec.Revision = 2
	spec.Values["dossiers-received"] = report.Count(200)
	delete(spec.Values, "feedback-resolved")
	add(report.Submission(mustSubmitLoose(t, f, spec)))
	root := acc.Rollup().Root()
	if v, _ := root.Total.Value("dossiers-received"); v.Count() != 320 || root.Total.Reports() != 2 {
		t.Errorf("received %v from %d reports, want 320 from 2", v, root.Total.Reports())
	}
	if n := root.Total.Given("feedback-resolved"); n != 1 {
		t.Errorf("feedback-resolved given by %d reports, want 1 after the correction", n)
	}
}

// mustSubmitLoose is mustSubmit for a submission expected to have problems.
func mustSubmitLoose(tb testing.TB, f *report.Form, spec report.SubmissionSpec) report.Submission {
	tb.Helper()
	s, err := report.NewSubmission(f, spec)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func mustJSON(tb testing.TB, f *report.Form) string {
	tb.Helper()
	b, err := f.MarshalJSON()
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func TestCollectorRead(t *testing.T) {
	reg := registry(t, 0, 0)
	c, err := report.NewCollector(reg)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Form("binh-phuoc-2018-yearly"); !ok {
		t.Error("a collector without forms has the shipped ones")
	}
	s, err := c.Read(strings.NewReader(`{"format": "cchc-submission", "version": 1, "form": "thai-nguyen-2017-monthly",
		"unit": "ubnd-huyen-vo-nhai", "period": "Tháng 8/2017", "received": "2017-08-24T16:00:00+07:00",
		"values": {"dossiers-received": 900}}`))
	if err != nil || s.Unit() != "ubnd-huyen-vo-nhai" {
		t.Errorf("Read: %v, %v", s, err)
	}
	_, err = c.Read(strings.NewReader(`{"format": "cchc-submission", "version": 1, "form": "thai-nguyen-2017-monthly",
		"unit": "ubnd-huyen-vo-nhai-2", "period": "Tháng 8/2017", "received": "2017-08-24T16:00:00+07:00"}`))
	var ue *report.UnitError
	var de *report.DecodeError
	if !errors.As(err, &ue) || !errors.As(err, &de) || de.Line != 2 || de.Col != 11 {
		t.Errorf("Read of an unknown unit: %v, want a *UnitError at 2:11", err)
	}
	f := form(t, "thai-nguyen-2017-weekly")
	if _, err := report.NewCollector(reg, f, f); err == nil {
		t.Error("two forms with one code")
	}
}
