package plan

import (
	"io"
	"slices"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
)

// WriteICS writes the plan's calendar as iCalendar (RFC 5545): a to-do for
// each task and plan-level deadline (without DUE when it has no due day, or
// no deadline at all), and, while the plan is in force (InForce), a to-do
// for each period of a recurring one ("Hàng quý") and events for the
// reports of the reporting regime. Names and UIDs come from Name and ID.
// With an agency it holds only what that agency owes;
// with "" it holds the whole plan. stamp is written as DTSTAMP, so the same
// plan and stamp give the same bytes; UIDs are stable, so a calendar app
// updates its entries when the file is imported again.
func (p *Plan) WriteICS(w io.Writer, a agency.ID, stamp time.Time) error {
	name := p.Name()
	if a != "" {
		name += " - " + p.agencyName(a)
	}
	x := calendar.NewICS(name, p.cal, stamp)
	key := p.ID() + "\x00"
	span := p.InForce()
	for _, t := range p.tasks {
		if a != "" {
			if r, _ := t.Role(a); r == 0 {
				continue
			}
		}
		if err := x.AddRecurring(key+"task\x00"+t.Number(), t.Number()+" "+t.Title(), t.Deadline(), span.Start(), span.End()); err != nil {
			return err
		}
	}
	for _, d := range p.deadlines {
		if a != "" && !has(d.Agencies, a) {
			continue
		}
		if err := x.AddRecurring(key+"deadline\x00"+d.What, d.What, d.Deadline, span.Start(), span.End()); err != nil {
			return err
		}
	}
	for _, r := range p.reporting {
		if r.Schedule.IsZero() || (a != "" && !has(r.Senders, a)) {
			continue
		}
		if err := x.AddSchedule(key+"report\x00"+r.Form.String()+"\x00"+r.Schedule.Text(), r.Name(), r.Schedule, span.Start(), span.End()); err != nil {
			return err
		}
	}
	_, err := x.WriteTo(w)
	return err
}

func has(ids []agency.ID, a agency.ID) bool { return slices.Contains(ids, a) }
