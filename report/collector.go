package report

import (
	"cmp"
	"io"
	"iter"
	"slices"
	"sync"

	"github.com/openpar/cchc/agency"
)

// Collector receives the submissions of one province: it checks each against
// its forms and its agency registry, and keeps every revision, so that a
// corrected report replaces the earlier one without losing it. A Collector
// is safe for concurrent use. The zero Collector has no form and no
// registry: it refuses every submission.
type Collector struct {
	reg   *agency.Registry
	forms map[string]*Form

	mu      sync.RWMutex
	history map[Key][]Submission // revisions in increasing order
	count   int
}

// NewCollector returns a collector of submissions on forms (BuiltinForms
// when none are given) from the units of reg. Two forms with one code are a
// *FormError, a nil reg an *ArgumentError.
func NewCollector(reg *agency.Registry, forms ...*Form) (*Collector, error) {
	if reg == nil {
		return nil, &ArgumentError{Func: "NewCollector", Arg: "agency registry"}
	}
	if len(forms) == 0 {
		forms = BuiltinForms()
	}
	c := &Collector{reg: reg, forms: map[string]*Form{}, history: map[Key][]Submission{}}
	for _, f := range forms {
		if f == nil {
			continue
		}
		if _, dup := c.forms[f.Code()]; dup {
			return nil, &FormError{Form: f.Code(), Reason: "given twice to the collector"}
		}
		c.forms[f.Code()] = f
	}
	return c, nil
}

// Form returns the collector's form with the given code.
func (c *Collector) Form(code string) (*Form, bool) {
	f, ok := c.forms[code]
	return f, ok
}

// Read reads a submission file with the collector's forms and checks it as
// Add does, without recording it: see ReadSubmission and Add. Every error is
// a *DecodeError, with the line and column of the input at fault (the unit
// the registry does not hold) where there is one.
func (c *Collector) Read(r io.Reader) (Submission, error) {
	data, err := readLimited(r, "submission")
	if err != nil {
		return Submission{}, err
	}
	forms := make([]*Form, 0, len(c.forms))
	for _, f := range c.forms {
		forms = append(forms, f)
	}
	return parseSubmission(data, "submission", forms, c.check)
}

// check reports a unit the registry does not hold, or that did not exist
// during the period reported on. A time received is not compared with the
// clock: what a collector accepts must not depend on the day it runs, and
// a report stamped after its due time is simply late.
func (c *Collector) check(s Submission) error {
	a, ok := c.reg.Agency(s.Unit())
	if !ok {
		return &UnitError{Unit: s.Unit(), Reason: "not in the agency registry"}
	}
	if !existed(a, s.Period()) {
		return &UnitError{Unit: s.Unit(), Reason: "did not exist during " + s.Period().String()}
	}
	return nil
}

// Add records s. It returns the revision s replaces, or the zero Submission
// when s is the first of its key, so that a running roll-up can follow
// (Accumulator.Replace). It is an error, and nothing is recorded, for the
// zero Submission, a form the collector does not hold (*UnknownFormError:
// the very form, not one with the same code), a unit the registry does not
// hold or that did not exist in the period (*UnitError), a revision already
// recorded (*DuplicateError) or lower than the latest (*RevisionError).
func (c *Collector) Add(s Submission) (replaced Submission, err error) {
	if s.IsZero() {
		return Submission{}, &UnknownFormError{}
	}
	if f, ok := c.forms[s.Key().Form]; !ok || f != s.Form() {
		return Submission{}, &UnknownFormError{Code: s.Key().Form}
	}
	if err := c.check(s); err != nil {
		return Submission{}, err
	}
	k := s.Key()
	c.mu.Lock()
	defer c.mu.Unlock()
	revs := c.history[k]
	if len(revs) > 0 {
		latest := revs[len(revs)-1]
		for _, r := range revs {
			if r.Revision() == s.Revision() {
				return Submission{}, &DuplicateError{Key: k, Revision: s.Revision()}
			}
		}
		if s.Revision() < latest.Revision() {
			return Submission{}, &RevisionError{Key: k, Revision: s.Revision(), Latest: latest.Revision()}
		}
		replaced = latest
	}
	c.history[k] = append(revs, s)
	c.count++
	return replaced, nil
}

// Latest returns the latest revision of the report with key k.
func (c *Collector) Latest(k Key) (Submission, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	revs := c.history[k]
	if len(revs) == 0 {
		return Submission{}, false
	}
	return revs[len(revs)-1], true
}

// History returns every revision of the report with key k, oldest first.
func (c *Collector) History(k Key) []Submission {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return slices.Clone(c.history[k])
}

// Len returns the number of submissions recorded, revisions included.
func (c *Collector) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.count
}

// Submissions returns the latest revision of every report, by form, period
// and unit.
func (c *Collector) Submissions() []Submission {
	c.mu.RLock()
	out := make([]Submission, 0, len(c.history))
	for _, revs := range c.history {
		out = append(out, revs[len(revs)-1])
	}
	c.mu.RUnlock()
	slices.SortFunc(out, func(a, b Submission) int { return compareKeys(a.Key(), b.Key()) })
	return out
}

// All returns every revision of every report, by form, period and unit, then
// revision: what compliance reads to find when each report first arrived.
func (c *Collector) All() iter.Seq[Submission] {
	c.mu.RLock()
	out := make([]Submission, 0, c.count)
	for _, revs := range c.history {
		out = append(out, revs...)
	}
	c.mu.RUnlock()
	slices.SortFunc(out, func(a, b Submission) int {
		return cmp.Or(compareKeys(a.Key(), b.Key()), cmp.Compare(a.Revision(), b.Revision()))
	})
	return slices.Values(out)
}

func compareKeys(a, b Key) int {
	return cmp.Or(cmp.Compare(a.Form, b.Form), a.Period.Start().Compare(b.Period.Start()),
		a.Period.End().Compare(b.Period.End()), cmp.Compare(a.Unit, b.Unit))
}

// Latest returns the latest revision of each report among subs, by form,
// period and unit: what to add up when a list of submissions holds
// corrections. It keeps one submission per report while it reads; a portal
// that adds reports as they come uses a Collector and Accumulator.Replace
// instead.
func Latest(subs iter.Seq[Submission]) []Submission {
	latest := map[Key]Submission{}
	for s := range subs {
		if s.IsZero() {
			continue
		}
		if l, ok := latest[s.Key()]; !ok || s.Revision() > l.Revision() {
			latest[s.Key()] = s
		}
	}
	out := make([]Submission, 0, len(latest))
	for _, s := range latest {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b Submission) int { return compareKeys(a.Key(), b.Key()) })
	return out
}
