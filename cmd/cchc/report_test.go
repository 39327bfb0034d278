package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/report"
)

// writeSubmissions writes into dir the submissions a portal would have
// received on form for period under the Thái Nguyên 2017 plan, made up by
// report.Simulate with a fixed seed, one file per revision.
func writeSubmissions(t *testing.T, dir, form, period string) {
	t.Helper()
	p, err := examples.ThaiNguyen2017()
	if err != nil {
		t.Fatal(err)
	}
	f, err := report.BuiltinForm(form)
	if err != nil {
		t.Fatal(err)
	}
	per, err := calendar.ParsePeriod(period)
	if err != nil {
		t.Fatal(err)
	}
	subs, err := report.Simulate(p, f, per, 2017)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	for _, s := range subs {
		data, err := s.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		k := s.Key()
		name := fmt.Sprintf("%s-%s-%d.json", k.Unit, strings.ReplaceAll(k.Period.String(), "/", "-"), s.Revision())
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o666); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReport(t *testing.T) {
	inExamples(t)
	writeSubmissions(t, "monthly", "thai-nguyen-2017-monthly", "Tháng 8/2017")
	writeSubmissions(t, "monthly", "thai-nguyen-2017-monthly", "Tháng 9/2017")
	writeSubmissions(t, "mixed", "thai-nguyen-2017-monthly", "Tháng 8/2017")
	writeSubmissions(t, "mixed", "thai-nguyen-2017-weekly", "Tuần 31/2017")

	for _, tt := range []struct {
		golden string
		args   []string
	}{
		{"report-monthly.txt.golden", []string{"report", "thai-nguyen-2017.json", "monthly", "-period", "Tháng 8/2017", "-date", "2017-08-25"}},
		{"report-monthly.md.golden", []string{"report", "-format", "md", "-date", "25/8/2017", "-period", "Tháng 8/2017", "thai-nguyen-2017.json", "monthly"}},
		{"report-unit.txt.golden", []string{"report", "thai-nguyen-2017.json", "monthly", "-period", "Tháng 9/2017", "-date", "2017-09-29", "-unit", "UBND TP Thái Nguyên"}},
		{"report-weekly.csv.golden", []string{"report", "thai-nguyen-2017.json", "mixed", "-form", "thai-nguyen-2017-weekly", "-date", "2017-08-04", "-format", "csv"}},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			r := cchc("", tt.args...)
			if r.code != exitOK || r.stderr != "" {
				t.Fatalf("cchc %s: exit %d, stderr %q", strings.Join(tt.args, " "), r.code, r.stderr)
			}
			checkGolden(t, tt.golden, r.stdout)
		})
	}

	// Without -period, a folder of one period reports on it, title and
	// all; one of several periods is refused, never added up unasked.
	writeSubmissions(t, "august", "thai-nguyen-2017-monthly", "Tháng 8/2017")
	alone := cchc("", "report", "thai-nguyen-2017.json", "august", "-date", "2017-09-29")
	august := cchc("", "report", "thai-nguyen-2017.json", "monthly", "-date", "2017-09-29", "-period", "Tháng 8/2017")
	if alone.code != exitOK || alone.stderr != "" || alone.stdout != august.stdout || !strings.Contains(alone.stdout, "tháng 8/2017") {
		t.Errorf("report on one period without -period: exit %d, stderr %q, same as with -period: %v", alone.code, alone.stderr, alone.stdout == august.stdout)
	}
	both := cchc("", "report", "thai-nguyen-2017.json", "monthly", "-date", "2017-09-29")
	want := "cchc report: monthly holds reports on 2 periods (Tháng 8/2017, Tháng 9/2017): choose with -period\n"
	if both.code != exitUsage || both.stderr != want || both.stdout != "" {
		t.Errorf("report on two periods without -period: exit %d, stderr %q, want %q", both.code, both.stderr, want)
	}
	both = cchc("", "report", "thai-nguyen-2017.json", "monthly", "-date", "2017-09-29", "-period", "Quý III/2017")
	if both.code != exitOK || both.stdout == august.stdout {
		t.Errorf("report -period Quý III/2017: exit %d, stderr %q, same as August alone: %v", both.code, both.stderr, both.stdout == august.stdout)
	}
}

