package plan

import (
	"fmt"
	"strings"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/indicator"
	"github.com/openpar/cchc/task"
)

// build turns the texts of a plan file into a Plan. It never fails: a text
// that does not parse or resolve becomes a problem and the rest is kept.
func build(f *filePlan, data []byte, o options) *Plan {
	p := &Plan{file: f, data: data, name: o.name, registry: o.registry, cal: o.cal, taskAt: map[string]int{}}
	p.document = p.buildDocument(&f.Document)
	p.province = f.Province
	p.buildPeriod(f)
	p.on = o.on
	if p.on.IsZero() {
		p.on = p.document.Date
	}
	if p.on.IsZero() {
		p.on = p.period.Start()
	}
	for i := range f.Objectives {
		p.buildObjective(&f.Objectives[i])
	}
	for i := range f.Sections {
		p.buildSection(&f.Sections[i])
	}
	for i := range f.Duties {
		d := &f.Duties[i]
		p.duties = append(p.duties, Duty{
			AgencyText: d.Agency,
			Agencies:   p.agencies(d.Agency, p.placeOf(d.at, "agency", Place{})),
			Text:       d.Text,
		})
	}
	for i := range f.Reporting {
		p.buildReporting(&f.Reporting[i])
	}
	for i := range f.Deadlines {
		d := &f.Deadlines[i]
		place := p.placeOf(d.at, "agencies", Place{})
		members := p.resolve(d.Agencies, place, false)
		p.deadlines = append(p.deadlines, PlanDeadline{
			What:         d.What,
			AgenciesText: d.Agencies,
			Agencies:     ids(members),
			Deadline:     p.deadline(d.Deadline, d.at, Place{}),
			members:      members,
		})
	}
	p.cells = nil // only needed while loading
	p.check()
	p.matrix = newMatrix(p)
	p.owed = indexObligations(p)
	return p
}

// problem records a problem, working out its line and column: places are
// made for every cell read, but only a problem's needs its position.
func (p *Plan) problem(code Code, sev Severity, place Place, format string, args ...any) {
	if place.offset > 0 {
		place.Line, place.Col = p.position(place.offset - 1)
		place.offset = 0
	}
	p.problems = append(p.problems, Problem{Code: code, Severity: sev, Place: place, Message: fmt.Sprintf(format, args...)})
}

func (p *Plan) buildDocument(f *fileDocument) Document {
	d := Document{
		Number:      f.Number,
		Issuer:      f.Issuer,
		Place:       f.Place,
		Signer:      f.Signer,
		SignerTitle: f.SignerTitle,
		Title:       f.Title,
		Recipients:  f.Recipients,
	}
	d.Type = p.documentType(f.Type, f.Number, f.at)
	d.Date = p.date(f.Date, f.at)
	if f.IssuedBy != nil {
		ref := p.ref(f.IssuedBy)
		d.IssuedBy = &ref
	}
	for i := range f.LegalBases {
		d.LegalBases = append(d.LegalBases, p.ref(&f.LegalBases[i]))
	}
	return d
}

func (p *Plan) ref(f *fileRef) DocumentRef {
	return DocumentRef{
		Number: f.Number,
		Type:   p.documentType(f.Type, f.Number, f.at),
		Issuer: f.Issuer,
		Date:   p.date(f.Date, f.at),
		Title:  f.Title,
	}
}

func (p *Plan) documentType(text, number string, at offsets) DocumentType {
	if text == "" {
		return documentTypeOf(number)
	}
	t, err := ParseDocumentType(text)
	if err != nil {
		place := p.placeOf(at, "type", Place{})
		p.problem(CodeBadDocumentType, Warning, place, "unknown document type %q", text)
	}
	return t
}

func (p *Plan) date(text string, at offsets) calendar.Date {
	if text == "" {
		return calendar.Date{}
	}
	d, err := calendar.ParseDate(text)
	if err != nil {
		place := p.placeOf(at, "date", Place{})
		p.problem(CodeBadDate, Error, place, "%v", err)
	}
	return d
}

func (p *Plan) buildPeriod(f *filePlan) {
	place := p.placeOf(f.at, "period", Place{})
	if f.Period == "" {
		p.problem(CodeMissingPeriod, Warning, place, "the plan does not say what period it covers")
		return
	}
	period, err := calendar.ParsePeriod(f.Period)
	if err != nil {
		p.problem(CodeBadPeriod, Error, place, "%v", err)
		return
	}
	p.period = period
	if period.Start().Year() < calendar.FirstHolidayYear || period.End().Year() > calendar.LastHolidayYear {
		p.problem(CodeOutsideCalendar, Warning, place, "the period %s lies outside %d-%d, the years whose holidays the working calendar knows: only weekends count as days off",
			period, calendar.FirstHolidayYear, calendar.LastHolidayYear)
	}
}

// year is the year a deadline phrase without one falls in: the year the
// plan's period starts, or the document's year.
func (p *Plan) year() int {
	if !p.period.IsZero() {
		return p.period.Start().Year()
	}
	if !p.document.Date.IsZero() {
		return p.document.Date.Year()
	}
	return 0
}

