package task

import (
	"slices"

	"github.com/google/uuid"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/indicator"
)

// Assignment is one agency's role in a task, and how it came by it.
type Assignment struct {
	Agency agency.ID
	Role   Role
	Via    Via
	Text   string // the words of the cell that named it: "Sở Nội vụ", "Các sở, ban, ngành"
}

// Spec is what a Task is made of. Plans fill it when they load; code that
// builds tasks by hand fills it too.
type Spec struct {
	Plan     string // the plan's document number ("121/KH-UBND"), for the stable ID
	Number   string // as written: "2.3", "VI.13", "a"
	Section  string // the number of the section the task stands in
	Title    string
	Lead     string // the lead cell as written
	Partners string // the partner cell as written
	Deadline calendar.Deadline
	Targets  []indicator.Target
	Output   string // sản phẩm
	Note     string // ghi chú
	Comment  string // a transcriber's note, not part of the document

	// Assignments are the agencies the cells resolve to, leads first; the
	// plan that loads the task resolves them against its agency registry.
	Assignments []Assignment
}

// Task is one task of a plan. The zero Task has no number.
type Task struct {
	id    uuid.UUID
	spec  Spec
	leads int // how many of spec.Assignments are leads; they come first
}

// namespace is the UUID v5 namespace of task IDs. Changing it would change
// every task's ID and break the link between versions of a plan.
var namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/openpar/cchc/task"))

// StableID returns the ID of task number in the plan with document number
// plan: a UUID v5 of both, so the same task in a re-issued file keeps its ID.
func StableID(plan, number string) uuid.UUID {
	return uuid.NewSHA1(namespace, []byte(plan+"\x00"+number))
}

// New returns the task s describes. It copies s's slices and keeps one
// assignment per agency: a role by name wins over a role through a group
// (in "Các sở, ban, ngành" lead with "Sở Nội vụ" partner, the Sở Nội vụ is a
// partner), and between equals the lead wins. Leads come first, each role in
// cell order.
func New(s Spec) Task {
	s.Targets = slices.Clone(s.Targets)
	kept := make([]Assignment, 0, len(s.Assignments))
	at := make(map[agency.ID]int, len(s.Assignments))
	for _, a := range s.Assignments {
		i, seen := at[a.Agency]
		switch {
		case !seen:
			at[a.Agency] = len(kept)
			kept = append(kept, a)
		case stronger(a, kept[i]):
			kept[i] = a
		}
	}
	slices.SortStableFunc(kept, func(a, b Assignment) int { return rank(a.Role) - rank(b.Role) })
	s.Assignments = kept
	leads := 0
	for _, a := range kept {
		if a.Role == Lead {
			leads++
		}
	}
	return Task{id: StableID(s.Plan, s.Number), spec: s, leads: leads}
}

// stronger reports whether assignment a should replace b for one agency.
func stronger(a, b Assignment) bool {
	if (a.Via == ByName) != (b.Via == ByName) {
		return a.Via == ByName
	}
	return a.Role == Lead && b.Role != Lead
}

func rank(r Role) int {
	if r == Lead {
		return 0
	}
	return 1
}

// ID returns the task's stable ID (see StableID).
func (t Task) ID() uuid.UUID { return t.id }

// IsZero reports whether t is the zero Task.
func (t Task) IsZero() bool { return t.spec.Number == "" && t.spec.Title == "" }

// Number returns the task number as written ("VI.13").
func (t Task) Number() string { return t.spec.Number }

// Section returns the number of the section the task stands in.
func (t Task) Section() string { return t.spec.Section }

// Title returns the task's content (nội dung công việc).
func (t Task) Title() string { return t.spec.Title }

// LeadText returns the lead cell as written.
func (t Task) LeadText() string { return t.spec.Lead }

// PartnersText returns the partner cell as written.
func (t Task) PartnersText() string { return t.spec.Partners }

// Deadline returns the task's deadline, which keeps its source text.
func (t Task) Deadline() calendar.Deadline { return t.spec.Deadline }

// Targets returns a copy of the task's targets.
func (t Task) Targets() []indicator.Target { return slices.Clone(t.spec.Targets) }

// Output returns the product column (sản phẩm), if any.
func (t Task) Output() string { return t.spec.Output }

// Note returns the note column (ghi chú), if any.
func (t Task) Note() string { return t.spec.Note }

// Comment returns the transcriber's note, if any.
func (t Task) Comment() string { return t.spec.Comment }

// Assignments returns a copy of the task's assignments, leads first.
func (t Task) Assignments() []Assignment { return slices.Clone(t.spec.Assignments) }

// Leads returns the lead agencies in cell order.
func (t Task) Leads() []agency.ID { return agencies(t.spec.Assignments[:t.leads]) }

// Partners returns the partner agencies in cell order.
func (t Task) Partners() []agency.ID { return agencies(t.spec.Assignments[t.leads:]) }

func agencies(as []Assignment) []agency.ID {
	if len(as) == 0 {
		return nil
	}
	ids := make([]agency.ID, len(as))
	for i, a := range as {
		ids[i] = a.Agency
	}
	return ids
}

// Role returns a's role in the task and how it came by it (see New for which
// role stands when both cells take in the agency).
func (t Task) Role(a agency.ID) (Role, Via) {
	for _, as := range t.spec.Assignments {
		if as.Agency == a {
			return as.Role, as.Via
		}
	}
	return Unspecified, ViaUnspecified
}

// Spec returns a copy of what the task is made of, for building a changed
// task with New.
func (t Task) Spec() Spec {
	s := t.spec
	s.Targets = slices.Clone(s.Targets)
	s.Assignments = slices.Clone(s.Assignments)
	return s
}

// Due returns the task's effective due day on c (see calendar.Deadline.Due).
func (t Task) Due(c *calendar.Calendar) (calendar.Date, bool) { return t.spec.Deadline.Due(c) }

// String returns the number and title: "2.3 Rà soát ...".
func (t Task) String() string { return t.spec.Number + " " + t.spec.Title }
