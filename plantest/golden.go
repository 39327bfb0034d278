package plantest

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
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

// maxDiffLines bounds each side of the difference Golden prints: a changed
// matrix should point at its first rows, not flood the log.
const maxDiffLines = 20

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
	if updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Errorf("plantest: %v", err)
			return
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Errorf("plantest: %v", err)
			return
		}
		t.Logf("plantest: wrote %s", path)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("plantest: %v (run go test -plantest.update to create it)", err)
		return
	}
	if !bytes.Equal(got, want) {
		t.Errorf("plantest: %s differs (run go test -plantest.update to accept the new output):\n%s", path, diff(string(want), string(got)))
	}
}

// diff shows the lines between the first and the last that differ, numbered
// as in the golden file, with "-" for the file and "+" for what the test
// produced. Trimming the common head and tail is linear and reads well for
// the usual case, one changed row or block.
func diff(want, got string) string {
	w, g := strings.SplitAfter(want, "\n"), strings.SplitAfter(got, "\n")
	head := 0
	for head < len(w) && head < len(g) && w[head] == g[head] {
		head++
	}
	tail := 0
	for tail < len(w)-head && tail < len(g)-head && w[len(w)-1-tail] == g[len(g)-1-tail] {
		tail++
	}
	var b strings.Builder
	side := func(sign string, lines []string) {
		for i, l := range lines {
			if l == "" {
				continue // what SplitAfter leaves after a final newline
			}
			if i == maxDiffLines {
				fmt.Fprintf(&b, "%s ... %d more lines\n", sign, len(lines)-i)
				break
			}
			if !strings.HasSuffix(l, "\n") {
				l += " (no newline at end)\n"
			}
			fmt.Fprintf(&b, "%s%4d | %s", sign, head+i+1, l)
		}
	}
	side("-", w[head:len(w)-tail])
	side("+", g[head:len(g)-tail])
	return strings.TrimSuffix(b.String(), "\n")
}
