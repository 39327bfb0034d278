// Command export writes the iCalendar files of the five example plans, each
// written by plan.WriteICS for the whole plan and for one agency, and the
// expected.json that says what an independent parser must read in them, into
// one directory. conformance/icaljs/check.mjs then parses the files with
// ical.js and compares; conformance/icaljs/run does both:
//
//	go run ./conformance/icaljs/export -o /tmp/ics
//	node conformance/icaljs/check.mjs /tmp/ics
//
// The expected values come from the plans themselves, never from the
// iCalendar writer: a to-do per task and plan-level deadline with its due day
// on the plan's working calendar, and for each report the due times of the
// schedule's Occurrences, which the recurrence rules the writer makes of
// them must expand to.
package main
