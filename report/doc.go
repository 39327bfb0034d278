// Package report is what a provincial portal runs every week under a reform
// plan: it collects the reports of departments, districts and communes,
// sees who is late, adds the figures up the hierarchy and prints the
// province's report as an administrative document.
//
// A Form describes a report: its kind (a calendar.Frequency: weekly,
// monthly, quarterly, six-month, yearly or ad hoc), its sections, each on a
// reform area of the plans (plan.Area), and its fields, each a count, a
// numerator/denominator pair, an amount or a text, with a code and Vietnamese
// and English labels. Forms are data (FORMAT.md): BuiltinForms ships the
// weekly and monthly templates of Thái Nguyên 2017 and the quarterly,
// six-month and annual outline of Bình Phước 2018; ReadForms reads a
// portal's own.
//
// A Submission is one unit's report on a form for a period, with the time it
// arrived and its revision. It is checked against its form field by field:
// a bad value (a negative count, more than 100%) is left out and reported as
// a Problem naming the field, and the rest stands. ReadSubmission reads the
// JSON form of a submission strictly, with the line and column of any error.
// A Collector checks submissions against an agency registry and keeps every
// revision.
//
// CheckCompliance compares a plan's reporting regime with what arrived:
// which unit owed which report for which period, by when (the effective due
// times of the regime's calendar.Schedule, to the minute in ICT), and
// whether it came on time, late (by how many working days) or not at all.
//
// An Accumulator adds submissions up a Hierarchy (commune, district,
// province before 1 July 2025; commune, province after): counts as sums,
// ratios as Σnumerators / Σdenominators. It keeps only sums per unit, is
// safe for concurrent use, and merges with other accumulators in any order,
// so a roll-up can run incrementally or in parallel. Its Rollup keeps the
// breakdown by unit for drilling down.
//
// CheckProgress gives the state of a plan's tasks on a day (not due, due
// soon, done, overdue, ongoing) by area and agency, and evaluates the plan's
// objectives against rolled-up figures with the indicator package.
//
// A Renderer prints a roll-up as a Document in the layout of Nghị định
// 30/2020/NĐ-CP (issuer and number on the left, the national name and motto
// on the right, place and date, title, body, "Nơi nhận" and signature), in
// plain text, Markdown or self-contained HTML from templates a portal can
// replace, and the figures of every unit as CSV. Numbers are written the
// Vietnamese way: 1.234 and 62,5%.
//
// Simulate makes up plausible submissions for demonstrations and load tests.
package report
