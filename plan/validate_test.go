package plan_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/plan"
)

// base is a small consistent plan: one task in each reform area.
func base() *plan.Builder {
	b := plan.NewBuilder(plan.Document{Number: "121/KH-UBND", Issuer: "UBND tỉnh Thái Nguyên", Date: calendar.NewDate(2017, 7, 19)}).
		Period("Năm 2017").
		Objective("1", "Trên 60% người dân hài lòng", "Trên 60%").
		Report(plan.ReportText{Form: "weekly", Schedule: "chậm nhất 10 giờ ngày thứ Sáu", Senders: "Các sở, ban, ngành", Recipient: "Sở Nội vụ"})
	for i, a := range plan.ReformAreas() {
		n := string(rune('1' + i))
		b.Section(n, a.Vietnamese(), a).Task(plan.TaskText{Number: n + ".1", Title: "Nhiệm vụ", Lead: "Sở Nội vụ", Partners: "Sở Tư pháp", Deadline: "Quý III/2017"})
	}
	return b
}

func codes(ps []plan.Problem) []plan.Code {
	var out []plan.Code
	for _, p := range ps {
		out = append(out, p.Code)
	}
	return out
}

func TestConsistentPlanHasNoProblems(t *testing.T) {
	if ps := base().Build().Validate(); len(ps) != 0 {
		t.Fatalf("problems in a consistent plan: %v", ps)
	}
}

// Each broken plan must give exactly the expected problem.
func TestValidateFindsEachProblem(t *testing.T) {
	task := func(tt plan.TaskText) *plan.Builder {
		return base().Section("9", "Khác", plan.AreaOther).Task(tt)
	}
	tests := []struct {
		name string
		b    *plan.Builder
		want plan.Code
		sev  plan.Severity
		in   string // text the message must contain
	}{
		{"duplicate number", task(plan.TaskText{Number: "1.1", Title: "x", Lead: "Sở Nội vụ"}), plan.CodeDuplicateTask, plan.Error, "1.1"},
		{"gap", task(plan.TaskText{Number: "9.3", Title: "x", Lead: "Sở Nội vụ"}), plan.CodeNumberingGap, plan.Warning, "9.3"},
		{"no lead", task(plan.TaskText{Number: "9.1", Title: "x"}), plan.CodeNoLead, plan.Error, "9.1"},
		{"unknown agency", task(plan.TaskText{Number: "9.1", Title: "x", Lead: "Sở Không Tồn Tại"}), plan.CodeUnresolvedAgency, plan.Error, "Sở Không Tồn Tại"},
		{"lead and partner", task(plan.TaskText{Number: "9.1", Title: "x", Lead: "Sở Nội vụ", Partners: "SNV"}), plan.CodeLeadAndPartner, plan.Warning, "Sở Nội vụ"},
		{"several leads", task(plan.TaskText{Number: "9.1", Title: "x", Lead: "Sở Nội vụ, Sở Tư pháp"}), plan.CodeSeveralLeads, plan.Warning, "2 lead agencies"},
		{"bad deadline", task(plan.TaskText{Number: "9.1", Title: "x", Lead: "Sở Nội vụ", Deadline: "sớm nhất có thể"}), plan.CodeBadDeadline, plan.Error, "sớm nhất có thể"},
		{"deadline outside", task(plan.TaskText{Number: "9.1", Title: "x", Lead: "Sở Nội vụ", Deadline: "Năm 2017-2018"}), plan.CodeDeadlineOutside, plan.Warning, "Năm 2017-2018"},
		{"no title", task(plan.TaskText{Number: "9.1", Lead: "Sở Nội vụ"}), plan.CodeMissingTitle, plan.Warning, "9.1"},
		{"bad target", task(plan.TaskText{Number: "9.1", Title: "x", Lead: "Sở Nội vụ", Targets: []string{"nâng cao chất lượng"}}), plan.CodeBadTarget, plan.Warning, "nâng cao chất lượng"},
		{"objective without target", base().Objective("2", "Nâng cao chất lượng"), plan.CodeNoTarget, plan.Warning, "objective 2"},
		{"objective without number or target", base().Objective("", "Nâng cao chất lượng"), plan.CodeNoTarget, plan.Warning, "objective number 2 in order"},
		{"period outside the calendar", base().Period("Năm 2017-2250"), plan.CodeOutsideCalendar, plan.Warning, "Năm 2017-2250"},
		{"report without recipient", base().Report(plan.ReportText{Form: "monthly", Senders: "Sở Tư pháp"}), plan.CodeNoRecipient, plan.Error, "monthly"},
		{"bad schedule", base().Report(plan.ReportText{Form: "monthly", Schedule: "lúc nào cũng được", Recipient: "Sở Nội vụ"}), plan.CodeBadSchedule, plan.Error, "lúc nào cũng được"},
		{"bad form", base().Report(plan.ReportText{Form: "fortnightly", Recipient: "Sở Nội vụ"}), plan.CodeBadReportForm, plan.Error, "fortnightly"},
		{"superseded lead", task(plan.TaskText{Number: "9.1", Title: "x", Lead: "Sở Kế hoạch và Đầu tư"}).Period("Năm 2026"), plan.CodeLeadSuperseded, plan.Warning, "Sở Tài chính"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.b
			if tt.name == "superseded lead" {
				p = plan.NewBuilder(plan.Document{Number: "5/KH-UBND", Date: calendar.NewDate(2026, 1, 5)}).Period("Năm 2026").
					Section("1", "Cải cách thể chế", plan.AreaInstitutions).
					Task(plan.TaskText{Number: "1.1", Title: "x", Lead: "Sở Kế hoạch và Đầu tư", Deadline: "Quý III/2026"})
			}
			var got []plan.Problem
			for _, pr := range p.Build().Validate() {
				if pr.Code != plan.CodeEmptyArea {
					got = append(got, pr)
				}
			}
			if len(got) != 1 || got[0].Code != tt.want || got[0].Severity != tt.sev || !strings.Contains(got[0].Message, tt.in) {
				t.Fatalf("got %v, want exactly one %s %s mentioning %q", got, tt.sev, tt.want, tt.in)
			}
		})
	}
}

