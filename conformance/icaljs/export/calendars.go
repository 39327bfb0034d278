package main

import (
	"bytes"
	"fmt"
	"slices"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/internal/ical"
	"github.com/openpar/cchc/plan"
	"github.com/openpar/cchc/task"
)

// stamp is the DTSTAMP of every calendar, fixed so that the files are the
// same on every run.
var stamp = time.Date(2017, time.July, 3, 8, 0, 0, 0, time.UTC)

// agencyOf names, by example, the agency whose own calendar is checked
// besides the whole plan's. In Thái Nguyên 2017 the Sở Tư pháp leads and
// partners tasks, owes plan-level deadlines and sends both the weekly and
// the monthly report; an example not listed uses the first agency of its
// responsibility matrix, and one without agencies has only the whole plan.
var agencyOf = map[string]agency.ID{"thai-nguyen-2017": "so-tu-phap"}

// calendars returns the calendars of the five example plans, each written by
// plan.WriteICS for the whole plan and for one agency, and of the all-day
// plan, and what each must hold.
func calendars() ([]namedCalendar, error) {
	plans, err := examples.All()
	if err != nil {
		return nil, err
	}
	var out []namedCalendar
	add := func(name string, p *plan.Plan, a agency.ID) error {
		file := name + ".ics"
		if a != "" {
			file = name + "-" + string(a) + ".ics"
		}
		var b bytes.Buffer
		if err := p.WriteICS(&b, a, stamp); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		out = append(out, namedCalendar{file: file, ics: b.Bytes(), want: expect(p, a)})
		return nil
	}
	for i, name := range examples.Names() {
		p := plans[i]
		who := []agency.ID{""}
		if a, ok := agencyOf[name]; ok {
			who = append(who, a)
		} else if all := p.Matrix().Agencies(); len(all) > 0 {
			who = append(who, all[0])
		}
		for _, a := range who {
			if err := add(name, p, a); err != nil {
				return nil, err
			}
		}
	}
	if err := add("all-day-reports", allDay(), ""); err != nil {
		return nil, err
	}
	return out, nil
}

// allDay is a plan built in code whose reports have no time of day, as none
// of the five examples has: through it ical.js reads the writer's all-day
// recurring events, with moved reports as EXDATE and RDATE dates. Its period
// spans Tết 2017 and 2018, which move reports of both schedules.
func allDay() *plan.Plan {
	const all = "Các sở, ban, ngành, UBND cấp huyện"
	report := func(form, title, schedule string) plan.ReportText {
		return plan.ReportText{Form: form, Title: title, Schedule: schedule, Senders: all, Recipient: "Sở Nội vụ"}
	}
	return plan.NewBuilder(plan.Document{Number: "01/KH-UBND", Issuer: "UBND tỉnh Thái Nguyên"}).
		Period("giai đoạn 2017-2018").
		Report(report("weekly", "Báo cáo tuần", "thứ Sáu hằng tuần")).
		Report(report("monthly", "Báo cáo tháng", "thứ Sáu tuần cuối cùng của tháng")).
		Section("1", "Công tác chỉ đạo, điều hành", plan.AreaDirection).
		Task(plan.TaskText{Number: "1.1", Title: "Tham mưu kiểm tra CCHC tại các cơ quan, đơn vị.", Lead: "Sở Nội vụ", Deadline: "Quý III/2017"}).
		Build()
}

// expect is what the calendar of p for agency a ("" for the whole plan) must
// hold, read off the plan's tasks, deadlines and reporting regime: each
// task and plan-level deadline the agency has a part in as a to-do (one a
// period for a recurring one), each report it sends as events.
//
// UIDs are derived from the keys plan.WriteICS documents (the plan's ID,
// then what the component is), with ical.UID, the one piece shared with the
// writer: a UID is an opaque name, and a parser can only compare it.
func expect(p *plan.Plan, a agency.ID) fileExpect {
	want := fileExpect{ProdID: prodID, Name: p.Name(), Todos: []componentExpect{}, Events: []componentExpect{}}
	if a != "" {
		want.Name += " - " + p.Registry().Name(a)
	}
	key := p.ID() + "\x00"
	cal := p.Calendar()
	for _, t := range p.Tasks() {
		if r, _ := t.Role(a); a != "" && r == task.Unspecified {
			continue
		}
		want.Todos = append(want.Todos, todos(key+"task\x00"+t.Number(), t.Number()+" "+t.Title(), t.Deadline(), cal, p.InForce())...)
	}
	for _, d := range p.Deadlines() {
		if a != "" && !slices.Contains(d.Agencies, a) {
			continue
		}
		want.Todos = append(want.Todos, todos(key+"deadline\x00"+d.What, d.What, d.Deadline, cal, p.InForce())...)
	}
	for _, r := range p.Reporting() {
		if r.Schedule.IsZero() || a != "" && !slices.Contains(r.Senders, a) {
			continue
		}
		rkey := key + "report\x00" + r.Form.String() + "\x00" + r.Schedule.Text()
		want.Events = append(want.Events, reports(rkey, r.Name(), r.Schedule, cal, p.InForce())...)
	}
	return want
}

