package calendar

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/openpar/cchc/internal/ical"
)

// ICS builds an iCalendar file (RFC 5545) of deadlines and reporting
// schedules, such as one agency's duties under a plan, for calendar
// applications: each deadline is a to-do (VTODO), each report due time an
// event (VEVENT). Due days are resolved on a working calendar; the
// Vietnamese source text goes in each DESCRIPTION.
//
// The output is reproducible: UIDs are UUIDs derived from the caller's keys
// (so a re-imported file updates what an application holds instead of
// duplicating it), every DTSTAMP is the stamp given to NewICS, and
// components keep the order they were added in. An ICS is not safe for
// concurrent use.
type ICS struct {
	cal *Calendar
	out ical.Calendar
}

// NewICS returns an empty iCalendar named name (the name applications show,
// "Sở Nội vụ - Kế hoạch 121/KH-UBND"), resolving due days on the working
// calendar c (nil for Vietnam()), stamped with the time the caller says it
// was made.
func NewICS(name string, c *Calendar, stamp time.Time) *ICS {
	return &ICS{cal: orVietnam(c), out: ical.Calendar{Name: name, Stamp: stamp}}
}

// AddDeadline adds dl as a to-do. uidKey names the duty, stably from one
// export to the next (a plan's number, a task number and an agency: "121/KH-UBND
// 1.3 so-noi-vu"); summary is what the to-do says. A deadline with a due day
// has it as an all-day DUE, and one within a period or span starts on the
// period's first day; a deadline without a single day (ongoing, recurring,
// by regulation or plan, an event not yet recorded) is a to-do without DUE,
// so the duty is still listed; so is a duty the plan sets no deadline for
// (the zero Deadline: Bắc Kạn's 2011-2015 task tables have no time column),
// which has no DESCRIPTION either. It is an error to add text iCalendar
// cannot carry.
func (x *ICS) AddDeadline(uidKey, summary string, dl Deadline) error {
	todo := ical.Todo{
		UID:     ical.UID("deadline", uidKey),
		Summary: summary,
		Status:  ical.NeedsAction,
	}
	if !dl.IsZero() {
		todo.Description = "Thời hạn: " + dl.Text()
	}
	if due, ok := dl.Due(x.cal); ok {
		todo.DueDate = icalDate(due)
		todo.Description += "\nHạn theo ngày làm việc: " + due.Format()
		if p := dl.Period(); !p.IsZero() && !p.Start().After(due) {
			todo.StartDate = icalDate(p.Start())
		}
	}
	if err := x.out.AddTodo(todo); err != nil {
		return fmt.Errorf("calendar: ics: deadline %q: %w", uidKey, err)
	}
	return nil
}

// AddRecurring adds a deadline that falls due once a period ("Hàng quý",
// see Deadline.Recurs and Deadline.Occurrences) as a to-do for each period
// due from from to to: named for its period, starting on the period's
// first day and due on the day it falls due. uidKey and summary are as for
// AddDeadline; each to-do's UID adds its period. Any other deadline, and
// any deadline when from or to is the zero Date (no range to list periods
// in), is added once, as AddDeadline adds it.
func (x *ICS) AddRecurring(uidKey, summary string, dl Deadline, from, to Date) error {
	if !dl.Recurs() || from.IsZero() || to.IsZero() {
		return x.AddDeadline(uidKey, summary, dl)
	}
	for o := range dl.Occurrences(x.cal, from, to) {
		todo := ical.Todo{
			UID:         ical.UID("deadline", uidKey, o.Period.String()),
			Summary:     summary + ": " + o.Period.String(),
			Description: "Thời hạn: " + dl.Text() + "\nKỳ: " + o.Period.String() + "\nHạn theo ngày làm việc: " + o.Due.Format(),
			Status:      ical.NeedsAction,
			DueDate:     icalDate(o.Due),
		}
		if !o.Period.Start().After(o.Due) {
			todo.StartDate = icalDate(o.Period.Start())
		}
		if err := x.out.AddTodo(todo); err != nil {
			return fmt.Errorf("calendar: ics: deadline %q: %w", uidKey, err)
		}
	}
	return nil
}

