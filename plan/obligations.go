package plan

import (
	"fmt"
	"slices"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/internal/enum"
	"github.com/openpar/cchc/task"
)

// ObligationKind says where an obligation comes from.
type ObligationKind uint8

// Kinds of obligation.
const (
	ObligationUnspecified ObligationKind = iota
	ObligationTask                       // a task of the plan's task table
	ObligationReport                     // a report of the reporting regime
	ObligationDeadline                   // a plan-level deadline
)

var obligationKinds = enum.Table[ObligationKind]{
	Pkg:     "plan",
	Type:    "ObligationKind",
	Codes:   []string{"unspecified", "task", "report", "deadline"},
	Unknown: func(w string) error { return fmt.Errorf("plan: unknown obligation kind %q", w) },
}

// String returns "task", "report" or "deadline".
func (k ObligationKind) String() string { return obligationKinds.String(k) }

// ParseObligationKind is the inverse of ObligationKind.String.
func ParseObligationKind(s string) (ObligationKind, error) { return obligationKinds.Parse(s) }

// MarshalText encodes the kind as its code word.
func (k ObligationKind) MarshalText() ([]byte, error) { return obligationKinds.Marshal(k) }

// UnmarshalText decodes a code word.
func (k *ObligationKind) UnmarshalText(b []byte) error { return obligationKinds.Unmarshal(k, b) }

// Obligation is one thing an agency owes under a plan.
type Obligation struct {
	Kind   ObligationKind
	Source string    // the task number, the report's form ("monthly"), or "deadline N"
	Title  string    // the task's title, the report's title, or what is due
	Role   task.Role // the agency's role in a task; Lead for reports it sends and plan deadlines
	Via    task.Via  // named, or through a group

	Deadline calendar.Deadline // tasks and plan deadlines
	Period   calendar.Period   // reports and recurring tasks: the period the occurrence covers
	Nominal  calendar.Date     // the day the text names; zero when there is no single day
	Due      calendar.Date     // the effective day on the plan's calendar; zero when there is none
	DueTime  time.Time         // reports due at a time of day (10:00 ICT); zero otherwise
	Text     string            // the source text: the deadline phrase or the schedule phrase
}

// Ongoing reports whether the obligation has no single due day (ongoing,
// periodic or ad hoc only, as regulation or another plan says, on an event
// not recorded).
func (o Obligation) Ongoing() bool { return o.Due.IsZero() }

// owed indexes what one agency owes, built once at load so that a query
// costs the answer, not a scan of the plan.
type owed struct {
	dated     []Obligation // sorted by Due
	undated   []Obligation // document order
	recurring []Obligation // tasks and plan deadlines due once a period ("Hàng quý"), document order
	reports   []report     // the schedules the agency sends under
}

type report struct {
	index int
	via   task.Via
}

