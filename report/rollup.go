package report

import (
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
)

// Figures are the numbers of a form added up over some submissions: counts
// summed, ratios as the sum of numerators over the sum of denominators,
// amounts summed. Texts are not added up. The zero Figures hold nothing.
type Figures struct {
	form    *Form
	reports int64
	vals    []int64 // the form's slots
	given   []int64 // per numeric field: submissions that gave it
}

// Reports returns the number of submissions added.
func (f Figures) Reports() int { return int(f.reports) }

// Value returns the sum of a numeric field, and false when no submission
// gave it (or the form has no such numeric field): a figure nobody reported
// is not a zero.
func (f Figures) Value(code string) (Value, bool) {
	if f.form == nil {
		return Value{}, false
	}
	i, ok := f.form.byCode[code]
	if !ok {
		return Value{}, false
	}
	fi := f.form.fields[i]
	if fi.num < 0 || f.given[fi.num] == 0 {
		return Value{}, false
	}
	return figure(fi, f.vals), true
}

// Given returns how many of the submissions added gave the field.
func (f Figures) Given(code string) int {
	if f.form == nil {
		return 0
	}
	i, ok := f.form.byCode[code]
	if !ok || f.form.fields[i].num < 0 {
		return 0
	}
	return int(f.given[f.form.fields[i].num])
}

// add adds g into f, which must be of the same form.
func (f *Figures) add(g Figures) {
	f.reports += g.reports
	for i, v := range g.vals {
		f.vals[i] += v
	}
	for i, v := range g.given {
		f.given[i] += v
	}
}

func (f Figures) clone() Figures {
	f.vals = slices.Clone(f.vals)
	f.given = slices.Clone(f.given)
	return f
}

// Node is one unit of a roll-up: its own figures, the totals of everything
// under it, and the units under it, for drilling down. Nodes belong to their
// Rollup: read them, do not change them.
type Node struct {
	Unit     agency.ID
	Name     string       // the unit's Vietnamese name
	Level    agency.Level // province, district or commune
	Own      Figures      // the unit's own submissions
	Total    Figures      // Own plus the totals of the children
	Children []*Node      // units reporting to this one that have figures, in Vietnamese order of name
}

// Rollup is the figures of one form added up a hierarchy: each unit's own
// submissions, and totals at every level up to the root. The zero Rollup,
// like that of an Accumulator without a form or a hierarchy, has no node.
type Rollup struct {
	form     *Form
	span     calendar.Period
	h        *Hierarchy
	root     *Node
	nodes    map[agency.ID]*Node
	orphans  []*Node
	problems []error
}

// OrphanError reports a unit whose submissions the roll-up could not add to
// the root: it has no parent in the hierarchy, or its parents lead
// elsewhere. Top is the last unit of its chain.
type OrphanError struct {
	Unit agency.ID
	Name string
}

func (e *OrphanError) Error() string {
	return fmt.Sprintf("report: unit %q (%s) has no parent in the hierarchy: its figures are kept apart", e.Unit, e.Name)
}

// Rollup adds the accumulator's sums up its hierarchy as they stand now.
// Units with no path to the root are kept apart as Orphans, each reported
// in Problems; the rest is added up as usual.
func (a *Accumulator) Rollup() *Rollup {
	h := a.h
	r := &Rollup{form: a.form, span: a.span, h: h, nodes: map[agency.ID]*Node{}}
	if a.form == nil || h == nil {
		return r // nothing can have been added
	}
	if _, ok := h.index[h.root]; !ok {
		return r // the zero Hierarchy
	}
	recs := a.snapshot()
	var node func(i int32) *Node
	node = func(i int32) *Node {
		id := h.ids[i]
		if n, ok := r.nodes[id]; ok {
			return n
		}
		ag, _ := h.reg.Agency(id)
		n := &Node{Unit: id, Name: ag.Name, Level: ag.Level, Own: a.zeroFigures()}
		if rec, ok := recs[i]; ok {
			n.Own = a.figuresOf(rec)
		}
		r.nodes[id] = n
		switch up := h.up[i]; {
		case id == h.root:
		case up < 0:
			r.orphans = append(r.orphans, n)
			r.problems = append(r.problems, &OrphanError{Unit: id, Name: ag.Name})
		default:
			p := node(up)
			p.Children = append(p.Children, n)
		}
		return n
	}
	r.root = node(h.index[h.root])
	for i := range recs {
		node(i)
	}
	// Order children and add totals from the leaves up.
	var total func(n *Node)
	total = func(n *Node) {
		ids := make([]agency.ID, len(n.Children))
		for i, c := range n.Children {
			ids[i] = c.Unit
		}
		h.reg.SortIDs(ids)
		rank := make(map[agency.ID]int, len(ids))
		for i, id := range ids {
			rank[id] = i
		}
		slices.SortFunc(n.Children, func(x, y *Node) int { return rank[x.Unit] - rank[y.Unit] })
		n.Total = n.Own.clone()
		for _, c := range n.Children {
			total(c)
			n.Total.add(c.Total)
		}
	}
	total(r.root)
	slices.SortFunc(r.orphans, func(x, y *Node) int { return strings.Compare(string(x.Unit), string(y.Unit)) })
	for _, o := range r.orphans {
		total(o)
	}
	return r
}

func (a *Accumulator) zeroFigures() Figures {
	return Figures{form: a.form, vals: make([]int64, a.form.slots), given: make([]int64, a.form.nums)}
}

// Form returns the form added up.
func (r *Rollup) Form() *Form { return r.form }

// Period returns the span of periods added up.
func (r *Rollup) Period() calendar.Period { return r.span }

// Hierarchy returns the tree the figures were added along.
func (r *Rollup) Hierarchy() *Hierarchy { return r.h }

// Root returns the root's node: the totals of everything that reached it;
// nil for an empty Rollup without a hierarchy.
func (r *Rollup) Root() *Node { return r.root }

// Node returns the node of a unit that has figures or units with figures
// under it.
func (r *Rollup) Node(id agency.ID) (*Node, bool) {
	n, ok := r.nodes[id]
	return n, ok
}

// Orphans returns the units kept apart, each with the units under it, by ID.
func (r *Rollup) Orphans() []*Node { return slices.Clone(r.orphans) }

// Problems returns an *OrphanError for each orphan.
func (r *Rollup) Problems() []error { return slices.Clone(r.problems) }

// Walk returns the nodes under the root, the root first, depth first in the
// order of Children, with each node's depth (0 for the root).
func (r *Rollup) Walk() iter.Seq2[int, *Node] {
	return func(yield func(int, *Node) bool) {
		var walk func(d int, n *Node) bool
		walk = func(d int, n *Node) bool {
			if !yield(d, n) {
				return false
			}
			for _, c := range n.Children {
				if !walk(d+1, c) {
					return false
				}
			}
			return true
		}
		if r.root != nil {
			walk(0, r.root)
		}
	}
}
