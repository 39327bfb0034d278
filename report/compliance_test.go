package report_test

import (
	"slices"
	"testing"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/plan"
	"github.com/openpar/cchc/report"
)

// weeklyPlan is a plan with Thái Nguyên's weekly report, due at 10:00 on
// Friday, from the given senders.
func weeklyPlan(t testing.TB, reg *agency.Registry, senders string, period string) *plan.Plan {
	t.Helper()
	return weeklyPlanOn(t, reg, senders, period, calendar.NewDate(2017, time.July, 19))
}

func weeklyPlanOn(t testing.TB, reg *agency.Registry, senders string, period string, date calendar.Date) *plan.Plan {
	t.Helper()
	return plan.NewBuilder(plan.Document{Number: "121/KH-UBND", Issuer: "UBND tỉnh Thái Nguyên", Date: date}).
		Province("Thái Nguyên").Period(period).
		Report(plan.ReportText{Form: "weekly", Title: "Báo cáo tuần", Schedule: "chậm nhất 10 giờ ngày thứ Sáu", Senders: senders, Recipient: "UBND tỉnh"}).
		Report(plan.ReportText{Form: "monthly", Title: "Báo cáo tháng", Schedule: "chậm nhất 10 giờ ngày thứ Sáu tuần cuối cùng của tháng", Senders: senders, Recipient: "UBND tỉnh"}).
		Build(plan.WithRegistry(reg))
}

// received returns a weekly submission of unit for the week of day, received at t.
func received(t testing.TB, unit agency.ID, day calendar.Date, at time.Time) report.Submission {
	t.Helper()
	return mustSubmitLoose(t, form(t, "thai-nguyen-2017-weekly"), report.SubmissionSpec{Unit: unit, Period: calendar.WeekPeriod(day), Received: at})
}

func entryFor(c *report.Compliance, unit agency.ID, p calendar.Period) (report.Entry, bool) {
	for _, e := range c.Entries() {
		if e.Unit == unit && e.Period == p {
			return e, true
		}
	}
	return report.Entry{}, false
}

func TestComplianceToTheMinute(t *testing.T) {
	reg := registry(t, 0, 0)
	p := weeklyPlan(t, reg, "Sở Nội vụ, Sở Tư pháp, Sở Tài chính, Sở Y tế, Thanh tra tỉnh", "Năm 2017")
	friday := calendar.NewDate(2017, time.August, 4)
	at := func(d calendar.Date, h, m, s int) time.Time { return d.At(h, m).Add(time.Duration(s) * time.Second) }
	subs := []report.Submission{
		received(t, "so-noi-vu", friday, at(friday, 10, 0, 59)),                                  // within the minute of 10:00
		received(t, "so-tu-phap", friday, at(friday, 10, 1, 0)),                                  // a minute late
		received(t, "so-tai-chinh", friday, at(friday.AddDays(3), 9, 0, 0)),                      // on Monday
		received(t, "so-y-te", friday, at(friday.AddDays(-4), 7, 30, 0)),                         // early in the week
		received(t, "so-y-te", friday, at(friday.AddDays(1), 7, 30, 0)),                          // a second copy does not make it late
		received(t, "thanh-tra", friday.AddDays(7), at(friday.AddDays(7).AddDays(-1), 15, 0, 0)), // next week's, early
	}
	tests := []struct {
		on     calendar.Date
		unit   agency.ID
		status report.Status
		late   int
	}{
		{friday, "so-noi-vu", report.StatusOnTime, 0},
		{friday, "so-tu-phap", report.StatusLate, 1},
		{friday, "so-tai-chinh", report.StatusMissing, 1},         // not yet there at the end of Friday
		{friday.AddDays(3), "so-tai-chinh", report.StatusLate, 2}, // Friday and Monday
		{friday, "so-y-te", report.StatusOnTime, 0},
		{friday.AddDays(-1), "so-noi-vu", report.StatusPending, 0},
		{friday.AddDays(-1), "so-y-te", report.StatusOnTime, 0}, // early and counted before the due day
		{friday.AddDays(10), "thanh-tra", report.StatusMissing, 7},
	}
	for _, tt := range tests {
		c := report.CheckCompliance(p, tt.on, slices.Values(subs))
		e, ok := entryFor(c, tt.unit, calendar.WeekPeriod(friday))
		if !ok || e.Status != tt.status || e.LateDays != tt.late {
			t.Errorf("on %s, %s: %+v, want %s late by %d", tt.on, tt.unit, e, tt.status, tt.late)
		}
		if ok && !e.Due.Equal(friday.At(10, 0)) {
			t.Errorf("due %s", e.Due)
		}
	}
	// Next week's report is owed and pending, and already in for one unit.
	c := report.CheckCompliance(p, friday.AddDays(6), slices.Values(subs))
	if e, _ := entryFor(c, "thanh-tra", calendar.WeekPeriod(friday.AddDays(7))); e.Status != report.StatusOnTime {
		t.Errorf("an early report for a week not yet due: %+v", e)
	}
	if e, _ := entryFor(c, "so-noi-vu", calendar.WeekPeriod(friday.AddDays(7))); e.Status != report.StatusPending {
		t.Errorf("a week not yet due: %+v", e)
	}
	// The check begins with the plan: nothing is owed for weeks before 19/7/2017.
	for _, e := range c.Entries() {
		if e.Due.Before(calendar.NewDate(2017, time.July, 19).Time()) {
			t.Errorf("owed before the plan: %+v", e)
		}
	}
}

