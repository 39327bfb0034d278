package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/internal/ical"
)

// The expected.json schema; check.mjs documents the same schema and reads it.
type (
	// expected is the whole of expected.json.
	expected struct {
		// Files maps the name of each .ics file in the directory to what it
		// holds. A .ics file missing from Files, or a name in Files without
		// its file, fails the check.
		Files map[string]fileExpect `json:"files"`
	}

	// fileExpect is one calendar: its VCALENDAR properties and every VTODO
	// and VEVENT it holds, no more and no fewer.
	fileExpect struct {
		ProdID string            `json:"prodid"`         // PRODID, exactly
		Name   string            `json:"name,omitempty"` // NAME and X-WR-CALNAME; none when empty
		Todos  []componentExpect `json:"todos"`
		Events []componentExpect `json:"events"`
	}

	// componentExpect is one VTODO (with Due) or VEVENT (with Start).
	componentExpect struct {
		UID         string      `json:"uid"`
		Summary     string      `json:"summary"`               // SUMMARY, exactly, unescaped
		Description string      `json:"description,omitempty"` // a substring of DESCRIPTION; no check when empty
		Due         *when       `json:"due,omitempty"`         // DUE of a VTODO
		Start       *when       `json:"start,omitempty"`       // DTSTART of a VEVENT
		Recurrence  *recurrence `json:"recurrence,omitempty"`  // nil: the component has no RRULE
	}

	// when is a DUE or DTSTART value: either Date alone, or Local, TZID and
	// UTC together.
	when struct {
		Date  string `json:"date,omitempty"`  // an all-day value, "2017-08-31"
		Local string `json:"local,omitempty"` // the wall-clock time written, "2017-01-06T10:00:00"
		TZID  string `json:"tzid,omitempty"`  // "Asia/Ho_Chi_Minh", or "UTC" for a time written with Z
		UTC   string `json:"utc,omitempty"`   // the instant, "2017-01-06T03:00:00Z"
	}

	// recurrence is what the RRULE (with DTSTART) expands to between From
	// and To, both included: occurrence starts as UTC instants
	// ("2017-01-06T03:00:00Z") for a timed start, as days ("2018-03-05") for
	// an all-day start. From and To are in the same form.
	recurrence struct {
		From        string   `json:"from"`
		To          string   `json:"to"`
		Occurrences []string `json:"occurrences"`
	}
)

const (
	utcLayout   = "2006-01-02T15:04:05Z"
	localLayout = "2006-01-02T15:04:05"
	dateLayout  = "2006-01-02"

	// tzid is the zone the writer names for Vietnamese local times, spelled
	// out here rather than taken from package ical so that a change there
	// shows up as a failed check.
	tzid = "Asia/Ho_Chi_Minh"
)

// namedCalendar is one .ics file: the calendar and what a parser must read
// in it. Add components with todo and event, which record both.
type namedCalendar struct {
	file string // "synthetic-reports.ics"
	cal  ical.Calendar
	want fileExpect
}

func newCalendar(file, name string, stamp time.Time) *namedCalendar {
	return &namedCalendar{
		file: file,
		cal:  ical.Calendar{Name: name, Stamp: stamp},
		want: fileExpect{ProdID: ical.DefaultProdID, Name: name, Todos: []componentExpect{}, Events: []componentExpect{}},
	}
}

// todo adds t; rec lists its occurrences when it has a recurrence rule.
func (c *namedCalendar) todo(t ical.Todo, rec *recurrence) error {
	if err := checkRule(t.UID, t.RRule, rec); err != nil {
		return err
	}
	if err := c.cal.AddTodo(t); err != nil {
		return err
	}
	c.want.Todos = append(c.want.Todos, componentExpect{
		UID: t.UID, Summary: t.Summary, Description: t.Description,
		Due: whenOf(t.Due, t.DueDate), Recurrence: rec,
	})
	return nil
}

// event adds e; rec lists its occurrences when it has a recurrence rule.
func (c *namedCalendar) event(e ical.Event, rec *recurrence) error {
	if err := checkRule(e.UID, e.RRule, rec); err != nil {
		return err
	}
	if err := c.cal.AddEvent(e); err != nil {
		return err
	}
	c.want.Events = append(c.want.Events, componentExpect{
		UID: e.UID, Summary: e.Summary, Description: e.Description,
		Start: whenOf(e.Start, e.StartDate), Recurrence: rec,
	})
	return nil
}

// checkRule makes sure a rule comes with its expected occurrences and the
// occurrences with a rule, so that no RRULE goes unchecked.
func checkRule(uid string, rule ical.RRule, rec *recurrence) error {
	hasRule := rule.Freq != 0
	switch {
	case hasRule && rec == nil:
		return fmt.Errorf("component %q: a recurrence rule without expected occurrences", uid)
	case !hasRule && rec != nil:
		return fmt.Errorf("component %q: expected occurrences without a recurrence rule", uid)
	}
	return nil
}

// whenOf is the expectation for a value set either as a time t or as a day
// d, or nil when neither is set.
func whenOf(t time.Time, d ical.Date) *when {
	switch {
	case !d.IsZero():
		return &when{Date: fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)}
	case t.IsZero():
		return nil
	case t.Location() == time.UTC:
		return &when{Local: t.Format(localLayout), TZID: "UTC", UTC: t.Format(utcLayout)}
	}
	return &when{Local: t.In(calendar.ICT()).Format(localLayout), TZID: tzid, UTC: t.UTC().Format(utcLayout)}
}

func main() {
	if err := run(os.Args[1:]); err != nil {
		log.Fatalf("export: %v", err)
	}
}

// run writes every calendar and expected.json into the directory -o names,
// creating it when needed.
func run(args []string) error {
	flags := flag.NewFlagSet("export", flag.ContinueOnError)
	dir := flags.String("o", "", "directory to write the .ics files and expected.json into (required)")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if *dir == "" || flags.NArg() > 0 {
		return fmt.Errorf("usage: export -o DIR")
	}
	cals, err := calendars()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	want := expected{Files: make(map[string]fileExpect, len(cals))}
	for _, c := range cals {
		if _, dup := want.Files[c.file]; dup {
			return fmt.Errorf("two calendars named %q", c.file)
		}
		want.Files[c.file] = c.want
		var b bytes.Buffer
		if _, err := c.cal.WriteTo(&b); err != nil {
			return fmt.Errorf("%s: %w", c.file, err)
		}
		if err := os.WriteFile(filepath.Join(*dir, c.file), b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(want); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(*dir, "expected.json"), b.Bytes(), 0o644)
}
