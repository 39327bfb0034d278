package plan

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/internal/spreadsheet"
	"github.com/openpar/cchc/task"
)

// Matrix is a plan's responsibility matrix: for each agency, the tasks it
// leads or partners, and whether the role came by name or through a group
// ("Các sở, ban, ngành"). It is built once when the plan loads.
type Matrix struct {
	tasks     []string       // task numbers in document order
	column    map[string]int // task number to its index in tasks
	areaTasks [AreaOther + 1]int
	areaLeads [AreaOther + 1]map[agency.ID]bool
	agencies  []agency.ID
	cells     map[agency.ID][]Cell
	byRole    map[agency.ID][2][]string // lead and partner task numbers
	names     func(agency.ID) string
}

// Cell is one agency's role in one task.
type Cell struct {
	Task string // task number
	Role task.Role
	Via  task.Via
}

func newMatrix(p *Plan) *Matrix {
	m := &Matrix{
		column: map[string]int{},
		cells:  map[agency.ID][]Cell{},
		byRole: map[agency.ID][2][]string{},
		names:  p.agencyName,
	}
	k := 0
	for _, s := range p.sections {
		for range s.Tasks {
			t := p.tasks[k]
			k++
			if _, dup := m.column[t.Number()]; !dup {
				m.column[t.Number()] = len(m.tasks)
			}
			m.tasks = append(m.tasks, t.Number())
			if int(s.Area) < len(m.areaTasks) {
				m.areaTasks[s.Area]++
			}
			for _, a := range t.Assignments() {
				cells := m.cells[a.Agency]
				if len(cells) == 0 {
					m.agencies = append(m.agencies, a.Agency)
				}
				m.cells[a.Agency] = append(cells, Cell{Task: t.Number(), Role: a.Role, Via: a.Via})
				lists := m.byRole[a.Agency]
				i := 0
				if a.Role == task.Partner {
					i = 1
				}
				lists[i] = append(lists[i], t.Number())
				m.byRole[a.Agency] = lists
				if a.Role == task.Lead && int(s.Area) < len(m.areaLeads) {
					if m.areaLeads[s.Area] == nil {
						m.areaLeads[s.Area] = map[agency.ID]bool{}
					}
					m.areaLeads[s.Area][a.Agency] = true
				}
			}
		}
	}
	p.registry.SortIDs(m.agencies)
	return m
}

// Tasks returns the numbers of the tasks in which a has role r, in document
// order, whether a is named or belongs to a named group. Role Unspecified
// means either role.
func (m *Matrix) Tasks(a agency.ID, r task.Role) []string {
	lists := m.byRole[a]
	switch r {
	case task.Lead:
		return slices.Clone(lists[0])
	case task.Partner:
		return slices.Clone(lists[1])
	}
	out := make([]string, 0, len(m.cells[a]))
	for _, c := range m.cells[a] {
		out = append(out, c.Task)
	}
	return out
}

// Count returns how many tasks a has role r in (either role for Unspecified).
func (m *Matrix) Count(a agency.ID, r task.Role) int {
	switch r {
	case task.Lead:
		return len(m.byRole[a][0])
	case task.Partner:
		return len(m.byRole[a][1])
	}
	return len(m.cells[a])
}

// Cells returns a's roles in document order.
func (m *Matrix) Cells(a agency.ID) []Cell { return slices.Clone(m.cells[a]) }

// Role returns a's role in the task with the given number.
func (m *Matrix) Role(a agency.ID, number string) (task.Role, task.Via) {
	for _, c := range m.cells[a] {
		if c.Task == number {
			return c.Role, c.Via
		}
	}
	return task.Unspecified, task.ViaUnspecified
}

// Agencies returns every agency with a role, in Vietnamese order of name.
func (m *Matrix) Agencies() []agency.ID { return slices.Clone(m.agencies) }

// TaskNumbers returns the plan's task numbers in document order, the
// matrix's columns.
func (m *Matrix) TaskNumbers() []string { return slices.Clone(m.tasks) }

