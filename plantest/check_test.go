package plantest_test

import (
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/plan"
	"github.com/openpar/cchc/plantest"
)

// recorder is a testing.TB that keeps what Check reports, so that a test
// can assert the exact messages of a failing check. The embedded TB is nil:
// a call to a method not defined here panics, which tells that plantest
// uses more of testing.TB than these.
type recorder struct {
	testing.TB
	errors, logs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Error(args ...any) {
	r.errors = append(r.errors, strings.TrimSuffix(fmt.Sprintln(args...), "\n"))
}
func (r *recorder) Errorf(f string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(f, args...))
}
func (r *recorder) Fatalf(f string, args ...any) {
	r.errors = append(r.errors, "fatal: "+fmt.Sprintf(f, args...)) // Check must never stop a test
}
func (r *recorder) Logf(f string, args ...any) { r.logs = append(r.logs, fmt.Sprintf(f, args...)) }

func parse(t *testing.T, src string) *plan.Plan {
	t.Helper()
	p, err := plan.Parse([]byte(src), plan.WithFileName("ke-hoach-2017.json"))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// thaiNguyenCatalogue is a province's own addition to the catalogue: an
// agency the built-in data does not list.
const thaiNguyenCatalogue = `{"format": "cchc-agencies", "version": 1, "catalogue": "Thái Nguyên 2024", "province": "Thái Nguyên",
  "agencies": [{"name": "Trung tâm Điều hành thông minh tỉnh", "level": "province", "kind": "sector-agency", "parent": "van-phong-ubnd"}]}`

func TestCheck(t *testing.T) {
	cat, err := agency.ReadCatalogue(strings.NewReader(thaiNguyenCatalogue))
	if err != nil {
		t.Fatal(err)
	}
	own, err := agency.New(agency.Builtin(), cat)
	if err != nil {
		t.Fatal(err)
	}
	ownLead := strings.Replace(excerpt, "Văn phòng UBND tỉnh", "Trung tâm Điều hành thông minh tỉnh", 1)
	const (
		noLead   = `ke-hoach-2017.json:10:64: error: no-lead: task 1.2 has no lead agency (task 1.2 lead)`
		outside  = `ke-hoach-2017.json:10:76: warning: deadline-outside-period: deadline "Năm 2017-2018" falls outside the plan's period Năm 2017 (task 1.2 deadline)`
		merged   = `ke-hoach-2017.json:11:70: warning: lead-superseded: Sở Thông tin và Truyền thông did not exist on 01/07/2025; its duties were held by Sở Khoa học và Công nghệ (task 1.3 lead)`
		unknown  = `ke-hoach-2017.json:9:64: error: unresolved-agency: agency: unknown agency "Trung tâm Điều hành thông minh tỉnh"; closest: "Trung tâm Hành chính công tỉnh" (trung-tam-hanh-chinh-cong), "Trung tâm Thông tin tỉnh" (trung-tam-thong-tin), "Sở Thông tin và Truyền thông" (so-thong-tin-truyen-thong)`
		allowed  = "allowed 5 empty-area: an excerpt"
		noReason = `plantest: Allow("no-lead") needs a reason`
	)
	excerptOnly := plantest.Allow(plan.CodeEmptyArea, "an excerpt")
	tests := []struct {
		name       string
		src        string
		opts       []plantest.Option
		errs, logs []string
	}{
		{"errors only", excerpt, []plantest.Option{plantest.MinSeverity(plan.Error)}, []string{noLead}, nil},
		{"allow", excerpt, []plantest.Option{excerptOnly}, []string{noLead, outside}, []string{allowed}},
		{"allow twice: the later reason", excerpt, []plantest.Option{plantest.Allow(plan.CodeEmptyArea, "first"), excerptOnly}, []string{noLead, outside}, []string{allowed}},
		{"allow without reason", excerpt, []plantest.Option{excerptOnly, plantest.Allow(plan.CodeNoLead, "")}, []string{noReason, noLead, outside}, []string{allowed}},
		{"allow what is not there", excerpt, []plantest.Option{excerptOnly, plantest.Allow(plan.CodeBadDeadline, "none expected")},
			[]string{noLead, outside}, []string{allowed, "allowed bad-deadline, none found: none expected"}},
		{"on 1 July 2025", excerpt, []plantest.Option{excerptOnly, plantest.On(calendar.NewDate(2025, 7, 1))}, []string{noLead, outside, merged}, []string{allowed}},
		{"the day before the departments' merger", excerpt, []plantest.Option{excerptOnly, plantest.On(calendar.NewDate(2025, 2, 28))}, []string{noLead, outside}, []string{allowed}},
		{"an agency of the province's own", ownLead, []plantest.Option{excerptOnly}, []string{unknown + " (task 1.1 lead)", noLead, outside}, []string{allowed}},
		{"the province's registry", ownLead, []plantest.Option{excerptOnly, plantest.Registry(own)}, []string{noLead, outside}, []string{allowed}},
		{"no registry", excerpt, []plantest.Option{excerptOnly, plantest.Registry(nil)}, []string{"plantest: Registry(nil)", noLead, outside}, []string{allowed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r recorder
			plantest.Check(&r, parse(t, tt.src), tt.opts...)
			if !slices.Equal(r.errors, tt.errs) {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(r.errors, "\n"), strings.Join(tt.errs, "\n"))
			}
			if !slices.Equal(r.logs, tt.logs) {
				t.Errorf("logs:\n%s\nwant:\n%s", strings.Join(r.logs, "\n"), strings.Join(tt.logs, "\n"))
			}
		})
	}
}

