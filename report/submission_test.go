package report_test

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/report"
)

var (
	week31   = calendar.WeekPeriod(calendar.NewDate(2017, time.August, 4)) // 31/7 - 6/8/2017
	friday10 = calendar.NewDate(2017, time.August, 4).At(10, 0)
)

func weeklySpec() report.SubmissionSpec {
	return report.SubmissionSpec{
		Unit: "so-noi-vu", Period: week31, Received: friday10.Add(-time.Hour),
		Values: map[string]report.Value{
			"dossiers-received":    report.Count(120),
			"dossiers-resolved":    report.Count(100),
			"dossiers-on-time":     report.Count(95),
			"dossiers-overdue":     report.Count(5),
			"dossiers-returned":    report.Count(1),
			"feedback-resolved":    report.Ratio(3, 4),
			"electronic-documents": report.Ratio(80, 100),
			"assessment":           report.Text("Hoàn thành đúng tiến độ."),
		},
	}
}

func TestSubmissionProblems(t *testing.T) {
	tests := []struct {
		name  string
		field string
		value report.Value
		kind  report.ProblemKind
	}{
		{"negative count", "dossiers-received", report.Count(-3), report.ProblemNegative},
		{"numerator above denominator", "electronic-documents", report.Ratio(120, 100), report.ProblemNumeratorAbove},
		{"negative denominator", "level3-dossiers", report.Ratio(0, -1), report.ProblemNegative},
		{"unknown field", "số hồ sơ", report.Count(1), report.ProblemUnknownField},
		{"count given as text", "dossiers-returned", report.Text("một"), report.ProblemWrongType},
		{"ratio given as count", "feedback-resolved", report.Count(3), report.ProblemWrongType},
		{"on time above resolved", "dossiers-on-time", report.Count(101), report.ProblemAboveBound},
		{"beyond any real figure", "postal-dossiers", report.Count(report.MaxFigure + 1), report.ProblemOutOfRange},
		{"amount for a count", "inspections", report.Amount(decimal.RequireFromString("1.5")), report.ProblemWrongType},
	}
	f := form(t, "thai-nguyen-2017-weekly")
	for _, tt := range tests {
		spec := weeklySpec()
		spec.Values[tt.field] = tt.value
		s, err := report.NewSubmission(f, spec)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		ps := s.Problems()
		if len(ps) != 1 || ps[0].Field != tt.field || ps[0].Kind != tt.kind {
			t.Errorf("%s: problems %v, want one %s on %q", tt.name, ps, tt.kind, tt.field)
			continue
		}
		if _, ok := s.Value(tt.field); ok {
			t.Errorf("%s: the bad value was kept", tt.name)
		}
		// Nothing valid is dropped because one field is bad.
		for code, v := range weeklySpec().Values {
			if code == tt.field {
				continue
			}
			if got, ok := s.Value(code); !ok || !got.Equal(v) {
				t.Errorf("%s: %s = %v, %v; want %v kept", tt.name, code, got, ok, v)
			}
		}
		if s.Err() == nil || !strings.Contains(s.Err().Error(), tt.field) {
			t.Errorf("%s: Err() = %v, want it to name the field", tt.name, s.Err())
		}
	}
}

func TestSubmissionMissingRequired(t *testing.T) {
	spec := weeklySpec()
	delete(spec.Values, "dossiers-overdue")
	delete(spec.Values, "electronic-documents")
	spec.Values["dossiers-returned"] = report.Count(-1) // given, but bad: one problem, not two
	s, err := report.NewSubmission(form(t, "thai-nguyen-2017-weekly"), spec)
	if err != nil {
		t.Fatal(err)
	}
	want := []report.Problem{
		{Field: "dossiers-overdue", Kind: report.ProblemMissing},
		{Field: "dossiers-returned", Kind: report.ProblemNegative, Value: "-1"},
		{Field: "electronic-documents", Kind: report.ProblemMissing},
	}
	if got := s.Problems(); !reflect.DeepEqual(got, want) {
		t.Errorf("problems %v, want %v", got, want)
	}
}