// TestReportPeriods checks that a stray report on another period is not
// added to the figures of a folder, and that a value left out is named with
// its place.
func TestReportPeriods(t *testing.T) {
	inExamples(t)
	if err := os.Mkdir("stray", 0o777); err != nil {
		t.Fatal(err)
	}
	for i, period := range []string{"Tháng 8/1500", "Tháng 8/2017"} {
		data := fmt.Sprintf(`{"format": "cchc-submission", "version": 1, "form": "thai-nguyen-2017-monthly", "unit": "so-noi-vu",
			"period": %q, "received": "2017-08-20T09:00:00+07:00", "values": {"dossiers-received": 100, "dossiers-resolved": 90,
			"dossiers-on-time": 85, "dossiers-overdue": 5, "dossiers-returned": %d, "electronic-documents": [40, 50]}}`, period, -i)
		if err := os.WriteFile(filepath.Join("stray", fmt.Sprintf("%d.json", i)), []byte(data), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	r := cchc("", "report", "thai-nguyen-2017.json", "stray", "-date", "2017-08-25")
	leftOut := "cchc report: stray/1.json:3:72: value left out: field \"dossiers-returned\": negative: \"-1\"\n"
	want := leftOut + "cchc report: stray holds reports on 2 periods (Tháng 8/1500, Tháng 8/2017): choose with -period\n"
	if r.code != exitUsage || r.stderr != want || r.stdout != "" {
		t.Errorf("exit %d, stdout %q, stderr %q, want %q", r.code, r.stdout, r.stderr, want)
	}
	r = cchc("", "report", "thai-nguyen-2017.json", "stray", "-date", "2017-08-25", "-period", "Tháng 8/2017")
	if r.code != exitOK || r.stderr != leftOut || !strings.Contains(r.stdout, "Tổng số hồ sơ đã tiếp nhận: 100 hồ sơ") {
		t.Errorf("report -period Tháng 8/2017: exit %d, stderr %q, stdout:\n%s", r.code, r.stderr, r.stdout)
	}
}

// TestReportBadInput checks the failures of report: bad files in the folder
// are named and left out, the rest is reported, and the exit status is 1.
func TestReportBadInput(t *testing.T) {
	inExamples(t)
	writeSubmissions(t, "monthly", "thai-nguyen-2017-monthly", "Tháng 8/2017")
	writeSubmissions(t, "mixed", "thai-nguyen-2017-monthly", "Tháng 8/2017")
	writeSubmissions(t, "mixed", "thai-nguyen-2017-weekly", "Tuần 31/2017")
	if err := os.Mkdir("empty", 0o777); err != nil {
		t.Fatal(err)
	}
	good := cchc("", "report", "thai-nguyen-2017.json", "monthly", "-date", "2017-08-25")

	bad := map[string]string{
		"notes.txt":        "not a submission, and not read",
		"broken.json":      `{"format": "cchc-submission", "version": 1,`,
		"binary.json":      "\x00\x01\x02",
		"nobody.json":      `{"format": "cchc-submission", "version": 1, "form": "thai-nguyen-2017-monthly", "unit": "so-phep-thuat", "period": "Tháng 8/2017", "received": "2017-08-20T09:00:00+07:00", "values": {}}`,
		"revision.json":    `{"format": "cchc-submission", "version": 1, "form": "thai-nguyen-2017-monthly", "unit": "so-noi-vu", "period": "Tháng 8/2017", "received": "2017-08-20T09:00:00+07:00", "revision": 0, "values": {}}`,
		"unknownform.json": `{"format": "cchc-submission", "version": 1, "form": "ha-noi-2030", "unit": "so-noi-vu", "period": "Tháng 8/2017", "received": "2017-08-20T09:00:00+07:00", "values": {}}`,
	}
	for name, data := range bad {
		if err := os.WriteFile(filepath.Join("monthly", name), []byte(data), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	r := cchc("", "report", "thai-nguyen-2017.json", "monthly", "-date", "2017-08-25")
	wantErr := strings.Join([]string{
		"cchc report: monthly/binary.json: a binary file, not a plan or a table",
		"cchc report: monthly/broken.json:1:44: unexpected end of input, want object key",
		`cchc report: monthly/nobody.json:1:89: unit "so-phep-thuat": not in the agency registry`,
		`cchc report: monthly/revision.json:1:181: thai-nguyen-2017-monthly so-noi-vu Tháng 8/2017: revision 0: revisions start at 1`,
		`cchc report: monthly/unknownform.json:1:53: unknown form "ha-noi-2030"`,
	}, "\n") + "\n"
	if r.code != exitFailure || r.stderr != wantErr || r.stdout != good.stdout {
		t.Errorf("exit %d, stderr:\n%s\nwant:\n%s\nsame report as without the bad files: %v", r.code, r.stderr, wantErr, r.stdout == good.stdout)
	}

	if err := os.WriteFile("file.json", []byte("{}"), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"report", "thai-nguyen-2017.json", "missing"}, exitFailure, "cchc report: missing: no such file or directory"},
		{[]string{"report", "thai-nguyen-2017.json", "file.json"}, exitFailure, "cchc report: file.json: not a folder"},
		{[]string{"report", "thai-nguyen-2017.json", "empty"}, exitFailure, "cchc report: empty: no submission files (*.json) to report on"},
		{[]string{"report", "missing.json", "empty"}, exitFailure, "cchc report: missing.json: no such file or directory"},
		{[]string{"report", "thai-nguyen-2017.json", "mixed"}, exitUsage,
			"cchc report: mixed holds reports on 2 forms (thai-nguyen-2017-monthly, thai-nguyen-2017-weekly): choose one with -form"},
		{[]string{"report", "thai-nguyen-2017.json", "mixed", "-form", "ha-noi-2030"}, exitUsage, `cchc report: -form: unknown form "ha-noi-2030"`},
		{[]string{"report", "thai-nguyen-2017.json", "mixed", "-period", "tháng tới"}, exitUsage,
			`cchc report: -period: cannot read period "tháng tới" (write "Tháng 8/2017", "Quý III/2017", "Năm 2017")`},
		{[]string{"report", "thai-nguyen-2017.json", "mixed", "-format", "pdf"}, exitUsage, `cchc report: -format: unknown format "pdf" (want text, markdown, html or csv)`},
		{[]string{"report", "thai-nguyen-2017.json", "mixed", "-date", "hôm nay"}, exitUsage, `cchc report: -date: cannot read date "hôm nay" (write 2017-12-31 or 31/12/2017)`},
		{[]string{"report", "thai-nguyen-2017.json"}, exitUsage, "cchc report: want PLAN and DIR, have 1 arguments (run 'cchc help report' for usage)"},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := cchc("", tt.args...)
			if r.code != tt.code || r.stderr != tt.stderr+"\n" || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant exit %d, stderr:\n%s", r.code, r.stdout, r.stderr, tt.code, tt.stderr)
			}
		})
	}
}