func (p *Plan) deadline(text string, at offsets, where Place) calendar.Deadline {
	if strings.TrimSpace(text) == "" {
		return calendar.Deadline{}
	}
	dl, err := calendar.ParseDeadlineIn(text, p.year())
	if err != nil {
		place := p.placeOf(at, "deadline", where)
		p.problem(CodeBadDeadline, Error, place, "%v", err)
	}
	return dl
}

func (p *Plan) targets(texts []string, at offsets, where Place) []indicator.Target {
	var out []indicator.Target
	for _, text := range texts {
		t, err := indicator.ParseTarget(text)
		if err != nil {
			place := p.placeOf(at, "targets", where)
			p.problem(CodeBadTarget, Warning, place, "%v", err)
			continue
		}
		out = append(out, t)
	}
	return out
}

func (p *Plan) buildObjective(f *fileObjective) {
	where := Place{}
	p.objectives = append(p.objectives, Objective{
		Number:  f.Number,
		Text:    f.Text,
		Targets: p.targets(f.Targets, f.at, where),
		Comment: f.Comment,
	})
}

func (p *Plan) buildSection(f *fileSection) {
	s := Section{Number: f.Number, Title: f.Title, Text: f.Text}
	if f.Area != "" {
		area, err := ParseArea(f.Area)
		if err != nil {
			place := p.placeOf(f.at, "area", Place{Section: f.Number})
			p.problem(CodeBadArea, Warning, place, "unknown area %q", f.Area)
		}
		s.Area = area
	}
	for i := range f.Tasks {
		t := p.buildTask(&f.Tasks[i], f.Number)
		if _, dup := p.taskAt[t.Number()]; !dup {
			p.taskAt[t.Number()] = len(p.tasks)
		}
		p.tasks = append(p.tasks, t)
		s.Tasks = append(s.Tasks, t.Number())
	}
	p.sections = append(p.sections, s)
}

func (p *Plan) buildTask(f *fileTask, section string) task.Task {
	where := Place{Section: section, Task: f.Number}
	spec := task.Spec{
		Plan:     p.ID(),
		Number:   f.Number,
		Section:  section,
		Title:    f.Title,
		Lead:     f.Lead,
		Partners: f.Partners,
		Deadline: p.deadline(f.Deadline, f.at, where),
		Targets:  p.targets(f.Targets, f.at, where),
		Output:   f.Output,
		Note:     f.Note,
		Comment:  f.Comment,
	}
	for _, cell := range []struct {
		key  string
		text string
		role task.Role
	}{{"lead", f.Lead, task.Lead}, {"partners", f.Partners, task.Partner}} {
		place := p.placeOf(f.at, cell.key, where)
		spec.Assignments = append(spec.Assignments, p.assign(cell.text, cell.role, place)...)
	}
	p.checkNamedTwice(spec.Assignments, where, f.at)
	return task.New(spec)
}

// checkNamedTwice reports an agency the lead cell and the partner cell both
// name: a group in one cell and a name in the other is the plans' way of
// saying "everyone, with this one helping", not a mistake.
func (p *Plan) checkNamedTwice(as []task.Assignment, where Place, at offsets) {
	leads := map[agency.ID]bool{}
	for _, a := range as {
		if a.Via != task.ByName {
			continue
		}
		if a.Role == task.Lead {
			leads[a.Agency] = true
		} else if leads[a.Agency] {
			place := p.placeOf(at, "partners", where)
			p.problem(CodeLeadAndPartner, Warning, place, "%s is named both lead and partner of task %s", p.agencyName(a.Agency), where.Task)
		}
	}
}

func (p *Plan) buildReporting(f *fileReport) {
	r := Reporting{Title: f.Title, SendersText: f.Senders, RecipientText: f.Recipient, Text: f.Text}
	form, err := calendar.ParseFrequency(f.Form)
	if err != nil || form == 0 {
		place := p.placeOf(f.at, "form", Place{})
		p.problem(CodeBadReportForm, Error, place, "unknown report form %q", f.Form)
	}
	r.Form = form
	if f.Schedule != "" {
		s, err := calendar.ParseSchedule(f.Schedule)
		if err != nil {
			place := p.placeOf(f.at, "schedule", Place{})
			p.problem(CodeBadSchedule, Error, place, "%v", err)
		}
		r.Schedule = s
	}
	senders := p.placeOf(f.at, "senders", Place{})
	r.senders = p.resolve(f.Senders, senders, false)
	r.Senders = ids(r.senders)
	recipient := p.placeOf(f.at, "recipient", Place{})
	if strings.TrimSpace(f.Recipient) == "" {
		p.problem(CodeNoRecipient, Error, p.place(f.at, ""), "report %q has no recipient", f.Form)
	} else {
		r.Recipient = p.agencies(f.Recipient, recipient)
	}
	p.reporting = append(p.reporting, r)
}
