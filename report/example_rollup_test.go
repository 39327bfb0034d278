package report_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/plan"
	"github.com/openpar/cchc/report"
)

// thaiNguyenWithCommunes is Thái Nguyên's registry with two communes of
// huyện Đại Từ before 1/7/2025 and one commune of the two-tier province
// after.
func thaiNguyenWithCommunes() *agency.Registry {
	tn, err := agency.SeedProvince("Thái Nguyên")
	if err != nil {
		panic(err)
	}
	communes := agency.Catalogue{Format: "cchc-agencies", Version: 1, Province: "Thái Nguyên", Agencies: []agency.Agency{
		{Name: "UBND xã Hùng Sơn", Level: agency.Commune, Kind: agency.PeoplesCommittee, Parent: "ubnd-huyen-dai-tu", Until: calendar.NewDate(2025, time.June, 30)},
		{Name: "UBND xã Tân Thái", Level: agency.Commune, Kind: agency.PeoplesCommittee, Parent: "ubnd-huyen-dai-tu", Until: calendar.NewDate(2025, time.June, 30)},
		{Name: "UBND xã Đại Từ", Level: agency.Commune, Kind: agency.PeoplesCommittee, Parent: "ubnd", From: calendar.NewDate(2025, time.July, 1)},
	}}
	reg, err := agency.New(agency.Builtin(), tn, communes)
	if err != nil {
		panic(err)
	}
	return reg
}

// dossiers returns a monthly report of unit with its dossiers and
// electronic documents.
func dossiers(f *report.Form, unit agency.ID, p calendar.Period, received, sent, electronic int64) report.Submission {
	s, err := report.NewSubmission(f, report.SubmissionSpec{Unit: unit, Period: p, Received: p.End().At(8, 0),
		Values: map[string]report.Value{
			"dossiers-received":    report.Count(received),
			"electronic-documents": report.Ratio(electronic, sent),
		}})
	if err != nil {
		panic(err)
	}
	return s
}

func ExampleHierarchy() {
	reg := thaiNguyenWithCommunes()
	for _, on := range []calendar.Date{calendar.NewDate(2025, time.June, 30), calendar.NewDate(2025, time.July, 1)} {
		h, _ := report.NewHierarchy(reg, "ubnd", on)
		fmt.Println(on, h.Path("ubnd-xa-hung-son"))
	}
	// Output:
	// 2025-06-30 [ubnd-xa-hung-son ubnd-huyen-dai-tu ubnd]
	// 2025-07-01 [ubnd-xa-hung-son ubnd]
}

func ExamplePlanHierarchy() {
	p, _ := examples.ThaiNguyen2017()
	h, _ := report.PlanHierarchy(p, p.Date())
	// Công an tỉnh belongs to no body of the province, but the plan asks it
	// to report to the province's committee.
	fmt.Println(h.Root(), h.Path("cong-an"), h.Path("ubnd-huyen-vo-nhai"))
	// Output: ubnd [cong-an ubnd] [ubnd-huyen-vo-nhai ubnd]
}

func ExampleAccumulator() {
	reg := thaiNguyenWithCommunes()
	f, _ := report.BuiltinForm("thai-nguyen-2017-monthly")
	march := calendar.MonthPeriod(2025, time.March)
	h, _ := report.NewHierarchy(reg, "ubnd", march.End())
	acc := report.NewAccumulator(f, h, march)
	acc.Add(dossiers(f, "ubnd-xa-hung-son", march, 120, 40, 30))
	acc.Add(dossiers(f, "ubnd-xa-tan-thai", march, 80, 10, 10))
	acc.Add(dossiers(f, "ubnd-huyen-dai-tu", march, 1500, 450, 300))
	acc.Add(dossiers(f, "so-noi-vu", march, 200, 100, 95))

	r := acc.Rollup()
	for depth, n := range r.Walk() {
		received, _ := n.Total.Value("dossiers-received")
		edocs, _ := n.Total.Value("electronic-documents")
		fmt.Printf("%*s%s: %s hồ sơ, văn bản điện tử %s\n", 2*depth, "", n.Name, received.Format(), edocs.Format())
	}
	// Output:
	// Ủy ban nhân dân tỉnh: 1.900 hồ sơ, văn bản điện tử 435/600 (72,5%)
	//   Sở Nội vụ: 200 hồ sơ, văn bản điện tử 95/100 (95%)
	//   UBND huyện Đại Từ: 1.700 hồ sơ, văn bản điện tử 340/500 (68%)
	//     UBND xã Hùng Sơn: 120 hồ sơ, văn bản điện tử 30/40 (75%)
	//     UBND xã Tân Thái: 80 hồ sơ, văn bản điện tử 10/10 (100%)
}