func TestComplianceOnTheWorkingCalendar(t *testing.T) {
	reg := registry(t, 0, 0)
	p := weeklyPlan(t, reg, "Sở Nội vụ", "Năm 2018")
	// Friday 16/2/2018 is Tết: the weekly report is due on the next working
	// day, Wednesday 21/2, at 10:00.
	tet := calendar.NewDate(2018, time.February, 16)
	c := report.CheckCompliance(p, calendar.NewDate(2018, time.February, 28), slices.Values([]report.Submission{
		received(t, "so-noi-vu", tet, calendar.NewDate(2018, time.February, 21).At(9, 45)),
	}))
	e, ok := entryFor(c, "so-noi-vu", calendar.WeekPeriod(tet))
	if !ok || !e.Due.Equal(calendar.NewDate(2018, time.February, 21).At(10, 0)) || e.Status != report.StatusOnTime {
		t.Errorf("week of Tết: %+v", e)
	}
	// Late across Tết counts working days only: due Friday 9/2 at 10:00,
	// received Thursday 22/2: 9/2, 12/2, 13/2, 21/2 and 22/2.
	c = report.CheckCompliance(p, calendar.NewDate(2018, time.February, 28), slices.Values([]report.Submission{
		received(t, "so-noi-vu", calendar.NewDate(2018, time.February, 9), calendar.NewDate(2018, time.February, 22).At(8, 0)),
	}))
	if e, _ := entryFor(c, "so-noi-vu", calendar.WeekPeriod(calendar.NewDate(2018, time.February, 9))); e.Status != report.StatusLate || e.LateDays != 5 {
		t.Errorf("late over Tết: %+v", e)
	}
}

func TestComplianceBinhPhuoc(t *testing.T) {
	p, err := examples.BinhPhuoc2018()
	if err != nil {
		t.Fatal(err)
	}
	f := form(t, "binh-phuoc-2018-quarterly")
	q1 := calendar.QuarterPeriod(2018, 1)
	sub := func(unit agency.ID, at time.Time) report.Submission {
		return mustSubmitLoose(t, f, report.SubmissionSpec{Unit: unit, Period: q1, Received: at})
	}
	// "trước ngày 5/3": 5/3/2018 is a Monday, so the report is due by the end
	// of Friday 2/3.
	subs := []report.Submission{
		sub("so-noi-vu", calendar.NewDate(2018, time.March, 2).At(23, 50)),
		sub("so-tu-phap", calendar.NewDate(2018, time.March, 5).At(8, 0)),
	}
	c := report.CheckCompliance(p, calendar.NewDate(2018, time.March, 31), slices.Values(subs))
	want := map[agency.ID]report.Status{"so-noi-vu": report.StatusOnTime, "so-tu-phap": report.StatusLate, "so-y-te": report.StatusMissing}
	for unit, status := range want {
		e, ok := entryFor(c, unit, q1)
		if !ok || e.Status != status || !e.Due.Equal(calendar.NewDate(2018, time.March, 3).Time()) {
			t.Errorf("%s: %+v, want %s", unit, e, status)
		}
		if status == report.StatusLate && e.LateDays != 1 {
			t.Errorf("%s late by %d, want 1", unit, e.LateDays)
		}
	}
	// The half year and the year have begun: their reports are pending.
	byPeriod := c.ByPeriod()
	var periods []string
	for _, s := range byPeriod {
		periods = append(periods, s.Period.String())
	}
	if !slices.Equal(periods, []string{"Quý I/2018", "6 tháng đầu năm 2018", "Năm 2018"}) {
		t.Errorf("periods %v", periods)
	}
	senders := len(p.Reporting()[0].Senders)
	if q := byPeriod[0]; q.OnTime != 1 || q.Late != 1 || q.Missing != senders-2 || q.Owed() != senders {
		t.Errorf("quarter I counts %+v", q.Counts)
	}
	if h := byPeriod[1]; h.Pending != senders {
		t.Errorf("half year counts %+v", h.Counts)
	}
}

