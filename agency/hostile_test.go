package agency_test

import (
	"cmp"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/internal/vntext"
)

// hostileCells are cells made to be slow: names that fold to a prefix of a
// name whatever their length ("Sở Sở ..." is "sở", "UBND tỉnh tỉnh ..." is
// "ubnd"), titles before titles, one long word, many entries that cannot
// be read or that resolve to nothing.
var hostileCells = []struct {
	name string
	unit string // repeated to the size of the cell
}{
	{"so", "Sở "},
	{"ubnd", "UBND "},
	{"cac-so", "các sở, "},
	{"one-word", "a"},
	{"tinh", "tỉnh "},
	{"titles", "Giám đốc "},
	{"unreadable", "&, "},
	{"unknown", "Sở Ngoại vụ, "},
}

// readCell does with a cell what validating a plan does: read it, expand it
// on the plan's day and print the errors; and resolves it as one name, as the
// command line does with a name it is given.
func readCell(r *agency.Registry, text string) {
	day := calendar.NewDate(2017, time.July, 19)
	if _, err := r.ExpandText(text, day); err != nil {
		_ = err.Error()
	}
	if _, err := r.Resolve(text); err != nil {
		_ = err.Error()
	}
	_, _ = agency.MakeID(text)
}

// TestHostileCellsLinear checks that the work a cell costs grows with its
// length, not with its square: a 30 KB cell of "Sở " once took a minute,
// and one of "&, " printed a 300 MB error. The work is measured as the
// bytes allocated, which, unlike the time taken, does not depend on what
// else the machine is doing: ten times the cell may allocate at most twenty
// times as much (it allocates 10-13 times; the slow code allocated 34-108
// times as much). A generous bound on time catches what allocates nothing.
func TestHostileCellsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("reads cells of 300 KB")
	}
	if raceDetector() {
		t.Skip("the race detector makes it ten times as slow and has nothing to find in one goroutine")
	}
	r, err := agency.ForProvince("Thái Nguyên")
	if err != nil {
		t.Fatal(err)
	}
	allocated := func(text string) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		readCell(r, text)
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	for _, c := range hostileCells {
		t.Run(c.name, func(t *testing.T) {
			small := strings.Repeat(c.unit, 30_000/len(c.unit))
			allocated(small) // the registry's lazily built indexes
			start := time.Now()
			as := allocated(small)
			if took := time.Since(start); took > 10*time.Second {
				t.Fatalf("a cell of %d bytes of %q takes %v", len(small), c.unit, took)
			}
			if _, err := r.ExpandText(small, calendar.NewDate(2017, time.July, 19)); err != nil && len(err.Error()) > 200*len(small) {
				t.Errorf("a cell of %d bytes of %q has an error of %d bytes", len(small), c.unit, len(err.Error()))
			}
			if al := allocated(strings.Repeat(small, 10)); al > 20*as {
				t.Errorf("%q: %d bytes allocate %d bytes, ten times as many %d (%.0f×)", c.unit, len(small), as, al, float64(al)/float64(as))
			}
		})
	}
}

// raceDetector reports whether the test runs with -race.
func raceDetector() bool {
	bi, ok := debug.ReadBuildInfo()
	return ok && slices.Contains(bi.Settings, debug.BuildSetting{Key: "-race", Value: "true"})
}

func BenchmarkHostileCell(b *testing.B) {
	r, err := agency.ForProvince("Thái Nguyên")
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range hostileCells {
		text := strings.Repeat(c.unit, 30_000/len(c.unit))
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				readCell(r, text)
			}
		})
	}
}