func TestAmounts(t *testing.T) {
	f := mustForm(t, validSpec())
	base := report.SubmissionSpec{Unit: "so-tai-chinh", Period: calendar.MonthPeriod(2018, time.March), Received: calendar.NewDate(2018, time.March, 30).At(8, 0)}
	tests := []struct {
		amount string
		kind   report.ProblemKind
	}{
		{"1234.5", 0},
		{"-12.50", 0}, // a trailing zero is no extra precision
		{"0.05", report.ProblemPrecision},
		{"200000000000.1", report.ProblemOutOfRange},
	}
	for _, tt := range tests {
		spec := base
		spec.Values = map[string]report.Value{"budget": report.Amount(decimal.RequireFromString(tt.amount))}
		s, err := report.NewSubmission(f, spec)
		if err != nil {
			t.Fatal(err)
		}
		v, ok := s.Value("budget")
		switch {
		case tt.kind == 0 && (!ok || !v.Amount().Equal(decimal.RequireFromString(tt.amount))):
			t.Errorf("amount %s: kept %v, %v", tt.amount, v, ok)
		case tt.kind != 0 && (ok || len(s.Problems()) != 1 || s.Problems()[0].Kind != tt.kind):
			t.Errorf("amount %s: problems %v, want %s", tt.amount, s.Problems(), tt.kind)
		}
	}
}

func TestSubmissionErrors(t *testing.T) {
	f := form(t, "thai-nguyen-2017-weekly")
	tests := []struct {
		name   string
		form   *report.Form
		change func(*report.SubmissionSpec)
		check  func(error) bool
	}{
		{"no form", nil, func(*report.SubmissionSpec) {}, func(err error) bool {
			var e *report.UnknownFormError
			return errors.As(err, &e)
		}},
		{"a month on a weekly form", f, func(s *report.SubmissionSpec) { s.Period = calendar.MonthPeriod(2017, time.August) }, func(err error) bool {
			var e *report.PeriodError
			return errors.As(err, &e) && e.Period == calendar.MonthPeriod(2017, time.August) && e.Form == "thai-nguyen-2017-weekly"
		}},
		{"no period", f, func(s *report.SubmissionSpec) { s.Period = calendar.Period{} }, func(err error) bool {
			var e *report.PeriodError
			return errors.As(err, &e)
		}},
		{"received before the week began", f, func(s *report.SubmissionSpec) { s.Received = week31.Start().Time().Add(-time.Minute) }, func(err error) bool {
			var e *report.ReceivedError
			return errors.As(err, &e) && e.Period == week31 && strings.Contains(err.Error(), "2017-07-30T23:59:00+07:00")
		}},
		{"never received", f, func(s *report.SubmissionSpec) { s.Received = time.Time{} }, func(err error) bool {
			var e *report.ReceivedError
			return errors.As(err, &e)
		}},
		{"malformed unit", f, func(s *report.SubmissionSpec) { s.Unit = "Sở Nội vụ" }, func(err error) bool {
			var e *report.UnitError
			return errors.As(err, &e) && e.Unit == "Sở Nội vụ"
		}},
		{"negative revision", f, func(s *report.SubmissionSpec) { s.Revision = -1 }, func(err error) bool {
			var e *report.RevisionError
			return errors.As(err, &e) && e.Revision == -1
		}},
	}
	for _, tt := range tests {
		spec := weeklySpec()
		tt.change(&spec)
		s, err := report.NewSubmission(tt.form, spec)
		if !tt.check(err) || !s.IsZero() {
			t.Errorf("%s: %v", tt.name, err)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "report: ") {
			t.Errorf("%s: %q lacks the package prefix", tt.name, err)
		}
	}
}

func TestAdHocFormTakesAnyPeriod(t *testing.T) {
	spec := validSpec()
	spec.Kind = calendar.AdHoc
	f := mustForm(t, spec)
	for _, p := range []calendar.Period{week31, calendar.QuarterPeriod(2018, 1), calendar.SpanPeriod(calendar.NewDate(2018, 1, 15), calendar.NewDate(2018, 2, 14))} {
		if _, err := report.NewSubmission(f, report.SubmissionSpec{Unit: "so-noi-vu", Period: p, Received: p.End().At(17, 0)}); err != nil {
			t.Errorf("ad hoc report on %s: %v", p, err)
		}
	}
}