// AddSchedule adds the reports s asks for that fall due from from to to.
// uidKey names the duty as for AddDeadline; summary is what the events say.
// A weekly or last-week schedule is one recurring event (an RRULE, weekly
// or on the last weekday of the month) from its first report in the range
// to its last, with each report that the working calendar moves written as
// an exception (EXDATE) and its due time added (RDATE). Yearly and national
// schedules give an event per report, named for its period. Events are all
// day unless the schedule sets a time of day, then they are the instant the
// report is due, in ICT. A range without reports adds nothing.
func (x *ICS) AddSchedule(uidKey, summary string, s Schedule, from, to Date) error {
	var occ []Occurrence
	for o := range s.Occurrences(x.cal, from, to) {
		occ = append(occ, o)
	}
	if len(occ) == 0 {
		return nil
	}
	var err error
	switch s.kind {
	case ScheduleWeekly, ScheduleLastWeek:
		err = x.addRule(uidKey, summary, s, occ)
	default:
		for _, o := range occ {
			if err = x.addReport(uidKey, summary, s, o); err != nil {
				break
			}
		}
	}
	if err != nil {
		return fmt.Errorf("calendar: ics: schedule %q: %w", uidKey, err)
	}
	return nil
}

// addRule writes a weekly or last-week schedule as one event with a
// rule. The reports in range are consecutive ones of the rule, since moving
// due days forward keeps their order.
func (x *ICS) addRule(uidKey, summary string, s Schedule, occ []Occurrence) error {
	first, last := occ[0], occ[len(occ)-1]
	rule := ical.RRule{Freq: ical.Weekly, ByDay: []ical.WeekdayNum{{Day: s.day}}, Until: icalDate(last.Nominal)}
	if s.kind == ScheduleLastWeek {
		rule = ical.RRule{Freq: ical.Monthly, ByDay: []ical.WeekdayNum{{N: -1, Day: s.day}}, Until: icalDate(last.Nominal)}
	}
	e := ical.Event{
		UID:         ical.UID("schedule", uidKey),
		Summary:     summary,
		Description: "Thời hạn báo cáo: " + s.Text(),
		RRule:       rule,
	}
	setStart(&e, first.Nominal, s.at)
	var moved, due []string
	for _, o := range occ {
		if o.Due != o.Nominal {
			moved = append(moved, icalValue(o.Nominal, s.at))
			due = append(due, icalValue(o.Due, s.at))
		}
	}
	if len(moved) > 0 {
		params := []ical.Param{{Name: "VALUE", Value: "DATE"}}
		if s.at != 0 {
			params = []ical.Param{{Name: "TZID", Value: ical.TZID}}
		}
		e.Extra = []ical.Property{
			{Name: "EXDATE", Params: params, Value: strings.Join(moved, ",")},
			{Name: "RDATE", Params: params, Value: strings.Join(due, ",")},
		}
	}
	return x.out.AddEvent(e)
}

// addReport writes one report of a yearly or national schedule.
func (x *ICS) addReport(uidKey, summary string, s Schedule, o Occurrence) error {
	var desc strings.Builder
	fmt.Fprintf(&desc, "Kỳ báo cáo: %s", o.Period)
	if !o.Data.IsZero() {
		fmt.Fprintf(&desc, "\nSố liệu: từ %s đến %s", o.Data.Start().Format(), o.Cutoff().Format())
	}
	fmt.Fprintf(&desc, "\nThời hạn báo cáo: %s\nHạn theo ngày làm việc: %s", s.Text(), o.Due.Format())
	e := ical.Event{
		UID:         ical.UID("schedule", uidKey, o.Period.String()),
		Summary:     summary + ": " + o.Period.String(),
		Description: desc.String(),
	}
	setStart(&e, o.Due, o.At)
	return x.out.AddEvent(e)
}

// setStart sets an event's start: all day on d, or at the time of day at in
// ICT.
func setStart(e *ical.Event, d Date, at time.Duration) {
	if at == 0 {
		e.StartDate = icalDate(d)
		return
	}
	e.Start = d.Time().Add(at)
}

// WriteTo writes the iCalendar file to w.
func (x *ICS) WriteTo(w io.Writer) (int64, error) {
	n, err := x.out.WriteTo(w)
	if err != nil {
		return n, fmt.Errorf("calendar: ics: %w", err)
	}
	return n, nil
}

func icalDate(d Date) ical.Date {
	y, m, dd := d.Date()
	return ical.Date{Year: y, Month: m, Day: dd}
}

// icalValue formats d, at the time of day at in ICT when at is not 0, as an
// RFC 5545 DATE or local DATE-TIME value.
func icalValue(d Date, at time.Duration) string {
	if at == 0 {
		return d.Time().Format("20060102")
	}
	return d.Time().Add(at).Format("20060102T150405")
}
