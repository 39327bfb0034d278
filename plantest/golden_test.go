package plantest_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openpar/cchc/plantest"
)

// update is this package's own -update flag, defined as a user's test
// package would: it lives beside -plantest.update without a clash, and
// Golden obeys it too. It also rewrites the broken copies.
var update = flag.Bool("update", false, "rewrite golden files and the broken copies in testdata")

// setFlag sets a flag for the rest of the test.
func setFlag(t *testing.T, name, value string) {
	t.Helper()
	old := flag.Lookup(name).Value.String()
	if err := flag.Set(name, value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { flag.Set(name, old) })
}

func TestGolden(t *testing.T) {
	const matrix = "| agency | lead | partner |\n| Sở Nội vụ | 1.1, 1.2 | |\n| Sở Tư pháp | 2.1 | 1.2 |\n"
	tests := []struct {
		name   string
		golden string // the file's content; "" for no file
		got    string
		errs   []string
	}{
		{"same", matrix, matrix, nil},
		{"missing", "", matrix, []string{"plantest: open testdata/missing.golden: no such file or directory (run go test -plantest.update to create it)"}},
		{"one row changed", matrix, strings.Replace(matrix, "2.1 | 1.2", "2.1, 2.2 | 1.2", 1), []string{
			"plantest: testdata/one row changed.golden differs (run go test -plantest.update to accept the new output):\n" +
				"-   3 | | Sở Tư pháp | 2.1 | 1.2 |\n" +
				"+   3 | | Sở Tư pháp | 2.1, 2.2 | 1.2 |"}},
		{"row added", matrix, matrix + "| Sở Tài chính | 4.1 | |\n", []string{
			"plantest: testdata/row added.golden differs (run go test -plantest.update to accept the new output):\n" +
				"+   4 | | Sở Tài chính | 4.1 | |"}},
		{"last newline lost", matrix, strings.TrimSuffix(matrix, "\n"), []string{
			"plantest: testdata/last newline lost.golden differs (run go test -plantest.update to accept the new output):\n" +
				"-   3 | | Sở Tư pháp | 2.1 | 1.2 |\n" +
				"+   3 | | Sở Tư pháp | 2.1 | 1.2 | (no newline at end)"}},
		{"sub/folder", matrix, matrix, nil},
		{"../outside", matrix, matrix, []string{`plantest: golden name "../outside" is not a path inside testdata`}},
		{"/etc/passwd", matrix, matrix, []string{`plantest: golden name "/etc/passwd" is not a path inside testdata`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			if tt.golden != "" && filepath.IsLocal(tt.name) {
				path := filepath.Join("testdata", tt.name+".golden")
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(tt.golden), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var r recorder
			plantest.Golden(&r, tt.name, []byte(tt.got))
			if !slices.Equal(r.errors, tt.errs) {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(r.errors, "\n"), strings.Join(tt.errs, "\n"))
			}
		})
	}
}

func TestGoldenLongDiff(t *testing.T) {
	t.Chdir(t.TempDir())
	var want, got strings.Builder
	for i := range 30 {
		want.WriteString(strings.Repeat("a", i) + "\n")
		got.WriteString(strings.Repeat("b", i+1) + "\n")
	}
	if err := os.Mkdir("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("testdata/long.golden", []byte(want.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var r recorder
	plantest.Golden(&r, "long", []byte(got.String()))
	if len(r.errors) != 1 {
		t.Fatalf("errors %q", r.errors)
	}
	lines := strings.Split(r.errors[0], "\n")
	if n := len(lines); n != 1+2*21 {
		t.Errorf("%d lines, want a header and 21 for each side:\n%s", n, r.errors[0])
	}
	for _, l := range []string{"- ... 10 more lines", "+ ... 10 more lines"} {
		if !slices.Contains(lines, l) {
			t.Errorf("no %q in\n%s", l, r.errors[0])
		}
	}
}

// TestGoldenUpdate rewrites golden files with either flag: the package's
// own -plantest.update, or the test package's -update.
func TestGoldenUpdate(t *testing.T) {
	for _, name := range []string{"plantest.update", "update"} {
		t.Run(name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			setFlag(t, name, "true")
			var r recorder
			plantest.Golden(&r, "obligations/so-noi-vu", []byte("31/12/2017 task 1.8\n"))
			if len(r.errors) > 0 {
				t.Errorf("errors %q", r.errors)
			}
			if want := []string{"plantest: wrote testdata/obligations/so-noi-vu.golden"}; !slices.Equal(r.logs, want) {
				t.Errorf("logs %q, want %q", r.logs, want)
			}
			b, err := os.ReadFile("testdata/obligations/so-noi-vu.golden")
			if err != nil || string(b) != "31/12/2017 task 1.8\n" {
				t.Errorf("golden file %q, %v", b, err)
			}
		})
	}
}

// TestGoldenMatrix pins a rendered matrix, as a user's suite would.
func TestGoldenMatrix(t *testing.T) {
	p := loadExample(t, "thai-nguyen-2017")
	var b bytes.Buffer
	if err := p.Matrix().WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	plantest.Golden(t, "thai-nguyen-2017-matrix.md", b.Bytes())
}