func TestSubmissionAccessors(t *testing.T) {
	spec := weeklySpec()
	spec.Revision, spec.Number, spec.Text = 0, "12/BC-SNV", "Gửi kèm Kế hoạch 45/KH-SNV."
	s := mustSubmit(t, form(t, "thai-nguyen-2017-weekly"), spec)
	if s.Revision() != 1 || s.Number() != "12/BC-SNV" || s.Text() != spec.Text || s.Unit() != "so-noi-vu" || s.Period() != week31 || !s.Received().Equal(spec.Received) {
		t.Errorf("accessors: %v %q %q %q %v %v", s.Revision(), s.Number(), s.Text(), s.Unit(), s.Period(), s.Received())
	}
	if s.String() != "thai-nguyen-2017-weekly so-noi-vu Tuần 31/2017 #1" {
		t.Errorf("String() = %q", s.String())
	}
	if got := s.Values(); len(got) != len(spec.Values) {
		t.Errorf("Values() = %v", got)
	}
	var zero report.Submission
	if !zero.IsZero() || zero.Form() != nil || zero.Values() != nil || zero.Err() != nil || zero.String() != "" || !zero.Equal(report.Submission{}) || zero.Equal(s) {
		t.Error("the zero Submission is not unset")
	}
}

func TestValueFormat(t *testing.T) {
	tests := []struct {
		v          report.Value
		str, local string
	}{
		{report.Count(0), "0", "0"},
		{report.Count(1234), "1234", "1.234"},
		{report.Count(-1234567), "-1234567", "-1.234.567"},
		{report.Ratio(125, 200), "125/200", "125/200 (62,5%)"},
		{report.Ratio(2, 3), "2/3", "2/3 (66,7%)"},
		{report.Ratio(5, 5), "5/5", "5/5 (100%)"},
		{report.Ratio(1, 1000), "1/1000", "1/1.000 (0,1%)"},
		{report.Ratio(0, 0), "0/0", "0/0"},
		{report.Amount(decimal.RequireFromString("1234.5")), "1234.5", "1.234,5"},
		{report.Amount(decimal.RequireFromString("-0.25")), "-0.25", "-0,25"},
		{report.Text("Đạt 80%"), "Đạt 80%", "Đạt 80%"},
		{report.Value{}, "", ""},
	}
	for _, tt := range tests {
		if got := tt.v.String(); got != tt.str {
			t.Errorf("String() = %q, want %q", got, tt.str)
		}
		if got := tt.v.Format(); got != tt.local {
			t.Errorf("Format() = %q, want %q", got, tt.local)
		}
	}
	if p, ok := report.Ratio(1, 3).Percent(); !ok || p.StringFixed(4) != "33.3333" {
		t.Errorf("Percent(1/3) = %v, %v", p, ok)
	}
	if _, ok := report.Ratio(0, 0).Percent(); ok {
		t.Error("a percentage of nothing")
	}
	if !report.Amount(decimal.RequireFromString("1.50")).Equal(report.Amount(decimal.RequireFromString("1.5"))) || report.Count(1).Equal(report.Ratio(1, 1)) {
		t.Error("Equal")
	}
}

func TestEnumerations(t *testing.T) {
	for _, tt := range []struct {
		text  string
		parse func(string) (string, error)
	}{
		{"ratio", func(s string) (string, error) { v, err := report.ParseType(s); return v.String(), err }},
		{"numerator-above-denominator", func(s string) (string, error) { v, err := report.ParseProblemKind(s); return v.String(), err }},
		{"on-time", func(s string) (string, error) { v, err := report.ParseStatus(s); return v.String(), err }},
		{"due-soon", func(s string) (string, error) { v, err := report.ParseTaskState(s); return v.String(), err }},
		{"markdown", func(s string) (string, error) { v, err := report.ParseFormat(s); return v.String(), err }},
	} {
		if got, err := tt.parse(tt.text); err != nil || got != tt.text {
			t.Errorf("parse %q: %q, %v", tt.text, got, err)
		}
		if _, err := tt.parse("không có"); err == nil {
			t.Errorf("parse of an unknown word for %q succeeded", tt.text)
		}
	}
	if s := report.Type(200).String(); s != "Type(200)" {
		t.Errorf("String of an unknown Type = %q", s)
	}
	var k report.ProblemKind
	if err := k.UnmarshalText([]byte("negative")); err != nil || k != report.ProblemNegative {
		t.Errorf("UnmarshalText: %v %v", k, err)
	}
	if report.StatusLate.Vietnamese() != "chậm" || report.TaskOverdue.Vietnamese() != "quá hạn" || report.Status(99).Vietnamese() != "" {
		t.Error("Vietnamese names")
	}
}

