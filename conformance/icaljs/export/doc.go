// Command export writes iCalendar files made with internal/ical, and the
// expected.json that says what an independent parser must read in them, into
// one directory. conformance/icaljs/check.mjs then parses the files with
// ical.js and compares; conformance/icaljs/run does both:
//
//	go run ./conformance/icaljs/export -o /tmp/ics
//	node conformance/icaljs/check.mjs /tmp/ics
//
// The expected values come from the components' own fields and, for
// recurrence rules, from plain date arithmetic in this command, never from
// an iCalendar library, so that the check compares two independent readings
// of each rule.
package main
