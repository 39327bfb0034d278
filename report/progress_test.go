package report_test

import (
	"errors"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/indicator"
	"github.com/openpar/cchc/plan"
	"github.com/openpar/cchc/report"
)

func progressPlan(t *testing.T) *plan.Plan {
	t.Helper()
	return plan.NewBuilder(plan.Document{Number: "121/KH-UBND", Issuer: "UBND tỉnh Thái Nguyên", Date: calendar.NewDate(2017, time.July, 19)}).
		Province("Thái Nguyên").Period("Năm 2017").
		Section("1", "Công tác chỉ đạo, điều hành", plan.AreaDirection).
		Task(plan.TaskText{Number: "1.1", Title: "Ban hành kế hoạch", Lead: "Sở Nội vụ", Deadline: "31/7/2017"}).
		Task(plan.TaskText{Number: "1.2", Title: "Kiểm tra", Lead: "Sở Nội vụ", Partners: "Sở Tư pháp", Deadline: "Tháng 8/2017"}).
		Task(plan.TaskText{Number: "1.3", Title: "Sơ kết", Lead: "Sở Nội vụ", Deadline: "Quý IV/2017"}).
		Section("2", "Cải cách thủ tục hành chính", plan.AreaProcedures).
		Task(plan.TaskText{Number: "2.1", Title: "Rà soát TTHC", Lead: "Văn phòng UBND tỉnh", Partners: "Sở Nội vụ", Deadline: "30/6/2017"}).
		Task(plan.TaskText{Number: "2.2", Title: "Công khai TTHC", Lead: "Văn phòng UBND tỉnh", Deadline: "Thường xuyên"}).
		Task(plan.TaskText{Number: "2.3", Title: "Cập nhật cơ sở dữ liệu", Lead: "Sở Tư pháp", Deadline: "15/7/2017"}).
		Build()
}

func TestProgress(t *testing.T) {
	p := progressPlan(t)
	on := calendar.NewDate(2017, time.August, 25)
	done := []report.Completion{
		{Task: "1.1", Done: calendar.NewDate(2017, time.July, 25), Agency: "so-noi-vu"},
		{Task: "2.3", Done: calendar.NewDate(2017, time.July, 20)},
		{Task: "2.3", Done: calendar.NewDate(2017, time.July, 28)},     // the first completion counts
		{Task: "1.3", Done: calendar.NewDate(2017, time.September, 1)}, // after the day of the check
		{Task: "9.9", Done: calendar.NewDate(2017, time.August, 1)},
	}
	pr := report.CheckProgress(p, on, done)
	tests := []struct {
		number   string
		state    report.TaskState
		due      calendar.Date
		late     bool
		workdays int
	}{
		{"1.1", report.TaskDone, calendar.NewDate(2017, time.July, 31), false, 0},
		{"1.2", report.TaskDueSoon, calendar.NewDate(2017, time.August, 31), false, 4},
		{"1.3", report.TaskNotDue, calendar.NewDate(2017, time.December, 29), false, 89}, // 18 weeks less 4/9,
		{"2.1", report.TaskOverdue, calendar.NewDate(2017, time.June, 30), false, 40},
		{"2.2", report.TaskOngoing, calendar.Date{}, false, 0},
		// 15/7/2017 is a Saturday: due on Monday 17/7, done on the 20th.
		{"2.3", report.TaskDone, calendar.NewDate(2017, time.July, 17), true, 0},
	}
	got := pr.Tasks()
	if len(got) != len(tests) {
		t.Fatalf("%d tasks", len(got))
	}
	for i, tt := range tests {
		s := got[i]
		if s.Task.Number() != tt.number || s.State != tt.state || s.Due != tt.due || s.Late != tt.late || s.Workdays != tt.workdays {
			t.Errorf("task %s: %s due %s late %v, %d working days; want %s due %s late %v, %d",
				s.Task.Number(), s.State, s.Due, s.Late, s.Workdays, tt.state, tt.due, tt.late, tt.workdays)
		}
	}
	var te *report.TaskError
	if ps := pr.Problems(); len(ps) != 1 || !errors.As(ps[0], &te) || te.Task != "9.9" {
		t.Errorf("problems %v", ps)
	}
	areas := pr.ByArea()
	if len(areas) != 2 || areas[0].Area != plan.AreaProcedures || areas[0].Overdue != 1 || areas[0].Ongoing != 1 || areas[1].Area != plan.AreaDirection || areas[1].DueSoon != 1 {
		t.Errorf("by area %+v", areas)
	}
	byAgency := map[agency.ID]report.AgencyProgress{}
	for _, a := range pr.ByAgency() {
		byAgency[a.Agency] = a
	}
	if a := byAgency["so-noi-vu"]; a.Lead.Total() != 3 || a.Lead.Done != 1 || a.Partner.Overdue != 1 || a.Name != "Sở Nội vụ" {
		t.Errorf("Sở Nội vụ %+v", a)
	}
	if a := byAgency["so-tu-phap"]; a.Lead.Done != 1 || a.Partner.DueSoon != 1 {
		t.Errorf("Sở Tư pháp %+v", a)
	}
	if n := pr.Total(); n.Total() != 6 || n.Done != 2 || len(pr.State(report.TaskDone)) != 2 {
		t.Errorf("total %+v", n)
	}
	// A narrower warning window.
	if s := report.CheckProgress(p, on, nil, report.DueSoonWithin(3)).Tasks()[1]; s.State != report.TaskNotDue {
		t.Errorf("1.2 with a window of 3 working days: %s", s.State)
	}
}

