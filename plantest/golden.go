package plantest

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/openpar/cchc/internal/golden"
)

// update is -plantest.update. The flag must exist before the test binary
// parses its command line, so it is defined when the package is loaded; the
// "plantest." prefix keeps it from clashing with a test package's own
// -update, which would otherwise panic with "flag redefined".
var update = flag.Bool("plantest.update", false, "rewrite the golden files of plantest.Golden with what the tests produce")

// updating reports whether golden files are to be rewritten: with
// -plantest.update, or with the test package's own boolean -update flag, so
// that a suite that already has one keeps a single switch for all its golden
// files.
func updating() bool {
	if *update {
		return true
	}
	f := flag.Lookup("update")
	if f == nil {
		return false
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	on, ok := g.Get().(bool)
	return ok && on
}

// Golden compares got, a rendered matrix, obligations list or report, with
// the file testdata/NAME.golden of the package under test, and reports a
// test error showing the lines that differ. Run the tests with
// -plantest.update (or the package's own -update flag) to write got to the
// file instead, then review the change as any other. name may contain
// slashes for a folder under testdata; it may not leave testdata.
func Golden(t testing.TB, name string, got []byte) {
	t.Helper()
	if !filepath.IsLocal(name) {
		t.Errorf("plantest: golden name %q is not a path inside testdata", name)
		return
	}
	path := filepath.Join("testdata", filepath.FromSlash(name)+".golden")
	golden.Files{Update: updating(), Flag: "-plantest.update", Prefix: "plantest: "}.Check(t, path, got)
}