// Shards of a stream are added apart, on several goroutines or machines,
// and merged in any order.
func ExampleAccumulator_Merge() {
	reg := thaiNguyenWithCommunes()
	f, _ := report.BuiltinForm("thai-nguyen-2017-monthly")
	march := calendar.MonthPeriod(2025, time.March)
	h, _ := report.NewHierarchy(reg, "ubnd", march.End())
	a, b := report.NewAccumulator(f, h, march), report.NewAccumulator(f, h, march)
	a.Add(dossiers(f, "ubnd-xa-hung-son", march, 120, 40, 30))
	b.Add(dossiers(f, "ubnd-xa-tan-thai", march, 80, 10, 10))
	b.Merge(a)
	v, _ := b.Rollup().Root().Total.Value("electronic-documents")
	fmt.Println(v.Format(), b.Units())
	// Output: 40/50 (80%) 2
}

func ExampleRollup() {
	reg := thaiNguyenWithCommunes()
	f, _ := report.BuiltinForm("thai-nguyen-2017-monthly")
	year := calendar.YearPeriod(2025)
	h, _ := report.NewHierarchy(reg, "ubnd", year.End())
	acc := report.NewAccumulator(f, h, year)
	acc.Add(dossiers(f, "ubnd-xa-hung-son", calendar.MonthPeriod(2025, time.May), 120, 40, 30))
	acc.Add(dossiers(f, "ubnd-xa-dai-tu", calendar.MonthPeriod(2025, time.September), 300, 60, 60))
	acc.Add(dossiers(f, "cong-an", calendar.MonthPeriod(2025, time.September), 50, 20, 20))
	r := acc.Rollup()
	// At the end of 2025 there are no districts: both communes report to
	// the province. Công an tỉnh has no parent: its figures are kept apart.
	for _, c := range r.Root().Children {
		fmt.Println(c.Name, c.Level)
	}
	fmt.Println(r.Root().Total.Reports(), "reports reach the province")
	fmt.Println(r.Problems())
	// Output:
	// UBND xã Đại Từ commune
	// UBND xã Hùng Sơn commune
	// 2 reports reach the province
	// [report: unit "cong-an" (Công an tỉnh) has no parent in the hierarchy: its figures are kept apart]
}

func ExampleNode() {
	reg := thaiNguyenWithCommunes()
	f, _ := report.BuiltinForm("thai-nguyen-2017-monthly")
	march := calendar.MonthPeriod(2025, time.March)
	h, _ := report.NewHierarchy(reg, "ubnd", march.End())
	acc := report.NewAccumulator(f, h, march)
	acc.Add(dossiers(f, "ubnd-xa-hung-son", march, 120, 40, 30))
	acc.Add(dossiers(f, "ubnd-huyen-dai-tu", march, 1500, 450, 300))
	n, _ := acc.Rollup().Node("ubnd-huyen-dai-tu")
	own, _ := n.Own.Value("dossiers-received")
	total, _ := n.Total.Value("dossiers-received")
	fmt.Println(n.Level, own, total, len(n.Children))
	// Output: district 1500 1620 1
}

func ExampleFigures() {
	reg := thaiNguyenWithCommunes()
	f, _ := report.BuiltinForm("thai-nguyen-2017-monthly")
	march := calendar.MonthPeriod(2025, time.March)
	h, _ := report.NewHierarchy(reg, "ubnd", march.End())
	acc := report.NewAccumulator(f, h, march)
	acc.Add(dossiers(f, "ubnd-xa-hung-son", march, 120, 40, 30))
	acc.Add(dossiers(f, "ubnd-xa-tan-thai", march, 80, 10, 10))
	t := acc.Rollup().Root().Total
	v, ok := t.Value("iso-certified-units")
	fmt.Println(t.Reports(), t.Given("dossiers-received"), v, ok)
	// Output: 2 2  false
}

func ExampleOrphanError() {
	reg := thaiNguyenWithCommunes()
	f, _ := report.BuiltinForm("thai-nguyen-2017-monthly")
	march := calendar.MonthPeriod(2025, time.March)
	h, _ := report.NewHierarchy(reg, "ubnd", march.End())
	acc := report.NewAccumulator(f, h, march)
	acc.Add(dossiers(f, "kho-bac-nha-nuoc", march, 10, 10, 10))
	for _, err := range acc.Rollup().Problems() {
		if oe, ok := err.(*report.OrphanError); ok {
			fmt.Println(oe.Unit, oe.Name)
		}
	}
	// Output: kho-bac-nha-nuoc Kho bạc Nhà nước tỉnh
}