func TestProgressOfThaiNguyen(t *testing.T) {
	p, err := examples.ThaiNguyen2017()
	if err != nil {
		t.Fatal(err)
	}
	pr := report.CheckProgress(p, calendar.NewDate(2017, time.October, 2), nil)
	total := pr.Total()
	if total.Total() != len(p.Tasks()) || total.Done != 0 {
		t.Errorf("total %+v of %d tasks", total, len(p.Tasks()))
	}
	// Every task is in one of the plan's nine sections' areas.
	n := 0
	for _, a := range pr.ByArea() {
		n += a.Total()
	}
	if n != len(p.Tasks()) || len(pr.ByArea()) != 9 {
		t.Errorf("%d tasks in %d areas", n, len(pr.ByArea()))
	}
}

func TestObjectivesOfBinhPhuoc(t *testing.T) {
	p, err := examples.BinhPhuoc2018()
	if err != nil {
		t.Fatal(err)
	}
	f := form(t, "binh-phuoc-2018-half-yearly")
	h1 := calendar.HalfPeriod(2018, 1)
	h, err := report.PlanHierarchy(p, h1.End())
	if err != nil {
		t.Fatal(err)
	}
	acc := report.NewAccumulator(f, h, h1)
	for _, r := range []struct {
		unit   agency.ID
		values map[string]report.Value
	}{
		{"so-noi-vu", map[string]report.Value{"one-stop-coverage": report.Ratio(50, 50), "overdue-apologies": report.Ratio(3, 4),
			"official-email-users": report.Ratio(90, 100), "digital-signature-units": report.Ratio(9, 10)}},
		{"ubnd-huyen-loc-ninh", map[string]report.Value{"one-stop-coverage": report.Ratio(30, 30), "overdue-apologies": report.Ratio(2, 2),
			"official-email-users": report.Ratio(10, 10), "digital-signature-units": report.Ratio(8, 10)}},
	} {
		s := mustSubmitLoose(t, f, report.SubmissionSpec{Unit: r.unit, Period: h1, Received: calendar.NewDate(2018, time.June, 1).At(9, 0), Values: r.values})
		if err := acc.Add(s); err != nil {
			t.Fatal(err)
		}
	}
	pr := report.CheckProgress(p, calendar.NewDate(2018, time.June, 30), nil, report.Objectives(acc.Rollup()))
	tests := []struct {
		objective string
		target    int
		status    string
		actual    string
	}{
		// At the end of June, half the plan's year has gone: a target not yet
		// met is on track when more than half the change is done.
		{"II.2.e", 1, "achieved", "100"},   // 80/80 against 100%
		{"II.2.e", 3, "on-track", "83.33"}, // 5/6 against 100%
		{"II.4.c", 1, "no-data", "0"},      // nobody reported it: no data, not a zero
		{"II.6.d", 1, "on-track", "90.91"}, // 100/110 against 100%
		{"II.6.d", 2, "achieved", "85"},    // 17/20 against 80%
	}
	evals := pr.Evaluations()
	if len(evals) != len(tests) {
		t.Fatalf("%d evaluations", len(evals))
	}
	for i, tt := range tests {
		e := evals[i]
		if e.Objective != tt.objective || e.Target.Measure() != indicator.Percentage || e.Status.String() != tt.status || e.Actual.StringFixed(2) != decimalFixed(tt.actual) || e.Err != nil {
			t.Errorf("%s/%d: %s %s (%v), want %s %s", e.Objective, e.Measure.Target, e.Status, e.Actual, e.Err, tt.status, tt.actual)
		}
	}
	if evals[2].Status != indicator.NoData || !evals[2].Value.IsZero() {
		t.Errorf("a target nobody reported on: %+v", evals[2])
	}
	// A measure of an objective the plan does not have is reported.
	pr = report.CheckProgress(p, calendar.NewDate(2018, time.June, 30), nil,
		report.Objectives(acc.Rollup(), report.Measure{Objective: "IX.9", Target: 1, Field: "one-stop-coverage"}, report.Measure{Objective: "II.4.c", Target: 2, Field: "one-stop-coverage"}))
	var oe *report.ObjectiveError
	if ps := pr.Problems(); len(ps) != 2 || !errors.As(ps[0], &oe) || oe.Objective != "IX.9" || !errors.As(ps[1], &oe) || oe.Target != 2 {
		t.Errorf("problems %v", ps)
	}
}

func decimalFixed(s string) string {
	d, _ := decimal.NewFromString(s)
	return d.StringFixed(2)
}