// AgencySummary counts one agency's roles.
type AgencySummary struct {
	Agency  agency.ID
	Name    string
	Lead    int
	Partner int
	ByName  int // roles where the agency is named
	ByGroup int // roles that came through a group
}

// Summary returns each agency's counts, in the order of Agencies.
func (m *Matrix) Summary() []AgencySummary {
	out := make([]AgencySummary, 0, len(m.agencies))
	for _, a := range m.agencies {
		s := AgencySummary{Agency: a, Name: m.names(a), Lead: m.Count(a, task.Lead), Partner: m.Count(a, task.Partner)}
		for _, c := range m.cells[a] {
			if c.Via == task.ByGroup {
				s.ByGroup++
			} else {
				s.ByName++
			}
		}
		out = append(out, s)
	}
	return out
}

// AreaSummary counts the tasks of one area and the agencies that lead them.
type AreaSummary struct {
	Area  Area
	Tasks int
	Leads int // distinct lead agencies
}

// Areas returns, for each area with tasks, in the order of the Area
// enumeration, how many tasks it has and how many agencies lead them.
func (m *Matrix) Areas() []AreaSummary {
	var out []AreaSummary
	for a := AreaInstitutions; a <= AreaOther; a++ {
		if m.areaTasks[a] > 0 {
			out = append(out, AreaSummary{Area: a, Tasks: m.areaTasks[a], Leads: len(m.areaLeads[a])})
		}
	}
	return out
}

// cellText is how a role reads in the written matrix.
func cellText(r task.Role, v task.Via) string {
	if r == task.Unspecified {
		return ""
	}
	s := r.Vietnamese()
	if v == task.ByGroup {
		s += " (nhóm)"
	}
	return s
}

// WriteCSV writes the matrix as CSV for spreadsheets: UTF-8 with a byte
// order mark (so that Excel reads Vietnamese correctly), one row per agency,
// one column per task, then the lead and partner counts. A cell reads
// "chủ trì" or "phối hợp", with " (nhóm)" when the role came through a group.
func (m *Matrix) WriteCSV(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("\uFEFF")
	cw := csv.NewWriter(bw)
	header := []string{"Mã cơ quan", "Cơ quan"}
	for _, n := range m.tasks {
		header = append(header, spreadsheet.Text(n))
	}
	cw.Write(append(header, "Chủ trì", "Phối hợp"))
	row := make([]string, len(header)+2)
	for _, a := range m.agencies {
		clear(row)
		row[0], row[1] = spreadsheet.Text(string(a)), spreadsheet.Text(m.names(a))
		for _, c := range m.cells[a] {
			row[2+m.column[c.Task]] = cellText(c.Role, c.Via)
		}
		row[len(row)-2] = fmt.Sprint(m.Count(a, task.Lead))
		row[len(row)-1] = fmt.Sprint(m.Count(a, task.Partner))
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// WriteMarkdown writes the matrix as a Markdown table, one row per agency
// with its counts and the numbers of the tasks it leads and partners; a
// number in italics came through a group.
func (m *Matrix) WriteMarkdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("| Cơ quan | Chủ trì | Phối hợp | Nhiệm vụ chủ trì | Nhiệm vụ phối hợp |\n")
	bw.WriteString("| --- | ---: | ---: | --- | --- |\n")
	for _, a := range m.agencies {
		var lead, partner []string
		for _, c := range m.cells[a] {
			n := c.Task
			if c.Via == task.ByGroup {
				n = "_" + n + "_"
			}
			if c.Role == task.Lead {
				lead = append(lead, n)
			} else {
				partner = append(partner, n)
			}
		}
		fmt.Fprintf(bw, "| %s | %d | %d | %s | %s |\n", escapeCell(m.names(a)), len(lead), len(partner),
			strings.Join(lead, ", "), strings.Join(partner, ", "))
	}
	return bw.Flush()
}

func escapeCell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