// todos are the to-dos of a deadline: one due all day on its due day on the
// plan's working calendar, or without DUE when it has none; for a deadline
// that recurs by periods ("Hàng quý"), one for each period due while the
// plan is in force, named for it. The DESCRIPTION quotes the deadline as the
// plan wrote it.
func todos(key, summary string, dl calendar.Deadline, cal *calendar.Calendar, period calendar.Period) []componentExpect {
	if dl.Recurs() && !period.IsZero() {
		var out []componentExpect
		for o := range dl.Occurrences(cal, period.Start(), period.End()) {
			out = append(out, componentExpect{UID: ical.UID("deadline", key, o.Period.String()),
				Summary: summary + ": " + o.Period.String(), Description: dl.Text(), Due: dayValue(o.Due)})
		}
		return out
	}
	c := componentExpect{UID: ical.UID("deadline", key), Summary: summary, Description: dl.Text()}
	if d, ok := dl.Due(cal); ok {
		c.Due = dayValue(d)
	}
	return []componentExpect{c}
}

// reports are the events of schedule s over the plan's period, from the
// schedule's own Occurrences. A weekly or last-week schedule is one event
// that starts at its first report's nominal due time and recurs to every
// report's due time, moved ones included: the occurrences ical.js expands
// from RRULE, RDATE and EXDATE must be exactly these. The check looks a year
// beyond the period on each side, so that it also sees the rule stop. Other
// schedules are an event per report at its due time, named for its period.
func reports(key, title string, s calendar.Schedule, cal *calendar.Calendar, period calendar.Period) []componentExpect {
	var occ []calendar.Occurrence
	for o := range s.Occurrences(cal, period.Start(), period.End()) {
		occ = append(occ, o)
	}
	if len(occ) == 0 {
		return nil
	}
	switch s.Kind() {
	case calendar.ScheduleWeekly, calendar.ScheduleLastWeek:
		first, last := occ[0], occ[len(occ)-1]
		from, to := period.Start().AddDays(-366), period.End().AddDays(366)
		if last.Due.After(period.End()) {
			to = last.Due.AddDays(366)
		}
		rec := &recurrence{From: from.String(), To: to.String(), Occurrences: []string{}}
		if s.At() != 0 {
			rec.From, rec.To = utc(from.Time()), utc(to.AddDays(1).Time().Add(-time.Second))
		}
		for _, o := range occ {
			if s.At() == 0 {
				rec.Occurrences = append(rec.Occurrences, o.Due.String())
			} else {
				rec.Occurrences = append(rec.Occurrences, utc(o.DueTime()))
			}
		}
		return []componentExpect{{
			UID: ical.UID("schedule", key), Summary: title, Description: s.Text(),
			Start: occurrenceValue(first, first.Nominal, first.NominalTime()), Recurrence: rec,
		}}
	}
	out := make([]componentExpect, 0, len(occ))
	for _, o := range occ {
		out = append(out, componentExpect{
			UID: ical.UID("schedule", key, o.Period.String()), Summary: title + ": " + o.Period.String(),
			Description: s.Text(), Start: occurrenceValue(o, o.Due, o.DueTime()),
		})
	}
	return out
}

// occurrenceValue is the start of an event for report o: day d all day when
// the report has no time of day, else the instant t.
func occurrenceValue(o calendar.Occurrence, d calendar.Date, t time.Time) *when {
	if o.At == 0 {
		return dayValue(d)
	}
	return timeValue(t)
}