func indexObligations(p *Plan) map[agency.ID]*owed {
	idx := map[agency.ID]*owed{}
	get := func(a agency.ID) *owed {
		o := idx[a]
		if o == nil {
			o = &owed{}
			idx[a] = o
		}
		return o
	}
	add := func(a agency.ID, ob Obligation) {
		o := get(a)
		switch {
		case ob.Deadline.Recurs():
			o.recurring = append(o.recurring, ob)
		case ob.Ongoing():
			o.undated = append(o.undated, ob)
		default:
			o.dated = append(o.dated, ob)
		}
	}
	for _, t := range p.tasks {
		dl := t.Deadline()
		due, _ := dl.Due(p.cal)
		nominal, _ := dl.Nominal()
		ob := Obligation{Kind: ObligationTask, Source: t.Number(), Title: t.Title(), Deadline: dl,
			Nominal: nominal, Due: due, Text: dl.Text()}
		seen := map[agency.ID]bool{}
		for _, a := range t.Assignments() {
			if seen[a.Agency] {
				continue
			}
			seen[a.Agency] = true
			ob.Role, ob.Via = t.Role(a.Agency)
			add(a.Agency, ob)
		}
	}
	for i, d := range p.deadlines {
		due, _ := d.Deadline.Due(p.cal)
		nominal, _ := d.Deadline.Nominal()
		ob := Obligation{Kind: ObligationDeadline, Source: fmt.Sprintf("deadline %d", i+1), Title: d.What,
			Role: task.Lead, Deadline: d.Deadline, Nominal: nominal, Due: due, Text: d.Deadline.Text()}
		for _, m := range d.members {
			ob.Via = m.Via
			add(m.Agency, ob)
		}
	}
	for i, r := range p.reporting {
		for _, m := range r.senders {
			if r.Schedule.IsZero() {
				add(m.Agency, Obligation{Kind: ObligationReport, Source: r.Form.String(), Title: r.Name(),
					Role: task.Lead, Via: m.Via, Text: r.Schedule.Text()})
				continue
			}
			o := get(m.Agency)
			o.reports = append(o.reports, report{index: i, via: m.Via})
		}
	}
	for _, o := range idx {
		slices.SortStableFunc(o.dated, func(a, b Obligation) int { return a.Due.Compare(b.Due) })
	}
	return idx
}

// Obligations returns everything agency a owes between from and to, both
// included, sorted by effective due day: deadlines of the tasks it leads or
// partners, each report it must send under the reporting regime, and
// plan-level deadlines. Reports and recurring tasks ("Hàng quý": one
// obligation a period, see calendar.Deadline.Occurrences) are owed while
// the plan is in force. Obligations with no single day (ongoing tasks,
// "Theo quy định") follow, once each, in document order, when the plan's
// period overlaps the range. A range with the zero Date at either end, or
// one that ends before it starts, holds nothing.
func (p *Plan) Obligations(a agency.ID, from, to calendar.Date) []Obligation {
	o := p.owed[a]
	if o == nil || to.Before(from) || from.IsZero() || to.IsZero() {
		return nil
	}
	lo, _ := slices.BinarySearchFunc(o.dated, from, func(ob Obligation, d calendar.Date) int { return ob.Due.Compare(d) })
	hi, _ := slices.BinarySearchFunc(o.dated, to.AddDays(1), func(ob Obligation, d calendar.Date) int { return ob.Due.Compare(d) })
	out := make([]Obligation, 0, hi-lo+len(o.undated))
	out = append(out, o.dated[lo:hi]...)
	// What recurs is owed only while the plan is in force.
	rfrom, rto := from, to
	if in := p.InForce(); !in.IsZero() {
		if rfrom.Before(in.Start()) {
			rfrom = in.Start()
		}
		if rto.After(in.End()) {
			rto = in.End()
		}
	}
	for _, ob := range o.recurring {
		for occ := range ob.Deadline.Occurrences(p.cal, rfrom, rto) {
			ob.Period, ob.Nominal, ob.Due = occ.Period, occ.Nominal, occ.Due
			out = append(out, ob)
		}
	}
	for _, r := range o.reports {
		rp := &p.reporting[r.index]
		source, title := rp.Form.String(), rp.Name()
		for occ := range rp.Schedule.Occurrences(p.cal, rfrom, rto) {
			ob := Obligation{Kind: ObligationReport, Source: source, Title: title, Role: task.Lead, Via: r.via,
				Period: occ.Period, Nominal: occ.Nominal, Due: occ.Due, Text: rp.Schedule.Text()}
			if occ.At != 0 {
				ob.DueTime = occ.DueTime()
			}
			out = append(out, ob)
		}
	}
	if len(o.reports) > 0 || len(o.recurring) > 0 {
		slices.SortStableFunc(out, func(a, b Obligation) int { return a.Due.Compare(b.Due) })
	}
	if p.period.IsZero() || p.period.Overlaps(calendar.SpanPeriod(from, to)) {
		out = append(out, o.undated...)
	}
	return out
}