// A number used twice is reported once, as a duplicate, and the numbering
// goes on from it; a gap names both numbers in full.
func TestDuplicateNumberInSequence(t *testing.T) {
	p := plan.NewBuilder(plan.Document{Number: "1/KH-UBND", Date: calendar.NewDate(2017, 7, 19)}).Period("Năm 2017").
		Section("I", "Cải cách thể chế", plan.AreaInstitutions).
		Task(plan.TaskText{Number: "I.1", Title: "x", Lead: "Sở Tư pháp"}).
		Task(plan.TaskText{Number: "I.2", Title: "y", Lead: "Sở Tư pháp"}).
		Task(plan.TaskText{Number: "I.2", Title: "z", Lead: "Sở Tư pháp"}).
		Task(plan.TaskText{Number: "I.3", Title: "u", Lead: "Sở Tư pháp"}).
		Task(plan.TaskText{Number: "I.5", Title: "v", Lead: "Sở Tư pháp"}).
		Build()
	var got []string
	for _, pr := range p.Validate() {
		if pr.Code != plan.CodeEmptyArea {
			got = append(got, string(pr.Code)+": "+pr.Message)
		}
	}
	want := []string{"duplicate-task: task number I.2 is used twice", "numbering-gap: numbering jumps from I.3 to I.5"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestEmptyAreaAndOrder(t *testing.T) {
	p := plan.NewBuilder(plan.Document{Number: "1/KH-UBND"}).Period("Năm 2017").
		Section("1", "Cải cách thể chế", plan.AreaInstitutions).
		Task(plan.TaskText{Number: "1.2", Title: "x", Lead: "Sở Tư pháp"}).
		Task(plan.TaskText{Number: "1.1", Title: "y", Lead: "Sở Tư pháp"}).
		Build()
	got := codes(p.Validate())
	// The document has a number but no date.
	want := []plan.Code{plan.CodeMissingDocumentField, plan.CodeNumberingGap, plan.CodeNumberingOrder,
		plan.CodeEmptyArea, plan.CodeEmptyArea, plan.CodeEmptyArea, plan.CodeEmptyArea, plan.CodeEmptyArea}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestProblemsPointIntoTheFile(t *testing.T) {
	src := strings.Replace(minimal, `"lead": "Sở Tư pháp"`, `"lead": "Sở Hàng Không"`, 1)
	p, err := plan.Parse([]byte(src), plan.WithFileName("p.json"))
	if err != nil {
		t.Fatal(err)
	}
	var found *plan.Problem
	for _, pr := range p.Validate() {
		if pr.Code == plan.CodeUnresolvedAgency {
			found = &pr
		}
	}
	if found == nil {
		t.Fatalf("no unresolved-agency problem in %v", p.Validate())
	}
	off := strings.Index(src, `"lead"`)
	line := strings.Count(src[:off], "\n") + 1
	col := len([]rune(src[strings.LastIndex(src[:off], "\n")+1:off])) + 1
	pl := found.Place
	if pl.File != "p.json" || pl.Line != line || pl.Col != col || pl.Task != "1.1" || pl.Section != "1" || pl.Field != "lead" {
		t.Errorf("place = %+v, want p.json:%d:%d task 1.1 lead", pl, line, col)
	}
	if s := found.String(); !strings.HasPrefix(s, "p.json:8:") || !strings.Contains(s, "error: unresolved-agency:") {
		t.Errorf("String() = %q", s)
	}
}

func TestNothingValidIsLost(t *testing.T) {
	// A task whose lead cell has one unknown entry keeps the rest, and its
	// unreadable deadline keeps its text.
	p := plan.NewBuilder(plan.Document{Number: "1/KH-UBND"}).Period("Năm 2017").
		Section("1", "x", plan.AreaProcedures).
		Task(plan.TaskText{Number: "1.1", Title: "x", Lead: "Sở Nội vụ, Sở Không Có", Deadline: "sớm nhất có thể"}).
		Build()
	tk, ok := p.Task("1.1")
	if !ok {
		t.Fatal("task lost")
	}
	if leads := tk.Leads(); len(leads) != 1 || leads[0] != "so-noi-vu" {
		t.Errorf("leads = %v, want [so-noi-vu]", leads)
	}
	if tk.Deadline().Text() != "sớm nhất có thể" || tk.LeadText() != "Sở Nội vụ, Sở Không Có" {
		t.Errorf("texts lost: %q %q", tk.Deadline().Text(), tk.LeadText())
	}
}
