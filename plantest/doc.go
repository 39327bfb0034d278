// Package plantest checks plans in tests, in the manner of net/http/httptest
// and testing/fstest: a province that keeps its plans as files in a
// repository makes go test fail when someone commits a plan with a task
// without a lead, a deadline outside the plan's period, or a lead agency
// that was merged away.
//
// A province's whole test file:
//
//	package plans_test
//
//	import (
//		"testing"
//
//		"github.com/openpar/cchc/plantest"
//	)
//
//	func TestPlans(t *testing.T) { plantest.CheckFiles(t, "*.json") }
//
// Each file is a subtest, and every problem at or above plan.Warning is a
// test error with its file, line, column and task:
//
//	--- FAIL: TestPlans/ke-hoach-2017.json (0.00s)
//	    plans_test.go:9: ke-hoach-2017.json:182:11: error: no-lead: task 2.3 has no lead agency (task 2.3 lead)
//
// Options choose the minimum severity (MinSeverity), let known problems pass
// with a reason (Allow), and resolve the agencies against another registry
// (Registry) or as they stand on another day (On): a plan is judged on its
// own date unless On says otherwise, so only On finds a department merged
// away since. Check does the same for
// a plan already loaded, and Golden pins a rendered matrix, obligations list
// or report to testdata/NAME.golden.
//
// Golden files are rewritten with go test -plantest.update. The flag carries
// the package's name so that it never clashes with a test package's own
// -update flag; where a test package defines a boolean -update, Golden obeys
// it as well.
//
// The flag is defined when the package loads, as flags must be before the
// test binary reads its command line; give it to the packages that import
// plantest (go test ./plans -plantest.update), since a test binary without
// it rejects it.
//
// The package uses only the standard library and the module's own packages:
// importing it into a test brings in no assertion library.
package plantest