func TestInputErrors(t *testing.T) {
	seedProvince := func(name string) error { _, err := agency.SeedProvince(name); return err }
	forProvince := func(name string) error { _, err := agency.ForProvince(name); return err }
	makeID := func(name string) error { _, err := agency.MakeID(name); return err }
	resolve := func(name string) error { _, err := agency.Default().Resolve(name); return err }
	tests := []struct {
		call  func(string) error
		input string
		want  string
	}{
		{forProvince, "Atlantis", `agency: unknown province "Atlantis"`},
		{seedProvince, "Atlantis", `agency: unknown province "Atlantis"`},
		{seedProvince, "", `agency: unknown province ""`},
		{makeID, "!!!", `agency: name "!!!" has no letter or digit`},
		{makeID, "  ", `agency: name "  " has no letter or digit`},
		{makeID, "", `agency: empty name`},
		{makeID, "và", `agency: name "và" has no word that names an agency`},
		{resolve, " - ; ", `agency: name " - ; " has no letter or digit`},
		{resolve, "", `agency: empty name`},
	}
	for _, tt := range tests {
		err := tt.call(tt.input)
		if err == nil || err.Error() != tt.want {
			t.Errorf("error for %q = %v, want %s", tt.input, err, tt.want)
		}
	}
	var ve *agency.ValueError
	if err := forProvince("Atlantis"); !errors.As(err, &ve) || ve.What != "province" || ve.Input != "Atlantis" {
		t.Errorf("ForProvince(unknown) error = %#v, want a *ValueError naming the province", err)
	}
	if err := makeID("!!!"); !errors.Is(err, agency.ErrEmpty) {
		t.Errorf("MakeID(%q) error = %v, want ErrEmpty", "!!!", err)
	}
}

// An error about one entry of a long cell quotes the start of the cell, not
// all of it: a cell of many such entries would otherwise print its length
// squared.
func TestItemErrorQuotesStart(t *testing.T) {
	text := "Sở Nội vụ, (), " + strings.Repeat("Sở Tư pháp, ", 20)
	_, err := agency.ParseSelector(text)
	var pe *agency.ParseError
	if !errors.As(err, &pe) || pe.Input != text || pe.Item != "()" {
		t.Fatalf("error = %v, want a *ParseError for %q keeping the whole cell", err, "()")
	}
	want := fmt.Sprintf("agency: cannot read %q in selector %q: names no agency", "()", text[:100]+"…")
	if err.Error() != want {
		t.Errorf("error = %s\nwant    %s", err, want)
	}
}

// The closest names offered for an unknown one are the nearest of all the
// registry's names, although the search compares only names of about its
// length.
func TestCandidatesNearest(t *testing.T) {
	r := agency.Default()
	type name struct {
		id    agency.ID
		plain string
	}
	var names []name
	longest := 0
	for _, a := range r.Agencies(calendar.Date{}) {
		for _, n := range a.Names() {
			if k := agency.Key(n); k != "" {
				names = append(names, name{a.ID, vntext.Plain(k)})
				longest = max(longest, utf8.RuneCountInString(vntext.Plain(k)))
			}
		}
	}
	nearest := func(p string) []agency.Candidate {
		best := map[agency.ID]int{}
		for _, n := range names {
			d := vntext.Distance(p, n.plain)
			if old, ok := best[n.id]; !ok || d < old {
				best[n.id] = d
			}
		}
		var cands []agency.Candidate
		for id, d := range best {
			cands = append(cands, agency.Candidate{ID: id, Name: r.Name(id), Distance: d})
		}
		slices.SortFunc(cands, func(x, y agency.Candidate) int {
			return cmp.Or(cmp.Compare(x.Distance, y.Distance), cmp.Compare(x.ID, y.ID))
		})
		return cands[:min(3, len(cands))]
	}
	// Misspellings of every name: its last word left out, cut short, or
	// written twice.
	var queries []string
	for _, n := range names {
		w := strings.Fields(n.plain)
		last := w[len(w)-1]
		queries = append(queries,
			strings.Join(w[:len(w)-1], " "),
			strings.Join(w[:len(w)-1], " ")+" "+last[:len(last)/2],
			n.plain+" "+last+"x")
	}
	queries = append(queries, "x", "hang khong", strings.Repeat("ab ", longest*2/3))
	checked := 0
	for _, q := range queries {
		_, err := r.Resolve(q)
		var le *agency.LookupError
		if !errors.As(err, &le) || !errors.Is(err, agency.ErrUnknown) {
			continue // a name, or ambiguous
		}
		p := vntext.Plain(agency.Key(q))
		if want := nearest(p); !slices.Equal(le.Candidates, want) {
			t.Errorf("Resolve(%q) candidates = %v, want %v", q, le.Candidates, want)
		}
		checked++
	}
	if checked < 300 {
		t.Errorf("only %d unknown names checked", checked)
	}
	// Far longer than any name: nothing is close.
	long := strings.Repeat("x", 2*longest+1)
	var le *agency.LookupError
	if _, err := r.Resolve(long); !errors.As(err, &le) || len(le.Candidates) != 0 {
		t.Errorf("Resolve of %d letters: %v, want no candidates", len(long), err)
	}
}
