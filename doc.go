// Package cchc models the plans that Vietnamese provincial People's
// Committees issue for public administration reform (cải cách hành chính,
// CCHC): who must do what, by when, what they must report, and whether the
// targets are met. It is for provincial portals, plan-checking test suites
// and report generators.
//
// The library is a set of small packages, each importing only those above
// it in this list:
//
//	calendar   days in Vietnam, the lunar calendar, holidays and swapped days,
//	           working-day arithmetic, periods, the deadlines plans write
//	           ("Quý III/2017", "trước ngày 5/3", "Thường xuyên"), reporting
//	           schedules and iCalendar output
//	agency     agencies and their many spellings, group phrases ("Các sở, ban,
//	           ngành"), provinces' districts and communes, and the 2025
//	           restructuring as succession with dates
//	indicator  targets read from the plans' phrases, observations, evaluation,
//	           aggregation, the PAR INDEX
//	task       one task: number, title, lead, partners, deadline, targets
//	plan       a whole plan: its file format, validation, the responsibility
//	           matrix, each agency's obligations, iCalendar, versions compared
//	report     report forms, submissions, compliance with the reporting
//	           regime, roll-up from commune to province, official rendering
//	plantest   plan checks for a province's own test suite
//	examples   the five real plans the library is built on, and a tour
//
// The command cchc (cmd/cchc) does the same for people with plan files.
//
// A deadline on Vietnam's working calendar:
//
//	dl, _ := calendar.ParseDeadline("31/12/2017")
//	due, _ := dl.Due(calendar.Vietnam()) // 2018-01-02: a Sunday, then a holiday
//
// What a department owes under a plan:
//
//	p, _ := plan.Open("thai-nguyen-2017.json")
//	for _, o := range p.Obligations("so-tu-phap", from, to) { ... }
//
// This package holds no code; start with the package that fits the question.
package cchc