func TestComplianceSummaries(t *testing.T) {
	reg := registry(t, 0, 0)
	p := weeklyPlan(t, reg, "Sở Nội vụ, Sở Tư pháp, Sở Y tế", "Năm 2017")
	var subs []report.Submission
	// Sở Nội vụ is always on time, Sở Tư pháp late every other week, Sở Y
	// tế sends nothing in August.
	for d := calendar.NewDate(2017, time.July, 21); d.Year() == 2017; d = d.AddDays(7) {
		subs = append(subs, received(t, "so-noi-vu", d, d.At(9, 0)))
		if d.Day()%2 == 0 {
			subs = append(subs, received(t, "so-tu-phap", d, d.At(11, 0)))
		} else {
			subs = append(subs, received(t, "so-tu-phap", d, d.At(8, 0)))
		}
		if d.Month() != time.August {
			subs = append(subs, received(t, "so-y-te", d, d.At(9, 59)))
		}
	}
	c := report.CheckCompliance(p, calendar.NewDate(2017, time.December, 31), slices.Values(subs))
	units := c.ByUnit()
	if len(units) != 3 || units[0].Name != "Sở Nội vụ" {
		t.Fatalf("units %+v", units)
	}
	byUnit := map[agency.ID]report.Counts{}
	for _, u := range units {
		byUnit[u.Unit] = u.Counts
	}
	weeks := 24 // Fridays from 21/7 to 29/12/2017
	if n := byUnit["so-noi-vu"]; n.OnTime != weeks || n.Late+n.Missing != 6 {
		// The monthly reports (6, July to December) have no submissions.
		t.Errorf("Sở Nội vụ %+v", n)
	}
	if n := byUnit["so-y-te"]; n.Missing != 4+6 {
		t.Errorf("Sở Y tế %+v", n)
	}
	late := c.LateUnits(2017, 9)
	if len(late) != 2 || late[0].Unit != "so-tu-phap" || late[1].Unit != "so-y-te" {
		t.Errorf("late more than 9 times: %+v", late)
	}
	if len(c.LateUnits(2016, 0)) != 0 {
		t.Error("late units in a year without reports")
	}
	total := c.Total()
	if total.Owed()+total.Pending != len(c.Entries()) || total.Late != len(c.Status(report.StatusLate)) {
		t.Errorf("total %+v", total)
	}
}

func TestComplianceSkipsUnitsThatDidNotExist(t *testing.T) {
	reg := registry(t, 1, 1)
	p := plan.NewBuilder(plan.Document{Number: "9/KH-UBND", Issuer: "UBND tỉnh Thái Nguyên", Date: calendar.NewDate(2025, time.January, 2)}).
		Province("Thái Nguyên").Period("Năm 2025").
		Report(plan.ReportText{Form: "monthly", Title: "Báo cáo tháng", Schedule: "chậm nhất 10 giờ ngày thứ Sáu tuần cuối cùng của tháng",
			Senders: "UBND xã Thử 1-1, UBND xã Mới 1", Recipient: "UBND tỉnh"}).
		Build(plan.WithRegistry(reg))
	c := report.CheckCompliance(p, calendar.NewDate(2025, time.December, 31), nil)
	n := map[agency.ID]int{}
	for _, e := range c.Entries() {
		n[e.Unit]++
	}
	if n["ubnd-xa-1-1"] != 6 || n["ubnd-xa-moi-1"] != 6 {
		t.Errorf("months owed %v, want 6 before 1/7/2025 and 6 after", n)
	}
}

// BenchmarkCompliance1000Units checks a year of weekly and monthly reports
// from 1,008 communes: 65,000 reports owed, nine in ten received.
func BenchmarkCompliance1000Units(b *testing.B) {
	reg := registry(b, 112, 0) // 1,008 communes
	year := calendar.YearPeriod(2018)
	p := weeklyPlanOn(b, reg, "UBND cấp xã", "Năm 2018", year.Start())
	weekly, monthly := form(b, "thai-nguyen-2017-weekly"), form(b, "thai-nguyen-2017-monthly")
	var subs []report.Submission
	i := 0
	for _, r := range p.Reporting() {
		f := weekly
		if r.Form == calendar.Monthly {
			f = monthly
		}
		for o := range r.Schedule.Occurrences(p.Calendar(), year.Start(), year.End()) {
			for _, u := range r.Senders {
				i++
				if i%10 == 0 {
					continue // missing
				}
				at := o.DueTime().Add(-time.Hour)
				if i%7 == 0 {
					at = o.DueTime().Add(30 * time.Hour) // late
				}
				subs = append(subs, mustSubmitLoose(b, f, report.SubmissionSpec{Unit: u, Period: o.Period, Received: at}))
			}
		}
	}
	units := len(p.Reporting()[0].Senders)
	b.ReportAllocs()
	b.ResetTimer()
	var c *report.Compliance
	for b.Loop() {
		c = report.CheckCompliance(p, year.End(), slices.Values(subs))
	}
	b.ReportMetric(float64(units), "units")
	b.ReportMetric(float64(len(c.Entries())), "reports")
}
