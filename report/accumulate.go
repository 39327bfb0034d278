package report

import (
	"errors"
	"fmt"
	"iter"
	"math/bits"
	"sync"

	"github.com/openpar/cchc/calendar"
)

// Accumulator adds up the submissions of one form over a period, unit by
// unit, for a roll-up along a Hierarchy. It keeps only sums: for each unit
// the number of submissions, how many gave each field, and the figures
// added (counts as sums, ratios as the sums of numerators and of
// denominators), never the submissions themselves.
//
// Addition is exact on int64, so the order submissions come in does not
// matter, and accumulators merge: shards of a stream added apart and merged
// in any order give the same roll-up as one accumulator given everything.
// An Accumulator is safe for concurrent use; units are spread over stripes
// with a lock each, so that goroutines adding for different units rarely
// wait for each other.
//
// The zero Accumulator, like one of a nil form or hierarchy, takes no
// submission and rolls up to an empty Rollup.
type Accumulator struct {
	form *Form
	h    *Hierarchy
	span calendar.Period
	mask []uint64 // the bits of the form's numeric fields, per word of a presence set
	rec  int      // length of a unit's record
	st   [stripes]stripe
}

// stripes spreads units over this many locks.
const stripes = 16

type stripe struct {
	mu    sync.Mutex
	units [][]int64 // by unit index / stripes; nil until the unit reports
	_     [32]byte  // a cache line each, so that goroutines on different stripes do not share one
}

// A unit's record is one slice: the number of submissions, then for each
// numeric field how many submissions lacked it, then the form's figures.
const recReports = 0

func (a *Accumulator) recMissing(num int) int { return 1 + num }
func (a *Accumulator) recVals() int           { return 1 + a.form.nums }

// NewAccumulator returns an empty accumulator of form f's submissions on
// periods within span (every period when span is zero), for a roll-up along
// h. With a nil f or h it is empty and takes no submission: Add refuses
// every one.
func NewAccumulator(f *Form, h *Hierarchy, span calendar.Period) *Accumulator {
	if f == nil || h == nil {
		return &Accumulator{form: f, h: h, span: span}
	}
	a := &Accumulator{form: f, h: h, span: span, rec: 1 + f.nums + f.slots}
	a.mask = make([]uint64, (f.nums+63)/64)
	for i := range f.nums {
		a.mask[i/64] |= 1 << (i % 64)
	}
	for i := range a.st {
		a.st[i].units = make([][]int64, (len(h.ids)+stripes-1)/stripes)
	}
	return a
}

// Form returns the form the accumulator adds up.
func (a *Accumulator) Form() *Form { return a.form }

// Hierarchy returns the tree the roll-up follows.
func (a *Accumulator) Hierarchy() *Hierarchy { return a.h }

// Period returns the span of periods the accumulator takes.
func (a *Accumulator) Period() calendar.Period { return a.span }

// Add adds s. It is an error, and nothing is added, for the zero Submission
// or one on another form (*UnknownFormError), a period outside the
// accumulator's span (*PeriodError), or a unit the hierarchy's registry does
// not hold (*UnitError). Add trusts its caller to give each submission once:
// a corrected report goes through Replace.
func (a *Accumulator) Add(s Submission) error {
	i, err := a.check(s)
	if err != nil {
		return err
	}
	a.apply(i, s.s, 1)
	return nil
}

// Replace takes old out and adds new: the same report, revised (see
// Collector.Add). Both must be valid for Add and share their Key.
func (a *Accumulator) Replace(old, new Submission) error {
	i, err := a.check(new)
	if err != nil {
		return err
	}
	if _, err := a.check(old); err != nil {
		return err
	}
	if old.Key() != new.Key() {
		return fmt.Errorf("report: replace %s with %s: not the same report", old.Key(), new.Key())
	}
	a.apply(i, old.s, -1)
	a.apply(i, new.s, 1)
	return nil
}

