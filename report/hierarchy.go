package report

import (
	"fmt"
	"maps"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/plan"
)

// Hierarchy is the reporting tree a roll-up adds along: each unit reports to
// its parent in an agency registry, up to one root (the province's people's
// committee). It is fixed on one day: a parent that no longer existed that
// day is passed over for its own parent, so that on a day before 1 July 2025
// a commune reports through its district, and after it, with the districts
// gone, straight to the province. A Hierarchy is immutable and safe for
// concurrent use. The zero Hierarchy holds no unit; build one with
// NewHierarchy or PlanHierarchy.
type Hierarchy struct {
	reg   *agency.Registry
	root  agency.ID
	on    calendar.Date
	ids   []agency.ID         // every unit of the registry
	index map[agency.ID]int32 // into ids
	up    []int32             // the unit each reports to; -1 for the root and units with no parent
	lines map[agency.ID]agency.ID
}

// NewHierarchy returns the reporting tree of reg under root on day on. It is
// a *UnitError when reg does not hold root, and an *ArgumentError when reg
// is nil.
func NewHierarchy(reg *agency.Registry, root agency.ID, on calendar.Date) (*Hierarchy, error) {
	return newHierarchy("NewHierarchy", reg, root, on, nil)
}

func newHierarchy(caller string, reg *agency.Registry, root agency.ID, on calendar.Date, lines map[agency.ID]agency.ID) (*Hierarchy, error) {
	if reg == nil {
		return nil, &ArgumentError{Func: caller, Arg: "agency registry"}
	}
	if _, ok := reg.Agency(root); !ok {
		return nil, &UnitError{Unit: root, Reason: "root not in the agency registry"}
	}
	all := reg.Agencies(calendar.Date{})
	h := &Hierarchy{reg: reg, root: root, on: on, index: make(map[agency.ID]int32, len(all)), lines: lines}
	for _, a := range all {
		h.index[a.ID] = int32(len(h.ids))
		h.ids = append(h.ids, a.ID)
	}
	h.up = make([]int32, len(h.ids))
	for i, id := range h.ids {
		h.up[i] = -1
		if id == root {
			continue
		}
		if p, ok := h.parentOf(id); ok {
			h.up[i] = h.index[p]
		}
	}
	h.breakCycles()
	return h, nil
}

// breakCycles cuts reporting lines that lead back to where they started (two
// units given as each other's parents), so that every walk up the tree ends.
// The unit whose line closes a cycle is left without a parent: an orphan.
func (h *Hierarchy) breakCycles() {
	const unseen, walking, done = 0, 1, 2
	state := make([]uint8, len(h.ids))
	var path []int32
	for i := range h.ids {
		path = path[:0]
		for j := int32(i); j >= 0 && state[j] != done; j = h.up[j] {
			if state[j] == walking {
				h.up[path[len(path)-1]] = -1
				break
			}
			state[j] = walking
			path = append(path, j)
		}
		for _, j := range path {
			state[j] = done
		}
	}
}

// parentOf finds the unit id reports to: a reporting line given to With, or
// the nearest ancestor in the registry that existed on the hierarchy's day.
func (h *Hierarchy) parentOf(id agency.ID) (agency.ID, bool) {
	if p, ok := h.lines[id]; ok {
		return p, true
	}
	p, ok := h.reg.Parent(id)
	for steps := 0; ok && steps < len(h.ids); steps++ {
		if a, _ := h.reg.Agency(p); p == h.root || a.ValidOn(h.on) {
			return p, true
		}
		p, ok = h.reg.Parent(p)
	}
	return "", false
}

// With returns a copy of h with reporting lines the registry does not hold:
// child reports to parent. A central branch in the province (Công an tỉnh,
// Kho bạc Nhà nước) belongs to no body of the province, yet a plan may ask
// it to report to the province's committee. Units the registry does not
// hold are a *UnitError; on the zero Hierarchy, which has no registry, it
// is an error.
func (h *Hierarchy) With(lines map[agency.ID]agency.ID) (*Hierarchy, error) {
	all := maps.Clone(h.lines)
	if all == nil {
		all = map[agency.ID]agency.ID{}
	}
	for child, parent := range lines {
		for _, id := range []agency.ID{child, parent} {
			if _, ok := h.index[id]; !ok {
				return nil, &UnitError{Unit: id, Reason: "not in the agency registry"}
			}
		}
		all[child] = parent
	}
	return newHierarchy("Hierarchy.With", h.reg, h.root, h.on, all)
}

// PlanHierarchy returns the tree a plan's reports are added up along on day
// on: rooted at the recipient of the plan's reporting regime (UBND tỉnh),
// with a reporting line to it for every sender the registry does not place
// under it. A nil p is an *ArgumentError.
func PlanHierarchy(p *plan.Plan, on calendar.Date) (*Hierarchy, error) {
	if p == nil {
		return nil, &ArgumentError{Func: "PlanHierarchy", Arg: "plan"}
	}
	var root agency.ID
	for _, r := range p.Reporting() {
		if len(r.Recipient) > 0 {
			root = r.Recipient[0]
			break
		}
	}
	if root == "" {
		return nil, fmt.Errorf("report: plan %q names no recipient of its reports", p.Document().Number)
	}
	h, err := NewHierarchy(p.Registry(), root, on)
	if err != nil {
		return nil, err
	}
	lines := map[agency.ID]agency.ID{}
	for _, r := range p.Reporting() {
		for _, s := range r.Senders {
			if i, ok := h.index[s]; ok && !h.reaches(i) {
				lines[s] = root
			}
		}
	}
	if len(lines) == 0 {
		return h, nil
	}
	return h.With(lines)
}

// unitIndex returns the index of unit id; a nil Hierarchy holds no unit.
func (h *Hierarchy) unitIndex(id agency.ID) (int32, bool) {
	if h == nil {
		return 0, false
	}
	i, ok := h.index[id]
	return i, ok
}

// reaches reports whether unit i has a path to the root.
func (h *Hierarchy) reaches(i int32) bool {
	for steps := 0; i >= 0 && steps <= len(h.ids); steps++ {
		if h.ids[i] == h.root {
			return true
		}
		i = h.up[i]
	}
	return false
}

// Root returns the unit at the top of the tree.
func (h *Hierarchy) Root() agency.ID { return h.root }

// Date returns the day the tree stands on.
func (h *Hierarchy) Date() calendar.Date { return h.on }

// Registry returns the registry the tree is drawn from.
func (h *Hierarchy) Registry() *agency.Registry { return h.reg }

// Parent returns the unit id reports to, and false for the root and for a
// unit with no parent (or one the registry does not hold).
func (h *Hierarchy) Parent(id agency.ID) (agency.ID, bool) {
	i, ok := h.index[id]
	if !ok || h.up[i] < 0 {
		return "", false
	}
	return h.ids[h.up[i]], true
}

// Path returns the units from id up to the top of its tree: the root, or
// the last unit with no parent when id does not reach the root.
func (h *Hierarchy) Path(id agency.ID) []agency.ID {
	i, ok := h.index[id]
	if !ok {
		return nil
	}
	var path []agency.ID
	for steps := 0; i >= 0 && steps <= len(h.ids); steps++ {
		path = append(path, h.ids[i])
		i = h.up[i]
	}
	return path
}

// Reaches reports whether id has a path to the root.
func (h *Hierarchy) Reaches(id agency.ID) bool {
	i, ok := h.index[id]
	return ok && h.reaches(i)
}
