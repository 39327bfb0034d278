package plan

import (
	"strconv"
	"strings"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/task"
)

// Validate returns every problem of the plan at once, in document order
// with the plan-wide findings last: texts that do not parse or resolve,
// numbering, tasks without a lead, agencies in two roles, deadlines outside
// the plan's period, reform areas without tasks, objectives without targets,
// reports without recipients and leads that no longer exist.
func (p *Plan) Validate() []Problem { return append([]Problem(nil), p.problems...) }

// Problems returns the problems at or above min severity.
func (p *Plan) Problems(min Severity) []Problem {
	var out []Problem
	for _, pr := range p.problems {
		if pr.Severity >= min {
			out = append(out, pr)
		}
	}
	return out
}

// check adds the structural problems, once the texts are read.
func (p *Plan) check() {
	doc := p.file.Document
	for _, f := range []struct{ key, value, what string }{{"number", doc.Number, "number (số)"}, {"date", doc.Date, "date (ngày ban hành)"}} {
		if strings.TrimSpace(f.value) == "" {
			pl := p.place(doc.at, f.key)
			pl.Field = "document " + f.key
			p.problem(CodeMissingDocumentField, Note, pl, "the document has no %s", f.what)
		}
	}
	seen := make(map[string]bool, len(p.tasks))
	k := 0
	for si, s := range p.sections {
		last := map[string]string{} // last number seen under each prefix of this section
		for ti := range s.Tasks {
			t := p.tasks[k]
			f := &p.file.Sections[si].Tasks[ti]
			k++
			in := Place{Section: s.Number, Task: t.Number()}
			where := func(key string) Place { return p.placeOf(f.at, key, in) }
			switch {
			case t.Number() == "":
				p.problem(CodeMissingNumber, Error, where("number"), "a task in section %s has no number", s.Number)
			case seen[t.Number()]:
				// Reported once, as a duplicate; the numbering goes on from it.
				p.problem(CodeDuplicateTask, Error, where("number"), "task number %s is used twice", t.Number())
				prefix, _, _ := splitNumber(t.Number())
				last[prefix] = t.Number()
			default:
				p.checkNumbering(last, t.Number(), where("number"))
			}
			seen[t.Number()] = true
			if strings.TrimSpace(t.Title()) == "" {
				p.problem(CodeMissingTitle, Warning, where("title"), "task %s has no title", t.Number())
			}
			p.checkRoles(t, where)
			p.checkDeadline(t.Deadline(), where("deadline"))
		}
	}
	for i, d := range p.deadlines {
		pl := p.placeOf(p.file.Deadlines[i].at, "deadline", Place{})
		p.checkDeadline(d.Deadline, pl)
	}
	for i, o := range p.objectives {
		if len(o.Targets) == 0 && len(p.file.Objectives[i].Targets) == 0 {
			pl := p.place(p.file.Objectives[i].at, "")
			name := o.Number
			if strings.TrimSpace(name) == "" {
				name = "number " + strconv.Itoa(i+1) + " in order" // the plan gives it none
			}
			p.problem(CodeNoTarget, Warning, pl, "objective %s has no measurable target", name)
		}
	}
	for _, area := range ReformAreas() {
		if !p.hasTasks(area) {
			p.problem(CodeEmptyArea, Warning, Place{File: p.name}, "no task in reform area %q (%s)", area.English(), area.Vietnamese())
		}
	}
}

// checkNumbering reports a gap (10 then 13) or disorder (5 then 4) among
// the numbers that share a prefix within a section ("VI.10", "VI.13").
func (p *Plan) checkNumbering(last map[string]string, number string, place Place) {
	prefix, n, ok := splitNumber(number)
	if !ok {
		return // letters or roman numerals: no arithmetic to check
	}
	prevNumber, seen := last[prefix]
	last[prefix] = number
	_, prev, _ := splitNumber(prevNumber)
	switch {
	case !seen && n > 1:
		p.problem(CodeNumberingGap, Warning, place, "numbering starts at %s", number)
	case seen && n > prev+1:
		p.problem(CodeNumberingGap, Warning, place, "numbering jumps from %s to %s", prevNumber, number)
	case seen && n <= prev:
		p.problem(CodeNumberingOrder, Warning, place, "task %s comes after %s", number, prevNumber)
	}
}

// splitNumber splits a task number at its last dot: "VI.13" is "VI" and
// 13. ok is false when what follows is not a whole number.
func splitNumber(number string) (prefix string, n int, ok bool) {
	tail := number
	if cut := strings.LastIndexByte(number, '.'); cut >= 0 {
		prefix, tail = number[:cut], number[cut+1:]
	}
	n, err := strconv.Atoi(tail)
	return prefix, n, err == nil
}

func (p *Plan) checkRoles(t task.Task, where func(string) Place) {
	if strings.TrimSpace(t.LeadText()) == "" {
		p.problem(CodeNoLead, Error, where("lead"), "task %s has no lead agency", t.Number())
	}
	named := 0
	for _, a := range t.Assignments() {
		if a.Role == task.Lead && a.Via == task.ByName {
			named++
		}
	}
	if named > 1 {
		p.problem(CodeSeveralLeads, Warning, where("lead"), "task %s has %d lead agencies: nobody alone is accountable", t.Number(), named)
	}
}

// checkDeadline reports a deadline whose day or period lies outside the
// plan's period.
func (p *Plan) checkDeadline(dl calendar.Deadline, place Place) {
	if p.period.IsZero() {
		return
	}
	var first, last calendar.Date
	switch dl.Kind() {
	case calendar.DeadlineFixed, calendar.DeadlineBefore:
		first, last = dl.Date(), dl.Date()
	case calendar.DeadlineWithinPeriod, calendar.DeadlineSpan:
		first, last = dl.Period().Start(), dl.Period().End()
	default:
		return
	}
	if last.After(p.period.End()) || first.Before(p.period.Start()) {
		p.problem(CodeDeadlineOutside, Warning, place, "deadline %q falls outside the plan's period %s", dl.Text(), p.period)
	}
}

func (p *Plan) hasTasks(a Area) bool {
	for _, s := range p.sections {
		if s.Area == a && len(s.Tasks) > 0 {
			return true
		}
	}
	return false
}
