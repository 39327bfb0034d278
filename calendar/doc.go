// Package calendar holds the civil and working calendar of Vietnamese public
// administration: days in Vietnam (ICT, UTC+7), the Vietnamese lunar calendar,
// statutory holidays and the Prime Minister's announced day swaps, working-day
// arithmetic, reporting periods, the deadlines plans write in Vietnamese, and
// recurring reporting schedules with their iCalendar form.
//
// A Date is a civil day, not an instant: it is a small comparable value that
// never depends on time.Local. Where a time of day matters (a weekly report due
// at 10:00 on Friday) the package uses the fixed zone returned by ICT.
//
// Plans write their time limits in Vietnamese. ParsePeriod, ParseDeadline and
// ParseSchedule read those phrases ("Quý I, II/2018", "trước ngày 01/12/2018",
// "chậm nhất 10 giờ ngày thứ Sáu") whatever their case, spacing, Unicode form
// or diacritics, keep the source text, and report a phrase they cannot read
// as a *ParseError that quotes it. A Deadline resolves to the day it falls
// due on a working Calendar, as the Civil Code counts time limits; a Schedule
// expands to the reports it asks for over any range of days; ICS writes both
// for calendar applications.
package calendar
