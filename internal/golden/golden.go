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

// Check compares got with the file at path and reports a test error showing
// the lines that differ. With update, it writes got to the file instead
// (creating its folder) and logs that it did. flagName is the flag that
// sets update, named in the messages ("-update").
func Check(t testing.TB, path string, got []byte, update bool, flagName string) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Error(err)
			return
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Error(err)
			return
		}
		t.Logf("wrote %s", path)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%v (run go test %s to create it)", err, flagName)
		return
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run go test %s to accept the new output after reviewing it):\n%s", path, flagName, Diff(string(want), string(got)))
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