func TestSubmissionJSON(t *testing.T) {
	data := []byte(`{
  "format": "cchc-submission",
  "version": 1,
  "form": "thai-nguyen-2017-weekly",
  "unit": "ubnd-huyen-dai-tu",
  "period": "Tuần 31/2017",
  "received": "2017-08-04T09:30:00+07:00",
  "revision": 2,
  "number": "88/BC-UBND",
  "values": {
    "dossiers-received": 1520,
    "dossiers-resolved": 1400,
    "dossiers-on-time": 1390,
    "dossiers-overdue": 10,
    "dossiers-returned": "không",
    "feedback-resolved": [3, 4],
    "electronic-documents": [410, 500, 2],
    "meetings": {"count": 2},
    "assessment": "Thực hiện tốt."
  },
  "text": "Kèm theo danh sách hồ sơ quá hạn."
}`)
	s, err := report.ReadSubmission(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if s.Revision() != 2 || s.Unit() != "ubnd-huyen-dai-tu" || s.Number() != "88/BC-UBND" || !s.Received().Equal(calendar.NewDate(2017, 8, 4).At(9, 30)) {
		t.Errorf("read %v", s)
	}
	if v, _ := s.Value("feedback-resolved"); !v.Equal(report.Ratio(3, 4)) {
		t.Errorf("feedback-resolved = %v", v)
	}
	want := []report.Problem{
		{Field: "dossiers-returned", Kind: report.ProblemWrongType, Value: "không", Line: 15, Col: 26},
		{Field: "meetings", Kind: report.ProblemWrongType, Value: "object", Line: 18, Col: 17},
		{Field: "electronic-documents", Kind: report.ProblemWrongType, Value: "410/500/2", Line: 17, Col: 29},
	}
	got := s.Problems()
	if len(got) != 3 {
		t.Fatalf("problems %v", got)
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			t.Errorf("problems %v lack %v", got, w)
		}
	}
	out, err := s.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	again, err := report.ReadSubmission(bytes.NewReader(out))
	if err != nil || !again.Equal(s) {
		t.Errorf("written and read again: %v\n%s", err, out)
	}
}

func TestReadSubmissionErrors(t *testing.T) {
	head := `{"format": "cchc-submission", "version": 1, "form": "thai-nguyen-2017-weekly", "unit": "so-noi-vu", `
	tests := []struct {
		name, input string
		line, col   int
		msg         string
		typed       func(error) bool
	}{
		{"unknown form", `{"format": "cchc-submission", "version": 1, "form": "daily"}`, 1, 53, `unknown form "daily"`, func(err error) bool {
			var e *report.UnknownFormError
			return errors.As(err, &e) && e.Code == "daily"
		}},
		{"period of the wrong kind", head + `"period": "Tháng 8/2017", "received": "2017-08-25T09:00:00+07:00"}`, 1, 111, "a weekly form covers a week", func(err error) bool {
			var e *report.PeriodError
			return errors.As(err, &e)
		}},
		{"received before the period", head + "\n" + `"period": "Tuần 31/2017", "received": "2017-07-30T09:00:00+07:00"}`, 2, 39, "before period", func(err error) bool {
			var e *report.ReceivedError
			return errors.As(err, &e)
		}},
		{"unreadable period", head + `"period": "tuần sau", "received": "2017-08-04T09:00:00+07:00"}`, 1, 111, "tuần sau", nil},
		{"time without zone", head + `"period": "Tuần 31/2017", "received": "2017-08-04 09:00"}`, 1, 139, "RFC 3339", nil},
		{"unknown field", head + `"perod": "Tuần 31/2017"}`, 1, 101, `unknown field "perod"`, nil},
		{"duplicate value", head + `"values": {"meetings": "a", "meetings": "b"}}`, 1, 129, `duplicate key "meetings"`, nil},
		{"bad unit", `{"format": "cchc-submission", "version": 1, "form": "thai-nguyen-2017-weekly", "unit": "Sở Nội vụ", "period": "Tuần 31/2017", "received": "2017-08-04T09:00:00+07:00"}`, 1, 88, "malformed", func(err error) bool {
			var e *report.UnitError
			return errors.As(err, &e)
		}},
		{"wrong version", `{"format": "cchc-submission", "version": 3}`, 1, 1, "version 3", nil},
		// Revisions start at 1, given or left out; 0 is none.
		{"revision 0", head + `"period": "Tuần 31/2017", "received": "2017-08-04T09:00:00+07:00", "revision": 0}`, 1, 180, "revision 0: revisions start at 1", func(err error) bool {
			var e *report.RevisionError
			return errors.As(err, &e) && e.Revision == 0
		}},
		{"revision -1", head + `"period": "Tuần 31/2017", "received": "2017-08-04T09:00:00+07:00", "revision": -1}`, 1, 180, "revision -1: revisions start at 1", func(err error) bool {
			var e *report.RevisionError
			return errors.As(err, &e) && e.Revision == -1
		}},
		// null is no object, as in plans.
		{"values null", head + `"period": "Tuần 31/2017", "received": "2017-08-04T09:00:00+07:00", "values": null}`, 1, 178, "got null, want object", nil},
	}
	for _, tt := range tests {
		_, err := report.ReadSubmission(strings.NewReader(tt.input))
		var de *report.DecodeError
		if !errors.As(err, &de) || de.Line != tt.line || de.Col != tt.col || !strings.Contains(de.Msg, tt.msg) {
			t.Errorf("%s: %v, want a *DecodeError at %d:%d with %q", tt.name, err, tt.line, tt.col, tt.msg)
			continue
		}
		if tt.typed != nil && !tt.typed(err) {
			t.Errorf("%s: %v does not wrap the typed error", tt.name, err)
		}
	}
}

