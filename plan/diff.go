package plan

import (
	"fmt"
	"strings"

	"github.com/google/uuid"

	"github.com/openpar/cchc/task"
)

// Diff is what changed between two versions of a plan, such as a re-issued
// annex. Tasks are matched by their stable ID (task.StableID: the plan's
// document number and the task number).
type Diff struct {
	Added   []task.Task // in the new plan's order
	Removed []task.Task // in the old plan's order
	Changed []Change    // in the new plan's order
}

// taskList returns p's tasks, none for a nil plan.
func (p *Plan) taskList() []task.Task {
	if p == nil {
		return nil
	}
	return p.tasks
}

// Change is one task present in both versions with different content.
type Change struct {
	ID     uuid.UUID
	Old    task.Task
	New    task.Task
	Fields []string // what changed: "section", "title", "lead", "partners", "deadline", "targets", "output", "note"
}

// Compare returns what changed from old to new. A nil plan has no tasks:
// Compare(nil, p) lists every task of p as added.
func Compare(old, new *Plan) Diff {
	var d Diff
	oldTasks, newTasks := old.taskList(), new.taskList()
	before := make(map[uuid.UUID]task.Task, len(oldTasks))
	for _, t := range oldTasks {
		before[t.ID()] = t
	}
	kept := make(map[uuid.UUID]bool, len(newTasks))
	for _, t := range newTasks {
		o, ok := before[t.ID()]
		if !ok {
			d.Added = append(d.Added, t)
			continue
		}
		kept[t.ID()] = true
		if fields := changedFields(o, t); len(fields) > 0 {
			d.Changed = append(d.Changed, Change{ID: t.ID(), Old: o, New: t, Fields: fields})
		}
	}
	for _, t := range oldTasks {
		if !kept[t.ID()] {
			d.Removed = append(d.Removed, t)
		}
	}
	return d
}

func changedFields(a, b task.Task) []string {
	var out []string
	for _, f := range []struct {
		name string
		x, y string
	}{
		{"section", a.Section(), b.Section()},
		{"title", a.Title(), b.Title()},
		{"lead", a.LeadText(), b.LeadText()},
		{"partners", a.PartnersText(), b.PartnersText()},
		{"deadline", a.Deadline().Text(), b.Deadline().Text()},
		{"targets", targetTexts(a), targetTexts(b)},
		{"output", a.Output(), b.Output()},
		{"note", a.Note(), b.Note()},
	} {
		if f.x != f.y {
			out = append(out, f.name)
		}
	}
	return out
}

func targetTexts(t task.Task) string {
	var texts []string
	for _, tg := range t.Targets() {
		texts = append(texts, tg.String())
	}
	return strings.Join(texts, "\x00")
}

// IsEmpty reports whether the two versions have the same tasks.
func (d Diff) IsEmpty() bool { return len(d.Added)+len(d.Removed)+len(d.Changed) == 0 }

// String lists the changes one per line: "+ 2.8 title", "- 3.1 title",
// "~ 2.3 deadline: "Quý III/2017" -> "Quý IV/2017"".
func (d Diff) String() string {
	var b strings.Builder
	for _, t := range d.Added {
		fmt.Fprintf(&b, "+ %s %s\n", t.Number(), t.Title())
	}
	for _, t := range d.Removed {
		fmt.Fprintf(&b, "- %s %s\n", t.Number(), t.Title())
	}
	for _, c := range d.Changed {
		parts := make([]string, 0, len(c.Fields))
		for _, f := range c.Fields {
			parts = append(parts, fmt.Sprintf("%s: %q -> %q", f, field(c.Old, f), field(c.New, f)))
		}
		fmt.Fprintf(&b, "~ %s %s\n", c.New.Number(), strings.Join(parts, "; "))
	}
	return b.String()
}

func field(t task.Task, name string) string {
	switch name {
	case "section":
		return t.Section()
	case "title":
		return t.Title()
	case "lead":
		return t.LeadText()
	case "partners":
		return t.PartnersText()
	case "deadline":
		return t.Deadline().Text()
	case "targets":
		return strings.ReplaceAll(targetTexts(t), "\x00", "; ")
	case "output":
		return t.Output()
	case "note":
		return t.Note()
	}
	return ""
}
