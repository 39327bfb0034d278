// Package ical writes iCalendar files (RFC 5545) that calendar applications
// (Google Calendar, Outlook, Apple Calendar, Thunderbird) and parsers such as
// ical.js open: plan deadlines as to-dos (VTODO), report due times as events
// (VEVENT). It only writes; it never reads iCalendar.
//
// A Calendar collects Todo and Event values and writes them with WriteTo. The
// output is deterministic: the same calls give the same bytes, because the
// caller supplies the creation time (Calendar.Stamp, written as every DTSTAMP)
// and components keep the order in which they were added.
//
// Values:
//
//   - All-day values are a Date (year, month, day), written with VALUE=DATE.
//   - Timed values are a time.Time. A time whose Location is time.UTC is
//     written in UTC ("20171231T030000Z"); any other time is written as the
//     same instant in Vietnam, "TZID=Asia/Ho_Chi_Minh:20171231T100000", and
//     the calendar then carries one VTIMEZONE for that zone (UTC+7, no
//     daylight saving). Fractions of a second are dropped: iCalendar counts
//     whole seconds.
//   - Text is escaped as RFC 5545 §3.3.11 says; a value with a control
//     character other than tab, carriage return or line feed, or with invalid
//     UTF-8, is an error, not silently cleaned.
//
// UIDs must stay the same from one export to the next, or applications
// duplicate every event when a user imports the file again; UID derives one
// from the content that identifies a component (a plan, a task number, an
// agency).
//
// Lines are folded at 75 octets (RFC 5545 §3.1) without splitting a UTF-8
// character, and end with CRLF. Fold, Unfold and EscapeText are exported for
// packages that write their own properties through Property.
package ical
