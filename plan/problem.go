package plan

import (
	"fmt"
	"strings"

	"github.com/openpar/cchc/internal/enum"
)

// Severity grades a Problem.
type Severity uint8

// Severities, from least to most serious.
const (
	SeverityUnspecified Severity = iota
	Note                         // worth knowing; nothing is wrong
	Warning                      // probably a mistake in the plan
	Error                        // the plan is wrong or cannot be used as written
)

var severities = enum.Table[Severity]{
	Pkg:     "plan",
	Type:    "Severity",
	Codes:   []string{"unspecified", "note", "warning", "error"},
	Unknown: func(w string) error { return fmt.Errorf("plan: unknown severity %q", w) },
}

// String returns "note", "warning" or "error".
func (s Severity) String() string { return severities.String(s) }

// ParseSeverity is the inverse of Severity.String.
func ParseSeverity(s string) (Severity, error) { return severities.Parse(s) }

// MarshalText encodes the severity as its name.
func (s Severity) MarshalText() ([]byte, error) { return severities.Marshal(s) }

// UnmarshalText decodes a severity name.
func (s *Severity) UnmarshalText(b []byte) error { return severities.Unmarshal(s, b) }

// Place says where in a plan a problem is. Fields that do not apply are
// empty; Line and Col are set when the plan was read from a file.
type Place struct {
	File      string
	Line, Col int
	Section   string // section number as written ("VI")
	Task      string // task number as written ("VI.13")
	Field     string // "lead", "partners", "deadline", "targets", ...

	offset int // where in the file, plus one; Line and Col are worked out from it only for a problem
}

// String returns the place as "file:line:col" when known, then the task or
// section and field: "thai-nguyen-2017.json:210:15 task 2.3 lead".
func (p Place) String() string {
	var parts []string
	switch {
	case p.File != "" && p.Line > 0:
		parts = append(parts, fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col))
	case p.Line > 0:
		parts = append(parts, fmt.Sprintf("%d:%d", p.Line, p.Col))
	case p.File != "":
		parts = append(parts, p.File)
	}
	switch {
	case p.Task != "":
		parts = append(parts, "task "+p.Task)
	case p.Section != "":
		parts = append(parts, "section "+p.Section)
	}
	if p.Field != "" {
		parts = append(parts, p.Field)
	}
	return strings.Join(parts, " ")
}

// Problem is one thing wrong with a plan, as Validate reports it.
type Problem struct {
	Code     Code
	Severity Severity
	Place    Place
	Message  string
}

// String returns "place: severity: code: message".
func (p Problem) String() string {
	place := p.Place.String()
	if place == "" {
		place = "plan"
	}
	return fmt.Sprintf("%s: %s: %s: %s", place, p.Severity, p.Code, p.Message)
}

// Code names a kind of problem; codes are stable so that tests and tools can
// allow or count them.
type Code string

// The problems Validate reports.
const (
	CodeDuplicateTask        Code = "duplicate-task"          // two tasks share a number
	CodeNumberingGap         Code = "numbering-gap"           // 10 is followed by 13
	CodeNumberingOrder       Code = "numbering-order"         // 5 is followed by 4
	CodeNoLead               Code = "no-lead"                 // a task without a lead agency
	CodeUnresolvedAgency     Code = "unresolved-agency"       // a lead, partner, sender or recipient that does not resolve
	CodeLeadAndPartner       Code = "lead-and-partner"        // one agency both leads and partners a task
	CodeSeveralLeads         Code = "several-leads"           // nobody alone is accountable
	CodeBadDeadline          Code = "bad-deadline"            // a deadline phrase that does not parse
	CodeDeadlineOutside      Code = "deadline-outside-period" // due after the plan's period ends
	CodeEmptyArea            Code = "empty-area"              // a reform area with no task
	CodeNoTarget             Code = "objective-without-target"
	CodeBadTarget            Code = "bad-target" // a target phrase that does not parse
	CodeNoRecipient          Code = "report-without-recipient"
	CodeBadSchedule          Code = "bad-schedule"           // a reporting schedule that does not parse
	CodeLeadSuperseded       Code = "lead-superseded"        // the lead no longer exists on the plan's date
	CodeBadPeriod            Code = "bad-period"             // the plan's period does not parse
	CodeBadDate              Code = "bad-date"               // a document date that does not parse
	CodeBadArea              Code = "bad-area"               // a section area code word that is unknown
	CodeBadDocumentType      Code = "bad-document-type"      // a document type that is unknown
	CodeBadReportForm        Code = "bad-report-form"        // a reporting form that is unknown
	CodeMissingTitle         Code = "missing-title"          // a task without a title
	CodeMissingNumber        Code = "missing-number"         // a task without a number
	CodeMissingPeriod        Code = "missing-period"         // a plan without a period
	CodeMissingDocumentField Code = "missing-document-field" // number or date of the document
	CodeOutsideCalendar      Code = "outside-calendar"       // a period in years whose holidays the calendar does not know
)