// weekOf returns a weekly report of unit for the week of day, received at t.
func weekOf(unit agency.ID, day calendar.Date, t time.Time) report.Submission {
	f, _ := report.BuiltinForm("thai-nguyen-2017-weekly")
	s, err := report.NewSubmission(f, report.SubmissionSpec{Unit: unit, Period: calendar.WeekPeriod(day), Received: t})
	if err != nil {
		panic(err)
	}
	return s
}

func threeDepartments() *plan.Plan {
	return plan.NewBuilder(plan.Document{Number: "121/KH-UBND", Issuer: "UBND tỉnh Thái Nguyên", Date: calendar.NewDate(2017, time.July, 19)}).
		Province("Thái Nguyên").Period("Năm 2017").
		Report(plan.ReportText{Form: "weekly", Title: "Báo cáo tuần", Schedule: "chậm nhất 10 giờ ngày thứ Sáu",
			Senders: "Sở Nội vụ, Sở Tư pháp, Sở Y tế", Recipient: "UBND tỉnh (qua Sở Nội vụ)"}).
		Build()
}

// Thái Nguyên's weekly reports are due by 10:00 on Friday: a report of
// 10:00:40 is on time, one of 10:01 is late.
func ExampleCheckCompliance() {
	p := threeDepartments()
	friday := calendar.NewDate(2017, time.July, 21)
	c := report.CheckCompliance(p, friday.AddDays(3), slices.Values([]report.Submission{
		weekOf("so-noi-vu", friday, friday.At(10, 0).Add(40*time.Second)),
		weekOf("so-tu-phap", friday, friday.At(10, 1)),
	}))
	for _, e := range c.Entries() {
		fmt.Println(e.Period, e.Unit, e.Status, e.LateDays)
	}
	// Output:
	// Tuần 29/2017 so-noi-vu on-time 0
	// Tuần 29/2017 so-tu-phap late 1
	// Tuần 29/2017 so-y-te missing 2
	// Tuần 30/2017 so-noi-vu pending 0
	// Tuần 30/2017 so-tu-phap pending 0
	// Tuần 30/2017 so-y-te pending 0
}

func ExampleCompliance() {
	p := threeDepartments()
	var subs []report.Submission
	for friday := calendar.NewDate(2017, time.July, 21); friday.Month() < time.October; friday = friday.AddDays(7) {
		subs = append(subs, weekOf("so-noi-vu", friday, friday.At(9, 0)), weekOf("so-tu-phap", friday, friday.At(15, 0)))
	}
	c := report.CheckCompliance(p, calendar.NewDate(2017, time.September, 30), slices.Values(subs))
	for _, u := range c.ByUnit() {
		fmt.Printf("%s: %d on time, %d late, %d missing\n", u.Name, u.OnTime, u.Late, u.Missing)
	}
	for _, u := range c.LateUnits(2017, 5) {
		fmt.Println("late more than 5 times:", u.Name)
	}
	// Output:
	// Sở Nội vụ: 11 on time, 0 late, 0 missing
	// Sở Tư pháp: 0 on time, 11 late, 0 missing
	// Sở Y tế: 0 on time, 0 late, 11 missing
	// late more than 5 times: Sở Tư pháp
	// late more than 5 times: Sở Y tế
}

func ExampleEntry() {
	p := threeDepartments()
	friday := calendar.NewDate(2017, time.July, 21)
	c := report.CheckCompliance(p, friday.AddDays(4), slices.Values([]report.Submission{
		weekOf("so-y-te", friday, friday.AddDays(4).At(8, 30)),
	}))
	for _, e := range c.Status(report.StatusLate) {
		fmt.Println(e.Title, e.Period, e.Due.Format("02/01/2006 15:04"), e.Received.Format("02/01/2006 15:04"), e.LateDays)
	}
	// Output: Báo cáo tuần Tuần 29/2017 21/07/2017 10:00 25/07/2017 08:30 3
}

func ExampleStatus() {
	fmt.Println(report.StatusLate, report.StatusLate.Vietnamese(), report.StatusMissing.Vietnamese())
	// Output: late chậm chưa nộp
}

func ExampleCounts() {
	c := report.CheckCompliance(threeDepartments(), calendar.NewDate(2017, time.July, 31), nil)
	n := c.Total()
	fmt.Println(n.Owed(), n.Missing, n.Pending)
	// Output: 6 6 3
}

