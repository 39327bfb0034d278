package plantest_test

import (
	"fmt"
	"testing"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/plan"
	"github.com/openpar/cchc/plantest"
)

// excerpt is a plan file with known problems: task 1.2 has no lead and a
// deadline beyond the plan's year, task 1.3 is led by a department merged
// into Sở Khoa học và Công nghệ in 2025, and five of the six reform areas
// have no task, as in any excerpt.
const excerpt = `{
  "format": "cchc-plan",
  "version": 1,
  "document": {"number": "15/KH-UBND", "date": "2017-02-10", "title": "Kế hoạch cải cách hành chính năm 2017"},
  "province": "Thái Nguyên",
  "period": "Năm 2017",
  "sections": [
    {"number": "1", "title": "Cải cách thủ tục hành chính", "area": "procedures", "tasks": [
      {"number": "1.1", "title": "Rà soát thủ tục hành chính", "lead": "Văn phòng UBND tỉnh", "deadline": "Quý III/2017"},
      {"number": "1.2", "title": "Công bố thủ tục hành chính", "lead": "", "deadline": "Năm 2017-2018"},
      {"number": "1.3", "title": "Cung cấp dịch vụ công trực tuyến", "lead": "Sở Thông tin và Truyền thông", "deadline": "31/12/2017"}
    ]}
  ]
}`

// printer stands in for the *testing.T of a test, so that the examples show
// what the test would report. Check calls only these methods.
type printer struct{ testing.TB }

func (printer) Helper()                      {}
func (printer) Error(args ...any)            { fmt.Println(args...) }
func (printer) Logf(f string, args ...any)   { fmt.Printf(f+"\n", args...) }
func (printer) Errorf(f string, args ...any) { fmt.Printf(f+"\n", args...) }

func ExampleCheck() {
	p, err := plan.Parse([]byte(excerpt), plan.WithFileName("ke-hoach-2017.json"))
	if err != nil {
		fmt.Println(err)
		return
	}
	var t printer // in a test: the test's t
	plantest.Check(t, p)
	// Output:
	// ke-hoach-2017.json:10:64: error: no-lead: task 1.2 has no lead agency (task 1.2 lead)
	// ke-hoach-2017.json:10:76: warning: deadline-outside-period: deadline "Năm 2017-2018" falls outside the plan's period Năm 2017 (task 1.2 deadline)
	// ke-hoach-2017.json: warning: empty-area: no task in reform area "Institutional reform" (Cải cách thể chế)
	// ke-hoach-2017.json: warning: empty-area: no task in reform area "Organisational reform" (Cải cách tổ chức bộ máy hành chính nhà nước)
	// ke-hoach-2017.json: warning: empty-area: no task in reform area "Civil service quality" (Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức)
	// ke-hoach-2017.json: warning: empty-area: no task in reform area "Public finance reform" (Cải cách tài chính công)
	// ke-hoach-2017.json: warning: empty-area: no task in reform area "Modernisation of administration" (Hiện đại hóa hành chính)
}

// A plan that is right as it stands passes with its known problems allowed;
// the reason shows in the test log.
func ExampleAllow() {
	p, err := plan.Parse([]byte(excerpt), plan.WithFileName("ke-hoach-2017.json"))
	if err != nil {
		fmt.Println(err)
		return
	}
	var t printer
	plantest.Check(t, p,
		plantest.Allow(plan.CodeEmptyArea, "an excerpt: the other areas are in the full plan"),
		plantest.Allow(plan.CodeNoLead, "task 1.2 is led by whoever the chairman names"),
	)
	// Output:
	// ke-hoach-2017.json:10:76: warning: deadline-outside-period: deadline "Năm 2017-2018" falls outside the plan's period Năm 2017 (task 1.2 deadline)
	// allowed 5 empty-area: an excerpt: the other areas are in the full plan
	// allowed 1 no-lead: task 1.2 is led by whoever the chairman names
}

// A plan of 2017 names Sở Thông tin và Truyền thông, merged away in 2025:
// checked on a day of 2026, its lead no longer exists.
func ExampleOn() {
	p, err := plan.Parse([]byte(excerpt), plan.WithFileName("ke-hoach-2017.json"))
	if err != nil {
		fmt.Println(err)
		return
	}
	var t printer
	plantest.Check(t, p, plantest.On(calendar.NewDate(2026, 1, 1)), plantest.MinSeverity(plan.Warning),
		plantest.Allow(plan.CodeEmptyArea, "an excerpt"),
		plantest.Allow(plan.CodeNoLead, "task 1.2 is led by whoever the chairman names"),
		plantest.Allow(plan.CodeDeadlineOutside, "task 1.2 runs into 2018 on purpose"),
	)
	// Output:
	// ke-hoach-2017.json:11:70: warning: lead-superseded: Sở Thông tin và Truyền thông did not exist on 01/01/2026; its duties were held by Sở Khoa học và Công nghệ (task 1.3 lead)
	// allowed 5 empty-area: an excerpt
	// allowed 1 no-lead: task 1.2 is led by whoever the chairman names
	// allowed 1 deadline-outside-period: task 1.2 runs into 2018 on purpose
}

// With plan.Error as the bar, warnings pass and only errors fail the test.
func ExampleMinSeverity() {
	p, err := plan.Parse([]byte(excerpt), plan.WithFileName("ke-hoach-2017.json"))
	if err != nil {
		fmt.Println(err)
		return
	}
	var t printer
	plantest.Check(t, p, plantest.MinSeverity(plan.Error))
	// Output:
	// ke-hoach-2017.json:10:64: error: no-lead: task 1.2 has no lead agency (task 1.2 lead)
}

// A province's test checks every plan file in a folder; with the test's
// *testing.T each file is a subtest. The file here is Thái Nguyên 2017 with
// the lead of task 2.3 removed; its warnings pass at plan.Error.
func ExampleCheckFiles() {
	var t printer
	plantest.CheckFiles(t, "testdata/broken/no-lead.json", plantest.MinSeverity(plan.Error))
	// Output:
	// testdata/broken/no-lead.json:182:11: error: no-lead: task 2.3 has no lead agency (task 2.3 lead)
}
