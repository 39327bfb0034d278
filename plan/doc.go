// Package plan holds a whole reform plan (Kế hoạch cải cách hành chính): the
// document, the period it covers, objectives with targets, the six reform
// areas of Nghị quyết 30c and the extra sections plans carry, tasks in
// document order, the duties of each agency, the reporting regime and
// plan-level deadlines.
//
// A plan is read from its file format (FORMAT.md, schema.json) with Open,
// Parse or Decode, or made in code with a Builder. Texts are kept as the
// document writes them and resolved on load: agency cells against an
// agency.Registry on the plan's date, deadlines on a calendar.Calendar,
// targets with indicator.ParseTarget. What does not parse or resolve never
// stops a plan from loading; Validate reports it with the place, along with
// the plan's structural problems.
//
// A loaded plan answers the questions a portal asks: the responsibility
// matrix (Matrix), what an agency owes between two days (Obligations), the
// plan's calendar for an agency (WriteICS), and what changed in a re-issued
// version (Compare).
package plan