func ExampleUnitSummary() {
	c := report.CheckCompliance(threeDepartments(), calendar.NewDate(2017, time.July, 31), nil)
	u := c.ByUnit()[0]
	fmt.Println(u.Unit, u.Name, u.Missing, u.LateDays)
	// Output: so-noi-vu Sở Nội vụ 2 9
}

func ExamplePeriodSummary() {
	c := report.CheckCompliance(threeDepartments(), calendar.NewDate(2017, time.July, 31), nil)
	for _, s := range c.ByPeriod() {
		fmt.Println(s.Report, s.Period, s.Due.Format("02/01 15:04"), s.Missing, s.Pending)
	}
	// Output:
	// weekly Tuần 29/2017 21/07 10:00 3 0
	// weekly Tuần 30/2017 28/07 10:00 3 0
	// weekly Tuần 31/2017 04/08 10:00 0 3
}

func progressExample() *plan.Plan {
	return plan.NewBuilder(plan.Document{Number: "121/KH-UBND", Issuer: "UBND tỉnh Thái Nguyên", Date: calendar.NewDate(2017, time.July, 19)}).
		Province("Thái Nguyên").Period("Năm 2017").
		Section("1", "Công tác chỉ đạo, điều hành", plan.AreaDirection).
		Task(plan.TaskText{Number: "1.1", Title: "Ban hành kế hoạch", Lead: "Sở Nội vụ", Deadline: "30/7/2017"}).
		Task(plan.TaskText{Number: "1.2", Title: "Kiểm tra công tác CCHC", Lead: "Sở Nội vụ", Partners: "Sở Tư pháp", Deadline: "Tháng 9/2017"}).
		Section("2", "Cải cách thủ tục hành chính", plan.AreaProcedures).
		Task(plan.TaskText{Number: "2.1", Title: "Rà soát TTHC", Lead: "Văn phòng UBND tỉnh", Deadline: "31/8/2017"}).
		Task(plan.TaskText{Number: "2.2", Title: "Công khai TTHC", Lead: "Văn phòng UBND tỉnh", Deadline: "Thường xuyên"}).
		Task(plan.TaskText{Number: "2.3", Title: "Cập nhật cơ sở dữ liệu", Lead: "Sở Tư pháp", Deadline: "Quý IV/2017"}).
		Build()
}

func ExampleCheckProgress() {
	p := progressExample()
	done := []report.Completion{{Task: "1.1", Done: calendar.NewDate(2017, time.August, 2), Agency: "so-noi-vu"}}
	pr := report.CheckProgress(p, calendar.NewDate(2017, time.September, 20), done)
	for _, t := range pr.Tasks() {
		fmt.Printf("%s %s: %s (%s) late=%v\n", t.Task.Number(), t.Task.Deadline().Text(), t.State, t.State.Vietnamese(), t.Late)
	}
	// Output:
	// 1.1 30/7/2017: done (đã hoàn thành) late=true
	// 1.2 Tháng 9/2017: due-soon (sắp đến hạn) late=false
	// 2.1 31/8/2017: overdue (quá hạn) late=false
	// 2.2 Thường xuyên: ongoing (thường xuyên) late=false
	// 2.3 Quý IV/2017: not-due (chưa đến hạn) late=false
}

func ExampleProgress() {
	pr := report.CheckProgress(progressExample(), calendar.NewDate(2017, time.September, 20), nil)
	for _, a := range pr.ByArea() {
		fmt.Printf("%s: %d tasks, %d overdue, %d due soon\n", a.Area, a.Total(), a.Overdue, a.DueSoon)
	}
	for _, a := range pr.ByAgency() {
		fmt.Printf("%s leads %d, partners %d\n", a.Name, a.Lead.Total(), a.Partner.Total())
	}
	// Output:
	// procedures: 3 tasks, 1 overdue, 0 due soon
	// direction: 2 tasks, 1 overdue, 1 due soon
	// Sở Nội vụ leads 2, partners 0
	// Sở Tư pháp leads 1, partners 1
	// Văn phòng UBND tỉnh leads 2, partners 0
}

func ExampleTaskState() {
	s, _ := report.ParseTaskState("overdue")
	fmt.Println(s, s.Vietnamese())
	// Output: overdue quá hạn
}

func ExampleCompletion() {
	pr := report.CheckProgress(progressExample(), calendar.NewDate(2017, time.September, 20), []report.Completion{
		{Task: "2.1", Done: calendar.NewDate(2017, time.August, 30), Note: "Quyết định 2410/QĐ-UBND"},
		{Task: "7.7", Done: calendar.NewDate(2017, time.August, 30)},
	})
	fmt.Println(pr.Tasks()[2].State, pr.Problems())
	// Output: done [report: no task "7.7" in the plan]
}

