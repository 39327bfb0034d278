// Package golden compares what a test produced with a file kept under
// testdata, or rewrites the file when the test is run with an update flag.
// The module's own tests use it, and so does plantest.Golden for users'
// tests; each test package keeps its own flag, since a flag defined here
// would clash with theirs.
package golden

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// maxDiffLines bounds each side of the difference Check prints: a changed
// matrix should point at its first rows, not flood the log.
const maxDiffLines = 20

// Files says how a test package keeps its golden files: whether it is
// rewriting them, the flag that makes it (named in messages: "-update"), and
// a prefix for its messages ("plantest: "), if any.
type Files struct {
	Update bool
	Flag   string
	Prefix string
}

// Check compares got with the file at path and reports a test error showing
// the lines that differ. When updating, it writes got to the file instead
// (creating its folder) and logs that it did.
func (f Files) Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if f.Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Errorf("%s%v", f.Prefix, err)
			return
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Errorf("%s%v", f.Prefix, err)
			return
		}
		t.Logf("%swrote %s", f.Prefix, path)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%s%v (run go test %s to create it)", f.Prefix, err, f.Flag)
		return
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s%s differs (run go test %s to accept the new output):\n%s", f.Prefix, path, f.Flag, Diff(string(want), string(got)))
	}
}

// Diff shows the lines between the first and the last that differ,
// numbered as in want, with "-" for want and "+" for got. Trimming the
// common head and tail is linear and reads well for the usual case, one
// changed row or block.
func Diff(want, got string) string {
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
