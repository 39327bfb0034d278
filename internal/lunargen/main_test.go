package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openpar/cchc/internal/astro"
)

func TestTableIsUpToDate(t *testing.T) {
	// Run the //go:generate line of calendar/lunar.go into a scratch file and
	// compare with the committed table.
	src, err := os.ReadFile("../../calendar/lunar.go")
	if err != nil {
		t.Fatal(err)
	}
	const directive = "//go:generate go run ../internal/lunargen "
	var args []string
	for _, line := range strings.Split(string(src), "\n") {
		if rest, ok := strings.CutPrefix(line, directive); ok {
			args = strings.Fields(rest)
		}
	}
	if args == nil {
		t.Fatalf("calendar/lunar.go has no line %q", directive)
	}
	out := filepath.Join(t.TempDir(), "lunar_table.go")
	for i, a := range args {
		if a == "-o" && i+1 < len(args) {
			args[i+1] = out
		}
	}
	if err := run(args); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(out)
	want, err := os.ReadFile("../../calendar/lunar_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("calendar/lunar_table.go is stale: run go generate ./calendar")
	}
}

func TestCheckRejectsMalformedYears(t *testing.T) {
	good := astro.Year(2017, astro.Vietnam)
	if err := check(2017, good, good[0].Start); err != nil {
		t.Fatalf("check(2017) = %v", err)
	}
	edit := func(f func(ms []astro.Month) []astro.Month) []astro.Month {
		return f(append([]astro.Month(nil), good...))
	}
	bad := map[string][]astro.Month{
		"a missing month":           edit(func(ms []astro.Month) []astro.Month { return append(ms[:6], ms[7:]...) }),
		"two leap months":           edit(func(ms []astro.Month) []astro.Month { ms[8].Number, ms[8].Leap = 7, true; return ms }),
		"a gap":                     edit(func(ms []astro.Month) []astro.Month { ms[3].Start++; return ms }),
		"a month of 31 days":        edit(func(ms []astro.Month) []astro.Month { ms[12].Days = 31; return ms }),
		"a leap month out of place": edit(func(ms []astro.Month) []astro.Month { ms[6].Number = 5; return ms }),
		"a month out of order":      edit(func(ms []astro.Month) []astro.Month { ms[8].Number = 9; return ms }),
	}
	for name, ms := range bad {
		if err := check(2017, ms, 0); err == nil {
			t.Errorf("check accepts %s", name)
		}
	}
	if err := check(2017, good, good[0].Start+1); err == nil {
		t.Error("check accepts a year that does not start where the year before ended")
	}
	if _, err := generate(2018, 2017); err == nil {
		t.Error("generate accepts an empty range")
	}
}