func TestCheckNotes(t *testing.T) {
	// A plan without a document number has a note: below the default bar.
	src := strings.Replace(excerpt, `"number": "15/KH-UBND", `, `"number": "", `, 1)
	const note = `ke-hoach-2017.json:4:16: note: missing-document-field: the document has no number (số) (document number)`
	for _, tt := range []struct {
		min  plan.Severity
		want bool
	}{{plan.Note, true}, {plan.Warning, false}} {
		var r recorder
		plantest.Check(&r, parse(t, src), plantest.MinSeverity(tt.min), plantest.Allow(plan.CodeEmptyArea, "an excerpt"))
		if got := slices.Contains(r.errors, note); got != tt.want {
			t.Errorf("at %s: note reported %t, want %t; errors:\n%s", tt.min, got, tt.want, strings.Join(r.errors, "\n"))
		}
	}
}

// A plan made in code has no file: its problems say "plan" and the task.
func TestCheckBuiltPlan(t *testing.T) {
	p := plan.NewBuilder(plan.Document{Number: "15/KH-UBND", Title: "Kế hoạch"}).
		Period("Năm 2017").
		Section("1", "Cải cách thủ tục hành chính", plan.AreaProcedures).
		Task(plan.TaskText{Number: "1.1", Title: "Rà soát thủ tục hành chính"}).
		Build()
	var r recorder
	plantest.Check(&r, p, plantest.MinSeverity(plan.Error))
	want := []string{"plan: error: no-lead: task 1.1 has no lead agency (task 1.1 lead)"}
	if !slices.Equal(r.errors, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(r.errors, "\n"), strings.Join(want, "\n"))
	}
}

func TestCheckNil(t *testing.T) {
	var r recorder
	plantest.Check(&r, nil)
	if want := []string{"plantest: Check of a nil plan"}; !slices.Equal(r.errors, want) {
		t.Errorf("errors %q, want %q", r.errors, want)
	}
}

// TestCheckFilesUnloadable: a file that does not load is one test error
// with the decoder's place, and the files after it are still checked.
func TestCheckFilesUnloadable(t *testing.T) {
	tests := []struct {
		pattern string
		errs    []string
	}{
		{"testdata/unloadable/*.json", []string{
			`plan: testdata/unloadable/empty.json: empty file`,
			`plan: testdata/unloadable/truncated.json:5:1: unexpected end of input, want ',' or '}'`,
			`plan: testdata/unloadable/unknown-field.json:4:3: unknown field "dealine" in plan`,
		}},
		{"testdata/unloadable/none-*.json", []string{`plantest: no file matches "testdata/unloadable/none-*.json"`}},
		{"testdata/[", []string{`plantest: pattern "testdata/[": syntax error in pattern`}},
	}
	for _, tt := range tests {
		var r recorder
		plantest.CheckFiles(&r, tt.pattern)
		if !slices.Equal(r.errors, tt.errs) {
			t.Errorf("CheckFiles(%q) errors:\n%s\nwant:\n%s", tt.pattern, strings.Join(r.errors, "\n"), strings.Join(tt.errs, "\n"))
		}
	}
}

// childEnv makes the test binary run TestCheckFilesSubtests as a failing
// suite would, so that the parent can read what go test prints.
const childEnv = "PLANTEST_FAILING_CHILD"

// TestCheckFilesSubtests runs CheckFiles with a real *testing.T on the
// broken copies in a child process: each file is a subtest named after it,
// and each error points at the line of the test that called CheckFiles,
// not into plantest.
func TestCheckFilesSubtests(t *testing.T) {
	if os.Getenv(childEnv) != "" {
		plantest.CheckFiles(t, "testdata/broken/*.json", plantest.MinSeverity(plan.Error)) // the call site
		return
	}
	if testing.Short() {
		t.Skip("runs the test binary again")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestCheckFilesSubtests$", "-test.v")
	cmd.Env = append(os.Environ(), childEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("the child passed; output:\n%s", out)
	}
	for _, want := range []string{
		`--- FAIL: TestCheckFilesSubtests/no-lead.json \(`,
		`\n +check_test.go:\d+: testdata/broken/no-lead.json:182:11: error: no-lead: task 2.3 has no lead agency \(task 2.3 lead\)\n`,
		`--- PASS: TestCheckFilesSubtests/deadline-outside-period.json \(`,
	} {
		if !regexp.MustCompile(want).Match(out) {
			t.Errorf("child output has no %q:\n%s", want, out)
		}
	}
	// The line reported is the call of CheckFiles above.
	src, err := os.ReadFile("check_test.go")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`check_test.go:(\d+): testdata/broken/no-lead.json`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no line reported:\n%s", out)
	}
	line, _ := strconv.Atoi(string(m[1])) // \d+ matched
	if lines := strings.Split(string(src), "\n"); line < 1 || line > len(lines) || !strings.HasSuffix(lines[line-1], "// the call site") {
		t.Errorf("error reported at check_test.go:%d, not at the call of CheckFiles", line)
	}
}