func ExampleTaskStatus() {
	pr := report.CheckProgress(progressExample(), calendar.NewDate(2017, time.September, 20), nil)
	for _, t := range pr.State(report.TaskOverdue) {
		fmt.Println(t.Task.Number(), t.Area, t.Due, t.Workdays, "working days overdue")
	}
	// Output:
	// 1.1 direction 2017-07-31 36 working days overdue
	// 2.1 procedures 2017-08-31 13 working days overdue
}

func ExampleStateCounts() {
	n := report.CheckProgress(progressExample(), calendar.NewDate(2017, time.September, 20), nil).Total()
	fmt.Println(n.Total(), n.NotDue, n.DueSoon, n.Done, n.Overdue, n.Ongoing)
	// Output: 5 1 1 0 2 1
}

func ExampleAreaProgress() {
	a := report.CheckProgress(progressExample(), calendar.NewDate(2017, time.July, 20), nil).ByArea()[1]
	fmt.Println(a.Area.Vietnamese(), a.NotDue)
	// Output: Công tác chỉ đạo, điều hành 1
}

func ExampleAgencyProgress() {
	a := report.CheckProgress(progressExample(), calendar.NewDate(2017, time.September, 20), nil).ByAgency()[1]
	fmt.Println(a.Agency, a.Lead.NotDue, a.Partner.DueSoon)
	// Output: so-tu-phap 1 1
}

func ExampleTaskError() {
	pr := report.CheckProgress(progressExample(), calendar.NewDate(2017, time.September, 20), []report.Completion{{Task: "3.1", Done: calendar.NewDate(2017, time.August, 1)}})
	te := pr.Problems()[0].(*report.TaskError)
	fmt.Println(te.Task)
	// Output: 3.1
}

func ExampleProgressOption() {
	p := progressExample()
	on := calendar.NewDate(2017, time.September, 1)
	for _, window := range []int{report.DefaultDueSoon, 30} {
		pr := report.CheckProgress(p, on, nil, report.DueSoonWithin(window))
		fmt.Println(window, pr.Total().DueSoon)
	}
	// Output:
	// 10 0
	// 30 1
}

// The Bình Phước form's fields measure the targets of the plan's
// objectives; a half-year roll-up is evaluated against them.
func ExampleEvaluation() {
	p, _ := examples.BinhPhuoc2018()
	f, _ := report.BuiltinForm("binh-phuoc-2018-half-yearly")
	h1 := calendar.HalfPeriod(2018, 1)
	h, _ := report.PlanHierarchy(p, h1.End())
	acc := report.NewAccumulator(f, h, h1)
	s, _ := report.NewSubmission(f, report.SubmissionSpec{Unit: "so-noi-vu", Period: h1, Received: calendar.NewDate(2018, time.June, 1).At(9, 0),
		Values: map[string]report.Value{"digital-signature-units": report.Ratio(17, 20), "official-email-users": report.Ratio(180, 200)}})
	acc.Add(s)
	pr := report.CheckProgress(p, h1.End(), nil, report.Objectives(acc.Rollup()))
	for _, e := range pr.Evaluations() {
		fmt.Printf("%s/%d %q: %s %s\n", e.Objective, e.Measure.Target, e.Target.Text(), e.Value.Format(), e.Status)
	}
	// Output:
	// II.2.e/1 "100%":  no-data
	// II.2.e/3 "100%":  no-data
	// II.4.c/1 "100%":  no-data
	// II.6.d/1 "100%": 180/200 (90%) on-track
	// II.6.d/2 "80%": 17/20 (85%) achieved
}

func ExampleMeasure() {
	f, _ := report.BuiltinForm("binh-phuoc-2018-yearly")
	m := f.Measures()[4]
	fmt.Println(m.Objective, m.Target, m.Field)
	// Output: II.6.d 2 digital-signature-units
}

func ExampleObjectives() {
	p, _ := examples.BinhPhuoc2018()
	f, _ := report.BuiltinForm("binh-phuoc-2018-yearly")
	h, _ := report.PlanHierarchy(p, p.Period().End())
	acc := report.NewAccumulator(f, h, p.Period())
	pr := report.CheckProgress(p, p.Period().End(), nil,
		report.Objectives(acc.Rollup(), report.Measure{Objective: "II.9", Target: 1, Field: "one-stop-coverage"}))
	fmt.Println(pr.Problems())
	// Output: [report: objective "II.9", target 1: no such objective in the plan]
}

