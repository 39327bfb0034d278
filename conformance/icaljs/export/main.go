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

	// recurrence is what the RRULE, with DTSTART, RDATE and EXDATE, expands
	// to between From and To, both included: occurrence starts as UTC
	// instants ("2017-01-06T03:00:00Z") for a timed start, as days
	// ("2018-03-05") for an all-day start. From and To are in the same form.
	recurrence struct {
		From        string   `json:"from"`
		To          string   `json:"to"`
		Occurrences []string `json:"occurrences"`
	}
)

const (
	utcLayout   = "2006-01-02T15:04:05Z"
	localLayout = "2006-01-02T15:04:05"

	// prodID and tzid are what the writer must name: its PRODID, and the
	// zone of Vietnamese local times. They are spelled out here rather than
	// taken from package ical so that a change there shows up as a failed
	// check.
	prodID = "-//openpar//cchc//VI"
	tzid   = "Asia/Ho_Chi_Minh"
)

// namedCalendar is one .ics file: its bytes and what a parser must read in
// them.
type namedCalendar struct {
	file string // "thai-nguyen-2017-so-tu-phap.ics"
	ics  []byte
	want fileExpect
}

// dayValue is the expectation for an all-day value on d.
func dayValue(d calendar.Date) *when { return &when{Date: d.String()} }

// timeValue is the expectation for the instant t, which the writer must give
// as local time in Vietnam, with its zone.
func timeValue(t time.Time) *when {
	return &when{Local: t.In(calendar.ICT()).Format(localLayout), TZID: tzid, UTC: utc(t)}
}

// utc formats t as a UTC instant, "2017-07-07T03:00:00Z".
func utc(t time.Time) string { return t.UTC().Format(utcLayout) }

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
		if err := os.WriteFile(filepath.Join(*dir, c.file), c.ics, 0o644); err != nil {
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
