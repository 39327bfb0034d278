package plan

import (
	"strings"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/task"
)

// assign resolves an agency cell of a task into assignments with role,
// reporting what does not resolve; the cell's text is kept by the task.
func (p *Plan) assign(text string, role task.Role, place Place) []task.Assignment {
	members := p.resolve(text, place, role == task.Lead)
	for i := range members {
		members[i].Role = role
	}
	return members
}

// agencies resolves a cell that names senders, recipients or the addressee
// of a duty.
func (p *Plan) agencies(text string, place Place) []agency.ID {
	return ids(p.resolve(text, place, false))
}

func ids(ms []task.Assignment) []agency.ID {
	var out []agency.ID
	for _, m := range ms {
		out = append(out, m.Agency)
	}
	return out
}

// resolve reads a cell with the plan's registry as agencies stood on the
// plan's date: a name gives one agency, a group every member of that day.
// An entry that does not resolve is a problem and the rest is kept. A named
// lead that no longer existed on the plan's date is reported with its
// successor.
func (p *Plan) resolve(text string, place Place, lead bool) []task.Assignment {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	matches, err := p.expand(text)
	if err != nil {
		p.problem(CodeUnresolvedAgency, Error, place, "%v", err)
		return nil
	}
	var out []task.Assignment
	at := map[agency.ID]int{}
	for _, m := range matches {
		if m.Err != nil {
			p.problem(CodeUnresolvedAgency, Error, place, "%v", m.Err)
			continue
		}
		via := task.ByName
		if m.Item.Group != agency.GroupNone {
			via = task.ByGroup
		}
		for _, id := range m.IDs {
			if i, dup := at[id]; dup {
				if via == task.ByName {
					out[i].Via = task.ByName
				}
				continue
			}
			at[id] = len(out)
			out = append(out, task.Assignment{Agency: id, Via: via, Text: m.Item.Text})
			if lead && via == task.ByName {
				p.checkExists(id, place)
			}
		}
	}
	return out
}

// expand reads a cell into what each of its entries stands for on the
// plan's date. Plans repeat the same cells ("Các sở, ban, ngành, UBND cấp
// huyện") in most rows, so each text is read once per load.
func (p *Plan) expand(text string) ([]agency.Match, error) {
	if c, ok := p.cells[text]; ok {
		return c.matches, c.err
	}
	var c cell
	sel, err := p.registry.ParseSelector(text)
	if len(sel.Items()) == 0 {
		c.err = err
	} else {
		exp, _ := p.registry.Expand(sel, p.on)
		c.matches = exp.Matches
	}
	if p.cells == nil {
		p.cells = map[string]cell{}
	}
	p.cells[text] = c
	return c.matches, c.err
}

type cell struct {
	matches []agency.Match
	err     error
}

// checkExists reports a lead that did not exist on the plan's date, naming
// who held its duties then.
func (p *Plan) checkExists(id agency.ID, place Place) {
	a, ok := p.registry.Agency(id)
	if !ok || a.ValidOn(p.on) {
		return
	}
	holder, err := p.registry.Successor(id, p.on)
	if err != nil || holder == id {
		p.problem(CodeLeadSuperseded, Warning, place, "%s did not exist on %s", a.Name, p.on.Format())
		return
	}
	p.problem(CodeLeadSuperseded, Warning, place, "%s did not exist on %s; its duties were held by %s",
		a.Name, p.on.Format(), p.registry.Name(holder))
}

// agencyName returns the Vietnamese name of an agency, or its ID.
func (p *Plan) agencyName(id agency.ID) string { return p.registry.Name(id) }
