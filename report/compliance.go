package report

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/internal/enum"
	"github.com/openpar/cchc/plan"
)

// Status says where a report a unit owes stands on the day of a check.
type Status uint8

// The statuses of a report owed.
const (
	StatusUnspecified Status = iota
	StatusPending            // chưa đến hạn: the period has begun, the report is not due yet
	StatusOnTime             // đúng hạn: received by its due time
	StatusLate               // chậm: received after its due time
	StatusMissing            // chưa nộp: due, and not received
)

var statusNames = []string{"unspecified", "pending", "on-time", "late", "missing"}
var statusVietnamese = []string{"", "chưa đến hạn", "đúng hạn", "chậm", "chưa nộp"}
var statuses = enum.Table[Status]{
	Pkg:        "report",
	Type:       "Status",
	Codes:      statusNames,
	Vietnamese: statusVietnamese,
	Unknown:    func(w string) error { return fmt.Errorf("report: unknown status %q", w) },
}

// String returns the status's code word ("on-time").
func (s Status) String() string { return statuses.String(s) }

// Vietnamese returns the status as a compliance table writes it ("đúng
// hạn"), or "" when unspecified or unknown.
func (s Status) Vietnamese() string { return statuses.Viet(s) }

// ParseStatus is the inverse of Status.String.
func ParseStatus(s string) (Status, error) { return statuses.Parse(s) }

// MarshalText encodes the status as its code word.
func (s Status) MarshalText() ([]byte, error) { return statuses.Marshal(s) }

// UnmarshalText decodes a code word.
func (s *Status) UnmarshalText(b []byte) error { return statuses.Unmarshal(s, b) }

// Entry is one report one unit owes: for which period, by when, and whether
// it came.
type Entry struct {
	Unit     agency.ID
	Report   calendar.Frequency // which report: Weekly, Monthly, Quarterly, HalfYearly or Yearly
	Title    string             // the regime's name for it ("Báo cáo tuần")
	Period   calendar.Period    // the period the report covers
	Due      time.Time          // the effective due time, in ICT
	Received time.Time          // when the first revision arrived; zero when none had by the day of the check
	Status   Status
	// LateDays counts the working days, whole or begun, from the due time
	// to the time received, or for a missing report to the end of the day of
	// the check: a report due at 10:00 on a Friday and received at 14:00 is
	// one day late, received on the Monday after, two. It is 0 for a report
	// that is on time or not due.
	LateDays int
}

// Counts counts reports by status.
type Counts struct {
	Pending, OnTime, Late, Missing int
	LateDays                       int // the sum of the entries' LateDays
}

// Owed returns the number of reports that were due: on time, late or missing.
func (c Counts) Owed() int { return c.OnTime + c.Late + c.Missing }

func (c *Counts) add(e Entry) {
	switch e.Status {
	case StatusPending:
		c.Pending++
	case StatusOnTime:
		c.OnTime++
	case StatusLate:
		c.Late++
	case StatusMissing:
		c.Missing++
	}
	c.LateDays += e.LateDays
}

// UnitSummary is one unit's record.
type UnitSummary struct {
	Unit agency.ID
	Name string
	Counts
}

// PeriodSummary is the record of one report for one period, over all units.
type PeriodSummary struct {
	Report calendar.Frequency
	Period calendar.Period
	Due    time.Time
	Counts
}

// Compliance is the record of a plan's reporting regime on a day (chấp
// hành chế độ báo cáo): every report each sender owed for each period, and
// whether it came on time.
type Compliance struct {
	on      calendar.Date
	reg     *agency.Registry
	entries []Entry
}

