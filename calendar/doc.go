// Package calendar holds the civil and working calendar of Vietnamese public
// administration: days in Vietnam (ICT, UTC+7), the Vietnamese lunar calendar,
// statutory holidays and the Prime Minister's announced day swaps, working-day
// arithmetic, reporting periods, the deadlines plans write in Vietnamese, and
// recurring reporting schedules with their iCalendar form.
//
// A Date is a civil day, not an instant: it is a small comparable value that
// never depends on time.Local. Where a time of day matters (a weekly report due
// at 10:00 on Friday) the package uses the fixed zone returned by ICT.
package calendar
