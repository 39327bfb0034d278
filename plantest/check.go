package plantest

import (
	"cmp"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"testing"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/plan"
)

// Option changes what Check and CheckFiles report.
type Option func(*config)

type config struct {
	min     plan.Severity
	allowed []allowance   // in the order given, so that the log reads in that order
	load    []plan.Option // reload the plan: registry, date
	misuse  []string      // options given wrongly, reported as test errors
}

type allowance struct {
	code   plan.Code
	reason string
}

// MinSeverity reports the problems at or above s. The default is
// plan.Warning: notes never fail a test, warnings such as a deadline outside
// the plan's period do. MinSeverity(plan.Error) passes a plan whose only
// findings are warnings.
func MinSeverity(s plan.Severity) Option { return func(c *config) { c.min = s } }

// Allow lets problems with code pass: they are counted and logged with the
// reason instead of failing the test. The reason says why the plan is right
// as it stands ("the seed names no lead: duties are in section III") and
// must not be empty. A later Allow of the same code replaces the reason.
func Allow(code plan.Code, reason string) Option {
	return func(c *config) {
		if reason == "" {
			c.misuse = append(c.misuse, fmt.Sprintf("plantest: Allow(%q) needs a reason", code))
			return
		}
		c.allowed = slices.DeleteFunc(c.allowed, func(a allowance) bool { return a.code == code })
		c.allowed = append(c.allowed, allowance{code, reason})
	}
}

// Registry resolves the plan's agency names against r instead of the
// registry the plan was loaded with: a province's own catalogue, say.
func Registry(r *agency.Registry) Option {
	return func(c *config) {
		if r == nil {
			c.misuse = append(c.misuse, "plantest: Registry(nil)")
			return
		}
		c.load = append(c.load, plan.WithRegistry(r))
	}
}

// On judges the agencies as they stand on d instead of the plan's date, so
// that a plan naming a department merged away before d fails with
// lead-superseded: On(calendar.DateOf(time.Now())) holds the plans still in
// force to today's agencies. The zero Date means the plan's own date.
func On(d calendar.Date) Option {
	return func(c *config) { c.load = append(c.load, plan.WithDate(d)) }
}

func collect(opts []Option) config {
	c := config{min: plan.Warning}
	for _, opt := range opts {
		opt(&c)
	}
	return c
}

// Check reports every problem of p at or above the minimum severity
// (plan.Warning unless MinSeverity says otherwise) as a test error, one per
// problem, in the order of the file, with its place:
//
//	thai-nguyen-2017.json:182:11: error: no-lead: task 2.3 has no lead agency (task 2.3 lead)
//
// Problems whose code is allowed are logged with their reason instead. A
// Registry or On option loads p again with them. Check never stops the test:
// all problems show at once.
func Check(t testing.TB, p *plan.Plan, opts ...Option) {
	t.Helper()
	c := collect(opts)
	c.reportMisuse(t)
	if p == nil {
		t.Errorf("plantest: Check of a nil plan")
		return
	}
	if len(c.load) > 0 {
		p = p.With(c.load...)
	}
	c.check(t, p)
}

// CheckFiles loads every plan file that matches pattern (filepath.Glob,
// relative to the package directory under go test) and checks each as Check
// does. With a *testing.T each file is a subtest named after the file's base
// name; with another testing.TB the files are checked in turn on t. A file
// that does not load is a test error with the decoder's line and column; so
// is a pattern that matches nothing, since a suite that checks no plan
// should not pass.
func CheckFiles(t testing.TB, pattern string, opts ...Option) {
	t.Helper()
	c := collect(opts)
	c.reportMisuse(t)
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Errorf("plantest: pattern %q: %v", pattern, err)
		return
	}
	if len(files) == 0 {
		t.Errorf("plantest: no file matches %q", pattern)
		return
	}
	r, subtests := t.(interface {
		Run(name string, f func(*testing.T)) bool
	})
	for _, name := range files {
		if subtests {
			r.Run(filepath.Base(name), func(t *testing.T) {
				t.Helper()
				c.checkFile(t, name)
			})
		} else {
			c.checkFile(t, name)
		}
	}
}

func (c *config) checkFile(t testing.TB, name string) {
	t.Helper()
	p, err := plan.Open(name, c.load...)
	if err != nil {
		t.Error(err)
		return
	}
	c.check(t, p)
}

func (c *config) reportMisuse(t testing.TB) {
	t.Helper()
	for _, m := range c.misuse {
		t.Error(m)
	}
}

// check reports the problems of p, a plan already loaded with c.load.
func (c *config) check(t testing.TB, p *plan.Plan) {
	t.Helper()
	problems := p.Problems(c.min)
	// Validate lists what failed to read before the structural findings;
	// a test log reads best in the order of the file, like a compiler's.
	slices.SortStableFunc(problems, func(a, b plan.Problem) int {
		return cmp.Or(
			cmp.Compare(lineOrLast(a.Place), lineOrLast(b.Place)),
			cmp.Compare(a.Place.Col, b.Place.Col),
		)
	})
	count := map[plan.Code]int{}
	for _, pr := range problems {
		if slices.ContainsFunc(c.allowed, func(a allowance) bool { return a.code == pr.Code }) {
			count[pr.Code]++
			continue
		}
		t.Error(format(pr))
	}
	for _, a := range c.allowed {
		if n := count[a.code]; n > 0 {
			t.Logf("allowed %d %s: %s", n, a.code, a.reason)
		} else {
			t.Logf("allowed %s, none found: %s", a.code, a.reason)
		}
	}
}

// lineOrLast puts the plan-wide findings, which have no line, after the rest.
func lineOrLast(pl plan.Place) int {
	if pl.Line == 0 {
		return math.MaxInt
	}
	return pl.Line
}

// format returns a problem as Check reports it: where in the file, then
// severity, code and message, then the task or section and field. A plan
// made in code has no file, and its problems start with "plan".
func format(pr plan.Problem) string {
	pl := pr.Place
	at := plan.Place{File: pl.File, Line: pl.Line, Col: pl.Col}.String()
	if at == "" {
		at = "plan"
	}
	s := fmt.Sprintf("%s: %s: %s: %s", at, pr.Severity, pr.Code, pr.Message)
	if where := (plan.Place{Section: pl.Section, Task: pl.Task, Field: pl.Field}).String(); where != "" {
		s += " (" + where + ")"
	}
	return s
}