// CheckCompliance checks the reports of plan p's reporting regime as they
// stand at the end of day on, against the submissions received. Each sender
// of each report owes one for every period whose report fell due from the
// day the plan took effect (its date, or the start of its period if later)
// to on, and for every period of the plan already begun whose report is not
// yet due. A submission answers for the report of its unit and period; the
// first revision received counts, and one received after the day of the check
// has not arrived yet.
//
// Due times are the effective ones of the regime's schedules on the plan's
// calendar: a day off moves a due day, and a time of day counts to the
// minute in ICT (due at 10:00, a report received at 10:00:59 is on time, at
// 10:01 late). A report due on a day is on time any time that day.
//
// A nil p asks for no report: the Compliance has no entry.
func CheckCompliance(p *plan.Plan, on calendar.Date, received iter.Seq[Submission]) *Compliance {
	if p == nil {
		return &Compliance{on: on}
	}
	cal := p.Calendar()
	reg := p.Registry()
	asOf := on.AddDays(1).Time()
	c := &Compliance{on: on, reg: reg}
	from := p.Date()
	if start := p.Period().Start(); from.IsZero() || start.After(from) {
		from = start
	}
	if from.IsZero() {
		return c
	}
	end := p.Period().End()

	// What each report of the regime owes: its occurrences from the plan's
	// start to the day, then those of periods begun whose report is not due
	// yet (a year ahead covers the longest period).
	type regime struct {
		r     plan.Reporting
		owed  []calendar.Occurrence
		units []agency.ID // by Vietnamese name
	}
	var regimes []regime
	unitAt := map[agency.ID]int{}
	periodAt := map[calendar.Period]int{}
	for _, r := range p.Reporting() {
		if r.Schedule.IsZero() {
			continue
		}
		g := regime{r: r, units: slices.Clone(r.Senders)}
		for o := range r.Schedule.Occurrences(cal, from, on.AddDays(370)) {
			if o.Period.Start().After(on) || (!end.IsZero() && o.Period.Start().After(end)) {
				continue
			}
			g.owed = append(g.owed, o)
			if _, ok := periodAt[o.Period]; !ok {
				periodAt[o.Period] = len(periodAt)
			}
		}
		reg.SortIDs(g.units)
		for _, u := range g.units {
			if _, ok := unitAt[u]; !ok {
				unitAt[u] = len(unitAt)
			}
		}
		regimes = append(regimes, g)
	}

	// The first arrival of each unit's report on each period owed, in a
	// table by unit and period, so that the reports below look up nothing.
	first := make([]time.Time, len(unitAt)*len(periodAt))
	if received != nil {
		for s := range received {
			u, ok := unitAt[s.Unit()]
			if !ok || !s.Received().Before(asOf) {
				continue
			}
			pi, ok := periodAt[s.Period()]
			if !ok {
				continue
			}
			if t := &first[u*len(periodAt)+pi]; t.IsZero() || s.Received().Before(*t) {
				*t = s.Received()
			}
		}
	}

	var lists [][]Entry
	for _, g := range regimes {
		agencies := make([]agency.Agency, len(g.units))
		known := make([]bool, len(g.units))
		rows := make([]int, len(g.units))
		for i, u := range g.units {
			agencies[i], known[i] = reg.Agency(u)
			rows[i] = unitAt[u] * len(periodAt)
		}
		// Entries come out by due time, then unit.
		entries := make([]Entry, 0, len(g.owed)*len(g.units))
		for _, o := range g.owed {
			due := o.DueTime()
			pi := periodAt[o.Period]
			for i, unit := range g.units {
				if known[i] && !existed(agencies[i], o.Period) {
					continue
				}
				e := Entry{Unit: unit, Report: reportOf(o.Period), Title: g.r.Title, Period: o.Period, Due: due}
				got := first[rows[i]+pi]
				switch {
				case !got.IsZero() && onTime(got, o):
					e.Received, e.Status = got, StatusOnTime
				case !got.IsZero():
					e.Received, e.Status = got, StatusLate
					e.LateDays = lateDays(cal, due, got)
				case !due.After(asOf):
					e.Status = StatusMissing
					e.LateDays = lateDays(cal, due, asOf.Add(-time.Nanosecond))
				default:
					e.Status = StatusPending
				}
				entries = append(entries, e)
			}
		}
		lists = append(lists, entries)
	}
	for _, l := range lists {
		c.entries = mergeEntries(c.entries, l)
	}
	return c
}

