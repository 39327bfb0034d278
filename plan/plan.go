package plan

import (
	"slices"
	"strings"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/indicator"
	"github.com/openpar/cchc/task"
)

// Plan is a whole reform plan: the document, the period it covers, its
// objectives, sections and tasks, the duties of each agency, the reporting
// regime and plan-level deadlines. A Plan is immutable once loaded and safe
// for concurrent use; accessors return copies. Plans are made by Parse,
// Decode, Open and Builder.Build; the zero Plan is not one.
type Plan struct {
	file  *filePlan // the texts as read, written back by Encode
	name  string    // the file name problems point at
	data  []byte    // the file, for line and column of problems; nil when built in code
	lines []int     // offsets of line starts in data, built on the first problem

	registry *agency.Registry
	cal      *calendar.Calendar
	on       calendar.Date // the day agencies are resolved on

	document   Document
	province   string
	period     calendar.Period
	objectives []Objective
	sections   []Section
	tasks      []task.Task // document order
	taskAt     map[string]int
	duties     []Duty
	reporting  []Reporting
	deadlines  []PlanDeadline

	problems []Problem       // texts that did not parse or resolve, found on load
	cells    map[string]cell // agency cells already read during the load
	matrix   *Matrix
	owed     map[agency.ID]*owed // obligations indexed by agency
}

// Objective is one objective of the plan (Mục tiêu) with its targets.
type Objective struct {
	Number  string
	Text    string
	Targets []indicator.Target
	Comment string
}

// Section is a part of the plan: one of the six reform areas or an extra
// section, with its prose and the numbers of its tasks in document order.
type Section struct {
	Number string
	Title  string
	Area   Area
	Text   []string
	Tasks  []string // task numbers
}

// Duty is the paragraph of "Tổ chức thực hiện" addressed to one agency or
// group of agencies.
type Duty struct {
	AgencyText string      // as written: "Sở Nội vụ", "Các sở, ban, ngành"
	Agencies   []agency.ID // what it resolves to on the plan's date
	Text       string
}

// Reporting is one report the plan requires: how often, by when, who sends
// it and who receives it.
type Reporting struct {
	Form          calendar.Frequency // weekly, monthly, quarterly, ...
	Title         string
	Schedule      calendar.Schedule
	SendersText   string
	Senders       []agency.ID
	RecipientText string
	Recipient     []agency.ID
	Text          string // the source sentence

	senders []task.Assignment
}

// PlanDeadline is a deadline the plan sets outside its task table, such as
// each agency's own implementation plan due by 30/7/2017.
type PlanDeadline struct {
	What         string
	AgenciesText string
	Agencies     []agency.ID
	Deadline     calendar.Deadline

	members []task.Assignment
}

// Document returns the plan document's metadata.
func (p *Plan) Document() Document { return p.document.clone() }

// Province returns the province whose plan it is.
func (p *Plan) Province() string { return p.province }

// Period returns the period the plan covers.
func (p *Plan) Period() calendar.Period { return p.period }

// Purpose returns the paragraphs of Mục đích.
func (p *Plan) Purpose() []string { return slices.Clone(p.file.Purpose) }

// Requirements returns the paragraphs of Yêu cầu.
func (p *Plan) Requirements() []string { return slices.Clone(p.file.Requirements) }

// Budget returns the Kinh phí text.
func (p *Plan) Budget() string { return p.file.Budget }

// Comment returns the transcription notes of the file, if any.
func (p *Plan) Comment() string { return p.file.Comment }

// Date returns the day the plan's agencies are resolved on: the document
// date, or the start of the plan's period when the document has no date,
// unless the plan was loaded WithDate.
func (p *Plan) Date() calendar.Date { return p.on }

// Registry returns the agency registry the plan was resolved against.
func (p *Plan) Registry() *agency.Registry { return p.registry }

// Calendar returns the working calendar the plan's deadlines fall on.
func (p *Plan) Calendar() *calendar.Calendar { return p.cal }

// Objectives returns the plan's objectives.
func (p *Plan) Objectives() []Objective {
	out := slices.Clone(p.objectives)
	for i := range out {
		out[i].Targets = slices.Clone(out[i].Targets)
	}
	return out
}

// Sections returns the plan's sections in document order.
func (p *Plan) Sections() []Section {
	out := slices.Clone(p.sections)
	for i := range out {
		out[i].Text = slices.Clone(out[i].Text)
		out[i].Tasks = slices.Clone(out[i].Tasks)
	}
	return out
}

// Tasks returns every task in document order.
func (p *Plan) Tasks() []task.Task { return slices.Clone(p.tasks) }

// Task returns the task with the given number.
func (p *Plan) Task(number string) (task.Task, bool) {
	i, ok := p.taskAt[number]
	if !ok {
		return task.Task{}, false
	}
	return p.tasks[i], true
}

// Duties returns the duties of "Tổ chức thực hiện" in document order.
func (p *Plan) Duties() []Duty {
	out := slices.Clone(p.duties)
	for i := range out {
		out[i].Agencies = slices.Clone(out[i].Agencies)
	}
	return out
}

// Reporting returns the plan's reporting regime.
func (p *Plan) Reporting() []Reporting {
	out := slices.Clone(p.reporting)
	for i := range out {
		out[i].Senders = slices.Clone(out[i].Senders)
		out[i].Recipient = slices.Clone(out[i].Recipient)
	}
	return out
}

// Deadlines returns the plan-level deadlines outside the task table.
func (p *Plan) Deadlines() []PlanDeadline {
	out := slices.Clone(p.deadlines)
	for i := range out {
		out[i].Agencies = slices.Clone(out[i].Agencies)
	}
	return out
}

// Matrix returns the plan's responsibility matrix, built once at load.
func (p *Plan) Matrix() *Matrix { return p.matrix }

// ID returns what identifies the plan in the stable IDs of its tasks and in
// the UIDs of its calendar: the document number, or for a plan without one
// its issuer, period and title, so that two plans without numbers still
// differ.
func (p *Plan) ID() string {
	if p.document.Number != "" {
		return p.document.Number
	}
	return p.document.Issuer + "\x00" + p.file.Period + "\x00" + p.document.Title
}

// Name returns a short name for the plan: its document number, or the first
// line of its title.
func (p *Plan) Name() string {
	if p.document.Number != "" {
		return p.document.Number
	}
	title, _, _ := strings.Cut(p.document.Title, "\n")
	if title == "" {
		return strings.TrimSpace(p.province + " " + p.period.String())
	}
	return title
}

// InForce returns the days the plan binds agencies: from its document date
// (or the start of its period, when the document is dated before it or not
// at all) to the end of its period. Reports are owed only within it: a plan
// signed in July does not ask for January's weekly reports.
func (p *Plan) InForce() calendar.Period {
	start := p.period.Start()
	if d := p.document.Date; !d.IsZero() && p.period.Contains(d) {
		start = d
	}
	if p.period.IsZero() {
		return calendar.Period{}
	}
	return calendar.SpanPeriod(start, p.period.End())
}

// Name returns the report's title, or "Báo cáo" with its schedule when the
// plan gives no title ("Báo cáo hằng quý").
func (r Reporting) Name() string {
	if r.Title != "" {
		return r.Title
	}
	if r.Schedule.Text() != "" {
		return "Báo cáo " + r.Schedule.Text()
	}
	return "Báo cáo " + r.Form.String()
}

// String returns the document number and title.
func (p *Plan) String() string {
	if p.document.Number == "" {
		return p.document.Title
	}
	return p.document.Number + " " + p.document.Title
}