// Each value left out, and each required field not given, has its place in
// the file.
func TestSubmissionProblemPlaces(t *testing.T) {
	data := `{"format": "cchc-submission", "version": 1, "form": "thai-nguyen-2017-weekly", "unit": "so-noi-vu",
  "period": "Tuần 31/2017", "received": "2017-08-04T09:00:00+07:00",
  "values": {
    "dossiers-received": 10, "dossiers-resolved": 12, "dossiers-on-time": 20,
    "feedback-resolved": [5, 4], "tin-bai": 3
  }}`
	s, err := report.ReadSubmission(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]int{
		"dossiers-on-time":  {4, 75}, // above dossiers-resolved
		"feedback-resolved": {5, 26},
		"tin-bai":           {5, 45},
		"dossiers-overdue":  {3, 13}, // required: the values
	}
	got := map[string][2]int{}
	for _, p := range s.Problems() {
		got[p.Field] = [2]int{p.Line, p.Col}
	}
	for code, at := range want {
		if got[code] != at {
			t.Errorf("%s at %v, want %v (problems %v)", code, got[code], at, s.Problems())
		}
	}
	// Without values, a required field is placed at the submission.
	s, err = report.ReadSubmission(strings.NewReader(`{"format": "cchc-submission", "version": 1, "form": "thai-nguyen-2017-weekly", "unit": "so-noi-vu", "period": "Tuần 31/2017", "received": "2017-08-04T09:00:00+07:00"}`))
	if err != nil || len(s.Problems()) == 0 || s.Problems()[0].Line != 1 || s.Problems()[0].Col != 1 {
		t.Errorf("problems without values: %v, %v", s.Problems(), err)
	}
}

func FuzzReadSubmission(f *testing.F) {
	s := mustSubmit(f, form(f, "thai-nguyen-2017-weekly"), weeklySpec())
	data, err := s.MarshalJSON()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`{"format": "cchc-submission", "version": 1, "form": "thai-nguyen-2017-monthly", "unit": "ubnd", "period": "Tháng 2/2018", "received": "2018-02-23T10:00:00+07:00", "values": {"dossiers-received": 1e3, "electronic-documents": [1, 2, 3], "x": null}}`))
	f.Add([]byte(`{"format": "cchc-submission", "version": 1, "form": "binh-phuoc-2018-quarterly", "unit": "so-tu-phap", "period": "Quý I/2018", "received": "2018-03-02T16:00:00Z", "revision": 3, "values": {"assessment": "\u0110\u1ea1t"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := report.ReadSubmission(bytes.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "report: ") {
				t.Fatalf("error without the package prefix: %v", err)
			}
			return
		}
		out, err := s.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		again, err := report.ReadSubmission(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("written submission does not read: %v\n%s", err, out)
		}
		if !again.Equal(s) {
			t.Fatalf("parse, print, parse changed the submission\n%s", out)
		}
	})
}