// mergeEntries merges two lists ordered by due time into one, by due time
// and then report, each list keeping its own order otherwise.
func mergeEntries(a, b []Entry) []Entry {
	if len(a) == 0 {
		return b
	}
	out := make([]Entry, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if cmp.Or(b[0].Due.Compare(a[0].Due), cmp.Compare(b[0].Report, a[0].Report)) < 0 {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}

// existed reports whether agency a existed during any day of p.
func existed(a agency.Agency, p calendar.Period) bool {
	return (a.From.IsZero() || !a.From.After(p.End())) && (a.Until.IsZero() || !a.Until.Before(p.Start()))
}

// reportOf names the report on a period by its frequency.
func reportOf(p calendar.Period) calendar.Frequency {
	switch p.Kind() {
	case calendar.PeriodWeek:
		return calendar.Weekly
	case calendar.PeriodMonth:
		return calendar.Monthly
	case calendar.PeriodQuarter:
		return calendar.Quarterly
	case calendar.PeriodHalf:
		return calendar.HalfYearly
	case calendar.PeriodYear:
		return calendar.Yearly
	}
	return calendar.AdHoc
}

// onTime reports whether a report received at t meets occurrence o: by the
// minute of a due time of day, within the due day otherwise.
func onTime(t time.Time, o calendar.Occurrence) bool {
	if o.At == 0 {
		return t.Before(o.DueTime())
	}
	return !t.Truncate(time.Minute).After(o.DueTime())
}

// lateDays counts the working days, whole or begun, from due to t: at least
// one, since a late report is late by a day.
func lateDays(cal *calendar.Calendar, due, t time.Time) int {
	return max(1, cal.Workdays(calendar.DateOf(due), calendar.DateOf(t)))
}

// unitRanks orders the units of entries by the Vietnamese names of the
// agencies.
func unitRanks(reg *agency.Registry, entries []Entry) map[agency.ID]int {
	var ids []agency.ID
	rank := map[agency.ID]int{}
	for _, e := range entries {
		if _, ok := rank[e.Unit]; !ok {
			rank[e.Unit] = 0
			ids = append(ids, e.Unit)
		}
	}
	reg.SortIDs(ids)
	for i, id := range ids {
		rank[id] = i
	}
	return rank
}

// Date returns the day of the check.
func (c *Compliance) Date() calendar.Date { return c.on }

// Entries returns every report owed, by due time, then report, then unit in
// Vietnamese order of name.
func (c *Compliance) Entries() []Entry { return slices.Clone(c.entries) }

// Status returns the entries with status s, in the order of Entries.
func (c *Compliance) Status(s Status) []Entry {
	var out []Entry
	for _, e := range c.entries {
		if e.Status == s {
			out = append(out, e)
		}
	}
	return out
}

// Total counts every entry.
func (c *Compliance) Total() Counts {
	var n Counts
	for _, e := range c.entries {
		n.add(e)
	}
	return n
}

// ByUnit returns each unit's counts, units in Vietnamese order of name.
func (c *Compliance) ByUnit() []UnitSummary {
	return c.byUnit(func(Entry) bool { return true })
}

func (c *Compliance) byUnit(keep func(Entry) bool) []UnitSummary {
	at := map[agency.ID]int{}
	var out []UnitSummary
	for _, e := range c.entries {
		if !keep(e) {
			continue
		}
		i, ok := at[e.Unit]
		if !ok {
			i = len(out)
			at[e.Unit] = i
			out = append(out, UnitSummary{Unit: e.Unit, Name: c.reg.Name(e.Unit)})
		}
		out[i].add(e)
	}
	rank := unitRanks(c.reg, c.entries)
	slices.SortFunc(out, func(a, b UnitSummary) int { return cmp.Compare(rank[a.Unit], rank[b.Unit]) })
	return out
}

// ByPeriod returns the counts of each report and period, by due time.
func (c *Compliance) ByPeriod() []PeriodSummary {
	type key struct {
		report calendar.Frequency
		period calendar.Period
	}
	at := map[key]int{}
	var out []PeriodSummary
	for _, e := range c.entries {
		k := key{e.Report, e.Period}
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, PeriodSummary{Report: e.Report, Period: e.Period, Due: e.Due})
		}
		out[i].add(e)
	}
	return out
}

// LateUnits returns the units whose reports due in year were late or
// missing more than n times, with their counts for that year, the most
// often late first. A report never sent counts as late.
func (c *Compliance) LateUnits(year, n int) []UnitSummary {
	all := c.byUnit(func(e Entry) bool { return calendar.DateOf(e.Due).Year() == year })
	var out []UnitSummary
	for _, u := range all {
		if u.Late+u.Missing > n {
			out = append(out, u)
		}
	}
	slices.SortStableFunc(out, func(a, b UnitSummary) int { return cmp.Compare(b.Late+b.Missing, a.Late+a.Missing) })
	return out
}