// TestReportForms reads submissions on a province's own form, given with
// -forms.
func TestReportForms(t *testing.T) {
	inExamples(t)
	builtin, err := report.BuiltinForm("thai-nguyen-2017-weekly")
	if err != nil {
		t.Fatal(err)
	}
	data, err := builtin.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("builtin.json", data, 0o666); err != nil {
		t.Fatal(err)
	}
	own := strings.Replace(string(data), `"thai-nguyen-2017-weekly"`, `"thai-nguyen-tuan"`, 1)
	if err := os.WriteFile("own.json", []byte(own), 0o666); err != nil {
		t.Fatal(err)
	}
	forms, err := report.ReadForms(strings.NewReader(own))
	if err != nil {
		t.Fatal(err)
	}
	p, err := examples.ThaiNguyen2017()
	if err != nil {
		t.Fatal(err)
	}
	week, err := calendar.ParsePeriod("Tuần 31/2017")
	if err != nil {
		t.Fatal(err)
	}
	subs, err := report.Simulate(p, forms[0], week, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir("weekly", 0o777); err != nil {
		t.Fatal(err)
	}
	for i, s := range subs {
		b, err := s.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("weekly", fmt.Sprintf("%02d.json", i)), b, 0o666); err != nil {
			t.Fatal(err)
		}
	}

	r := cchc("", "report", "thai-nguyen-2017.json", "weekly", "-forms", "own.json", "-date", "2017-08-04")
	if r.code != exitOK || r.stderr != "" || !strings.Contains(r.stdout, fmt.Sprintf("Số liệu tổng hợp từ %d báo cáo", len(subs)-revisions(subs))) {
		t.Errorf("report -forms own.json: exit %d, stderr %q, stdout:\n%s", r.code, r.stderr, r.stdout)
	}
	// Without the form, each file is refused.
	r = cchc("", "report", "thai-nguyen-2017.json", "weekly", "-date", "2017-08-04")
	if r.code != exitFailure || !strings.Contains(r.stderr, `weekly/00.json:4:11: unknown form "thai-nguyen-tuan"`) || !strings.HasSuffix(r.stderr, "cchc report: weekly: no submission file could be read\n") {
		t.Errorf("report without -forms: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	// Measures naming an objective or a target the plan does not have are
	// named at their place; the report is still written.
	measured := strings.Replace(own, `"version": 1,`, `"version": 1,
  "measures": [
    {"objective": "ZZ", "target": 1, "field": "dossiers-received"},
    {"objective": "1.c", "target": 99, "field": "dossiers-resolved"}
  ],`, 1)
	if err := os.WriteFile("measured.json", []byte(measured), 0o666); err != nil {
		t.Fatal(err)
	}
	r = cchc("", "report", "thai-nguyen-2017.json", "weekly", "-forms", "measured.json", "-date", "2017-08-04")
	want := `cchc report: measured.json:5:19: form "thai-nguyen-tuan": field "dossiers-received": objective "ZZ", target 1: no such objective in the plan
cchc report: measured.json:6:36: form "thai-nguyen-tuan": field "dossiers-resolved": objective "1.c", target 99: the objective has 1 target
`
	if r.code != exitFailure || r.stderr != want || !strings.Contains(r.stdout, "Số liệu tổng hợp từ") {
		t.Errorf("report -forms measured.json: exit %d, stderr:\n%s\nwant:\n%s", r.code, r.stderr, want)
	}
	// A file of several kinds makes a form a kind, with the same measures:
	// each problem is still named once.
	kinds := strings.Replace(measured, `"kind": "weekly"`, `"kind": "weekly+monthly"`, 1)
	if kinds == measured {
		t.Fatal("the form has no weekly kind to change")
	}
	if err := os.WriteFile("kinds.json", []byte(kinds), 0o666); err != nil {
		t.Fatal(err)
	}
	r = cchc("", "report", "thai-nguyen-2017.json", "weekly", "-forms", "kinds.json", "-date", "2017-08-04")
	if n := strings.Count(r.stderr, "no such objective"); r.code != exitFailure || n != 1 {
		t.Errorf("report -forms kinds.json: exit %d, the problem named %d times:\n%s", r.code, n, r.stderr)
	}
	// A form the command has already is an error, not a silent choice.
	r = cchc("", "report", "thai-nguyen-2017.json", "weekly", "-forms", "builtin.json")
	if want := "cchc report: builtin.json: form \"thai-nguyen-2017-weekly\": given twice to the collector\n"; r.code != exitFailure || r.stderr != want {
		t.Errorf("report -forms builtin.json: exit %d, stderr %q, want %q", r.code, r.stderr, want)
	}
}

// revisions counts the submissions that replace an earlier revision.
func revisions(subs []report.Submission) int {
	n := 0
	for _, s := range subs {
		if s.Revision() > 1 {
			n++
		}
	}
	return n
}