func ExampleObjectiveError() {
	e := &report.ObjectiveError{Objective: "II.6.d", Target: 3, Reason: "the objective has 2 targets"}
	fmt.Println(e)
	// Output: report: objective "II.6.d", target 3: the objective has 2 targets
}

func ExampleForm_CheckPlan() {
	bp, _ := examples.BinhPhuoc2018()
	tn, _ := examples.ThaiNguyen2017()
	f, _ := report.BuiltinForm("binh-phuoc-2018-yearly")
	fmt.Println(f.CheckPlan(bp))
	// The form was made for Bình Phước: Thái Nguyên's plan has none of its
	// objectives.
	err := f.CheckPlan(tn)
	fmt.Println(strings.Split(err.Error(), "\n")[0])
	// Output:
	// <nil>
	// report: forms/binh-phuoc-2018.json:79:19: form "binh-phuoc-2018-yearly": field "one-stop-coverage": objective "II.2.e", target 1: no such objective in the plan
}

func ExampleArgumentError() {
	_, err := report.PlanHierarchy(nil, calendar.NewDate(2017, time.August, 1))
	fmt.Println(err)
	// Output: report: PlanHierarchy: no plan (nil)
}

// smallDocument is a monthly report of two communes on a form of two
// fields, from huyện Đại Từ.
func smallDocument() report.Document {
	reg := thaiNguyenWithCommunes()
	f, _ := report.NewForm(report.FormSpec{
		Code: "dai-tu-monthly", Kind: calendar.Monthly, Title: "Kết quả giải quyết thủ tục hành chính",
		Sections: []report.Section{
			{Number: "I", Area: plan.AreaOneStop, Title: "Cơ chế một cửa", Fields: []report.Field{
				{Code: "dossiers-received", Type: report.TypeCount, Label: "Tổng số hồ sơ đã tiếp nhận", Unit: "hồ sơ", Required: true},
				{Code: "dossiers-on-time", Type: report.TypeRatio, Label: "Hồ sơ trả đúng hạn/hồ sơ đã giải quyết", Required: true},
			}},
			{Number: "II", Area: plan.AreaOther, Title: "Đánh giá", Fields: []report.Field{
				{Code: "assessment", Type: report.TypeText, Label: "Đánh giá chung"},
			}},
		},
	})
	march := calendar.MonthPeriod(2025, time.March)
	h, _ := report.NewHierarchy(reg, "ubnd", march.End())
	acc := report.NewAccumulator(f, h, march)
	for _, r := range []struct {
		unit          agency.ID
		received      int64
		resolved, all int64
	}{{"ubnd-xa-hung-son", 1234, 98, 100}, {"ubnd-xa-tan-thai", 860, 790, 800}} {
		s, _ := report.NewSubmission(f, report.SubmissionSpec{Unit: r.unit, Period: march, Received: march.End().At(8, 0),
			Values: map[string]report.Value{"dossiers-received": report.Count(r.received), "dossiers-on-time": report.Ratio(r.resolved, r.all)}})
		acc.Add(s)
	}
	return report.Document{
		Rollup: acc.Rollup(), Unit: "ubnd-huyen-dai-tu",
		Superior: "UBND TỈNH THÁI NGUYÊN", Number: "45/BC-UBND", Place: "Đại Từ", Date: calendar.NewDate(2025, time.March, 28),
		Texts:       map[string]string{"assessment": "Các xã giải quyết hồ sơ đúng hạn, không có hồ sơ quá hạn kéo dài."},
		Recipients:  []string{"UBND tỉnh (qua Sở Nội vụ)", "Lưu: VT"},
		SignerTitle: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", Signer: "Nguyễn Văn Bình",
	}
}