// AddAll adds every submission of seq, going on past those Add refuses; their
// errors are joined.
func (a *Accumulator) AddAll(seq iter.Seq[Submission]) error {
	var errs []error
	for s := range seq {
		if err := a.Add(s); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (a *Accumulator) check(s Submission) (int32, error) {
	switch {
	case s.s == nil:
		return 0, &UnknownFormError{}
	case s.s.form != a.form:
		return 0, &UnknownFormError{Code: s.s.key.Form}
	}
	p := s.s.key.Period
	if !a.span.IsZero() && (p.Start().Before(a.span.Start()) || p.End().After(a.span.End())) {
		return 0, &PeriodError{Form: a.form.Code(), Period: p, Reason: "outside the roll-up's period " + a.span.String()}
	}
	i, ok := a.h.unitIndex(s.s.key.Unit)
	if !ok {
		return 0, &UnitError{Unit: s.s.key.Unit, Reason: "not in the agency registry"}
	}
	return i, nil
}

// apply adds the submission's figures to unit i's record, or takes them out
// with sign -1. It is the hot path of a roll-up: one lock, a loop over the
// fields a submission lacks (none, for a complete one) and one over its
// figures.
func (a *Accumulator) apply(i int32, s *submission, sign int64) {
	st := &a.st[i%stripes]
	st.mu.Lock()
	rec := st.units[i/stripes]
	if rec == nil {
		rec = make([]int64, a.rec)
		st.units[i/stripes] = rec
	}
	rec[recReports] += sign
	for w, word := range s.present {
		for absent := ^word & a.mask[w]; absent != 0; absent &= absent - 1 {
			rec[a.recMissing(w*64+bits.TrailingZeros64(absent))] += sign
		}
	}
	vals := rec[a.recVals():]
	vals = vals[:len(s.vals)]
	if sign > 0 {
		for j, v := range s.vals {
			vals[j] += v
		}
	} else {
		for j, v := range s.vals {
			vals[j] -= v
		}
	}
	st.mu.Unlock()
}

// Merge adds everything o has added into a. Both must add up the same form
// along the same hierarchy over the same span. A nil o adds nothing.
func (a *Accumulator) Merge(o *Accumulator) error {
	if o == nil {
		return nil
	}
	if o.form != a.form || o.h != a.h || o.span != a.span {
		return fmt.Errorf("report: merge: accumulators of different forms, hierarchies or periods (%s %s, %s %s)",
			a.form.Code(), a.span, o.form.Code(), o.span)
	}
	for i, rec := range o.snapshot() {
		st := &a.st[i%stripes]
		st.mu.Lock()
		mine := st.units[i/stripes]
		if mine == nil {
			st.units[i/stripes] = rec
		} else {
			for j, v := range rec {
				mine[j] += v
			}
		}
		st.mu.Unlock()
	}
	return nil
}

// snapshot copies the records of every unit that has reported.
func (a *Accumulator) snapshot() map[int32][]int64 {
	out := map[int32][]int64{}
	for s := range a.st {
		st := &a.st[s]
		st.mu.Lock()
		for j, rec := range st.units {
			if rec != nil {
				out[int32(j*stripes+s)] = append([]int64(nil), rec...)
			}
		}
		st.mu.Unlock()
	}
	return out
}

// Units returns the number of units that have submissions added.
func (a *Accumulator) Units() int {
	n := 0
	for s := range a.st {
		st := &a.st[s]
		st.mu.Lock()
		for _, rec := range st.units {
			if rec != nil && rec[recReports] != 0 {
				n++
			}
		}
		st.mu.Unlock()
	}
	return n
}

// figuresOf turns a unit's record into Figures.
func (a *Accumulator) figuresOf(rec []int64) Figures {
	f := Figures{form: a.form, reports: rec[recReports], vals: rec[a.recVals():], given: make([]int64, a.form.nums)}
	for i := range f.given {
		f.given[i] = f.reports - rec[a.recMissing(i)]
	}
	return f
}