func ExampleRenderer_Render() {
	if err := report.NewRenderer().Render(os.Stdout, report.FormatText, smallDocument()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// UBND TỈNH THÁI NGUYÊN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	//         UBND HUYỆN ĐẠI TỪ                  Độc lập - Tự do - Hạnh phúc
	//              --------                      ---------------------------
	//           Số: 45/BC-UBND                 Đại Từ, ngày 28 tháng 3 năm 2025
	//
	//                                     BÁO CÁO
	//                Kết quả giải quyết thủ tục hành chính tháng 3/2025
	//                                    ----------
	//
	// Số liệu tổng hợp từ 2 báo cáo của các cơ quan, đơn vị.
	//
	// I. Cơ chế một cửa
	// - Tổng số hồ sơ đã tiếp nhận: 2.094 hồ sơ
	// - Hồ sơ trả đúng hạn/hồ sơ đã giải quyết: 888/900 (98,7%)
	//
	// II. Đánh giá
	// - Đánh giá chung: Các xã giải quyết hồ sơ đúng hạn, không có hồ sơ quá hạn kéo
	//   dài.
	//
	// PHỤ LỤC: Số liệu theo cơ quan, đơn vị
	// 1. UBND xã Hùng Sơn (1 báo cáo)
	//     - Tổng số hồ sơ đã tiếp nhận: 1.234
	//     - Hồ sơ trả đúng hạn/hồ sơ đã giải quyết: 98/100 (98%)
	// 2. UBND xã Tân Thái (1 báo cáo)
	//     - Tổng số hồ sơ đã tiếp nhận: 860
	//     - Hồ sơ trả đúng hạn/hồ sơ đã giải quyết: 790/800 (98,8%)
	// Tổng cộng (2 báo cáo)
	//     - Tổng số hồ sơ đã tiếp nhận: 2.094
	//     - Hồ sơ trả đúng hạn/hồ sơ đã giải quyết: 888/900 (98,7%)
	//
	// Nơi nhận:                                          KT. CHỦ TỊCH
	// - UBND tỉnh (qua Sở Nội vụ);                       PHÓ CHỦ TỊCH
	// - Lưu: VT.
	//                                                 (ký tên, đóng dấu)
	//
	//                                                  Nguyễn Văn Bình
}

func ExampleDocument() {
	v, _ := smallDocument().View()
	fmt.Println(v.Issuer, "|", v.Number, "|", v.DateLine)
	fmt.Println(v.Title, "|", v.Subject)
	// Output:
	// UBND HUYỆN ĐẠI TỪ | Số: 45/BC-UBND | Đại Từ, ngày 28 tháng 3 năm 2025
	// BÁO CÁO | Kết quả giải quyết thủ tục hành chính tháng 3/2025
}

func ExampleView() {
	v, _ := smallDocument().View()
	fmt.Println(v.Nation)
	fmt.Println(v.Motto)
	fmt.Println(v.Recipients)
	fmt.Println(v.Signer, v.SignerName, v.Reports)
	// Output:
	// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	// Độc lập - Tự do - Hạnh phúc
	// [- UBND tỉnh (qua Sở Nội vụ); - Lưu: VT.]
	// [KT. CHỦ TỊCH PHÓ CHỦ TỊCH] Nguyễn Văn Bình 2
}

func ExampleViewSection() {
	v, _ := smallDocument().View()
	for _, s := range v.Sections {
		fmt.Println(s.Number, s.Title, len(s.Lines))
	}
	// Output:
	// I Cơ chế một cửa 2
	// II Đánh giá 1
}

func ExampleViewLine() {
	v, _ := smallDocument().View()
	for _, l := range v.Sections[0].Lines {
		fmt.Printf("%s: %s (%d reports)\n", l.Label, l.Value, l.Given)
	}
	// Output:
	// Tổng số hồ sơ đã tiếp nhận: 2.094 hồ sơ (2 reports)
	// Hồ sơ trả đúng hạn/hồ sơ đã giải quyết: 888/900 (98,7%) (2 reports)
}

func ExampleViewTable() {
	v, _ := smallDocument().View()
	fmt.Println(v.Annex.Columns)
	for _, r := range v.Annex.Rows {
		fmt.Println(r)
	}
	// Output:
	// [STT Cơ quan, đơn vị Số báo cáo Tổng số hồ sơ đã tiếp nhận Hồ sơ trả đúng hạn/hồ sơ đã giải quyết]
	// [1 UBND xã Hùng Sơn 1 1.234 98/100 (98%)]
	// [2 UBND xã Tân Thái 1 860 790/800 (98,8%)]
	// [ Tổng cộng 2 2.094 888/900 (98,7%)]
}

func ExampleFormat() {
	f, _ := report.ParseFormat("html")
	fmt.Println(f, report.FormatCSV)
	// Output: html csv
}

// A portal prints with its own template; Template gives the shipped one to
// start from.
func ExampleRenderer() {
	r, err := report.NewRenderer().WithTemplate(report.FormatText,
		`{{.Issuer}}: {{.Subject}}{{range .Sections}}{{range .Lines}}{{if not .Text}}
  {{pad 40 .Label}} {{.Value}}{{end}}{{end}}{{end}}
`)
	if err != nil {
		panic(err)
	}
	r.Render(os.Stdout, report.FormatText, smallDocument())
	// Output:
	// UBND HUYỆN ĐẠI TỪ: Kết quả giải quyết thủ tục hành chính tháng 3/2025
	//   Tổng số hồ sơ đã tiếp nhận               2.094 hồ sơ
	//   Hồ sơ trả đúng hạn/hồ sơ đã giải quyết   888/900 (98,7%)
}

// The CSV holds the figures of every unit under the one reported on, for
// spreadsheets; it starts with a byte order mark, left out here.
func ExampleRenderer_csv() {
	var b strings.Builder
	report.NewRenderer().Render(&b, report.FormatCSV, smallDocument())
	fmt.Print(strings.TrimPrefix(b.String(), "\ufeff"))
	// Output:
	// period,depth,unit,name,level,parent,reports,section,field,label,type,value,number,numerator,denominator,percent,given
	// Tháng 3/2025,0,ubnd-huyen-dai-tu,UBND huyện Đại Từ,district,,2,I,dossiers-received,Tổng số hồ sơ đã tiếp nhận,count,2.094,2094,,,,2
	// Tháng 3/2025,0,ubnd-huyen-dai-tu,UBND huyện Đại Từ,district,,2,I,dossiers-on-time,Hồ sơ trả đúng hạn/hồ sơ đã giải quyết,ratio,"888/900 (98,7%)",,888,900,98.67,2
	// Tháng 3/2025,1,ubnd-xa-hung-son,UBND xã Hùng Sơn,commune,ubnd-huyen-dai-tu,1,I,dossiers-received,Tổng số hồ sơ đã tiếp nhận,count,1.234,1234,,,,1
	// Tháng 3/2025,1,ubnd-xa-hung-son,UBND xã Hùng Sơn,commune,ubnd-huyen-dai-tu,1,I,dossiers-on-time,Hồ sơ trả đúng hạn/hồ sơ đã giải quyết,ratio,98/100 (98%),,98,100,98.00,1
	// Tháng 3/2025,1,ubnd-xa-tan-thai,UBND xã Tân Thái,commune,ubnd-huyen-dai-tu,1,I,dossiers-received,Tổng số hồ sơ đã tiếp nhận,count,860,860,,,,1
	// Tháng 3/2025,1,ubnd-xa-tan-thai,UBND xã Tân Thái,commune,ubnd-huyen-dai-tu,1,I,dossiers-on-time,Hồ sơ trả đúng hạn/hồ sơ đã giải quyết,ratio,"790/800 (98,8%)",,790,800,98.75,1
}

// The tour: a month of plausible reports from Thái Nguyên's departments
// and districts, who was late, and the figures of the province's monthly
// report (print the whole of it with a Renderer).
func ExampleSimulate() {
	p, _ := examples.ThaiNguyen2017()
	f, _ := report.BuiltinForm("thai-nguyen-2017-monthly")
	august := calendar.MonthPeriod(2017, time.August)
	subs, _ := report.Simulate(p, f, august, 1)

	c := report.CheckCompliance(p, august.End(), slices.Values(subs))
	for _, e := range c.Entries() {
		if e.Period == august && e.Status != report.StatusOnTime {
			fmt.Printf("%s: %s %d\n", p.Registry().Name(e.Unit), e.Status.Vietnamese(), e.LateDays)
		}
	}

	h, _ := report.PlanHierarchy(p, august.End())
	acc := report.NewAccumulator(f, h, august)
	acc.AddAll(slices.Values(report.Latest(slices.Values(subs))))
	d := report.PlanDocument(p, acc.Rollup(), calendar.NewDate(2017, time.September, 5))
	v, _ := d.View()
	fmt.Println(v.Subject, "-", v.Intro[0])
	for _, s := range v.Sections {
		if s.Number == "II.7" {
			for _, l := range s.Lines {
				fmt.Println(l.Label+":", l.Value)
			}
		}
	}
	// Output:
	// Sở Công Thương: chậm 1
	// Sở Tài chính: chậm 1
	// Sở Tài nguyên và Môi trường: chưa nộp 5
	// Sở Xây dựng: chậm 2
	// Thanh tra tỉnh: chậm 1
	// UBND huyện Định Hóa: chưa nộp 5
	// UBND huyện Phú Lương: chậm 1
	// Công tác cải cách hành chính tháng 8/2017 - Số liệu tổng hợp từ 29 báo cáo của các cơ quan, đơn vị.
	// Số TTHC được thực hiện theo cơ chế một cửa (sở, cấp huyện, cấp xã): 5.709 thủ tục
	// Tổng số hồ sơ đã tiếp nhận: 18.262 hồ sơ
	// Tổng số hồ sơ đã giải quyết: 17.146 hồ sơ
	// Hồ sơ trả đúng hạn: 16.542 hồ sơ
	// Hồ sơ quá hạn: 604 hồ sơ
	// Hồ sơ trả lại (tổ chức, cá nhân): 179 hồ sơ
}
