package agency_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
)

func FuzzResolve(f *testing.F) {
	for _, s := range []string{"SNV", "Sở Nội Vụ", "TT tâm thông tin tỉnh", "", " - ", "tỉnh", "Sở", "so-noi-vu", "\xff\xfe", "Ủy ban nhân dân tỉnh tỉnh"} {
		f.Add(s)
	}
	r := agency.Default()
	f.Fuzz(func(t *testing.T, name string) {
		id, err := r.Resolve(name)
		if err == nil {
			if _, ok := r.Agency(id); !ok {
				t.Fatalf("Resolve(%q) = %q, not in the registry", name, id)
			}
			// Resolving is stable under folding.
			if again, err := r.Resolve(agency.Key(name)); err == nil && again != id && agency.Key(name) != "" {
				// A key may resolve to another agency only through the
				// exact-name index; both must exist.
				if _, ok := r.Agency(again); !ok {
					t.Fatalf("Resolve(Key(%q)) = %q", name, again)
				}
			}
		} else if !strings.HasPrefix(err.Error(), "agency: ") {
			t.Fatalf("error without package prefix: %v", err)
		}
		if k := agency.Key(name); agency.Key(k) != k {
			t.Fatalf("Key not idempotent on %q: %q then %q", name, k, agency.Key(k))
		}
	})
}

func FuzzParseSelector(f *testing.F) {
	for _, cells := range [][]seedCell{seed000, seed001, seed002, seed002Text, seed003, seed004} {
		for _, c := range cells {
			f.Add(c.text)
		}
	}
	for _, s := range []string{"", ":", "Các Sở:", "Chủ trì: Sở Nội vụ; phối hợp: Sở Tư pháp", "và và", "(chủ trì)", "\xff", "a,b;c\nd và e"} {
		f.Add(s)
	}
	r := agency.Default()
	day := calendar.NewDate(2017, time.July, 19)
	f.Fuzz(func(t *testing.T, text string) {
		sel, _ := agency.ParseSelector(text)
		again, _ := agency.ParseSelector(sel.String())
		if !sel.Equal(again) {
			t.Fatalf("parse, print, parse changed %q", text)
		}
		for _, it := range sel.Items() {
			if it.Err == nil && it.Group == agency.GroupNone && it.Name == "" {
				t.Fatalf("item %+v of %q has neither a name nor a group", it, text)
			}
			if utf8.ValidString(text) && !strings.Contains(text, it.Text) {
				t.Fatalf("item text %q is not part of %q", it.Text, text)
			}
		}
		_, _ = r.Expand(sel, day)
	})
}

func BenchmarkLookupFolded(b *testing.B) {
	r := agency.Default()
	key := agency.Key("Sở Kế hoạch và Đầu tư tỉnh Thái Nguyên")
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := r.Lookup(key); !ok {
			b.Fatal("not found")
		}
	}
}

func BenchmarkResolveFolded(b *testing.B) {
	r := agency.Default()
	key := agency.Key("Sở Thông tin và Truyền thông")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Resolve(key); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolveSpelling(b *testing.B) {
	r := agency.Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Resolve("Sở Kế Hoạch và Đầu Tư tỉnh Thái Nguyên"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolveUnknown(b *testing.B) {
	r := agency.Default()
	b.ReportAllocs()
	for b.Loop() {
		_, _ = r.Resolve("Sở Ngoại vụ")
	}
}

// big builds a registry of about 2,000 agencies: the built-in catalogue, 20
// districts and 1,950 communes.
func big(b *testing.B) *agency.Registry {
	b.Helper()
	c := agency.Catalogue{Format: "cchc-agencies", Version: 1, Name: "bench", Province: "Tỉnh Lớn"}
	until := calendar.NewDate(2025, time.June, 30)
	for d := range 20 {
		c.Agencies = append(c.Agencies, agency.Agency{Name: fmt.Sprintf("UBND huyện Số %d", d), Level: agency.District, Kind: agency.PeoplesCommittee, Parent: "ubnd", Until: until})
		for x := range 97 {
			c.Agencies = append(c.Agencies, agency.Agency{Name: fmt.Sprintf("UBND xã Số %d %d", d, x), Level: agency.Commune, Kind: agency.PeoplesCommittee,
				Parent: agency.ID(fmt.Sprintf("ubnd-huyen-so-%d", d)), Until: until})
		}
	}
	r, err := agency.New(agency.Builtin(), c)
	if err != nil {
		b.Fatal(err)
	}
	if r.Len() < 2000 {
		b.Fatalf("registry of %d agencies", r.Len())
	}
	return r
}

func BenchmarkExpandAgencies2000(b *testing.B) {
	r := big(b)
	sel, err := r.ParseSelector("Các sở, ban, ngành")
	if err != nil {
		b.Fatal(err)
	}
	day := calendar.NewDate(2017, time.July, 19)
	b.ReportAllocs()
	for b.Loop() {
		if exp, _ := r.Expand(sel, day); len(exp.IDs) == 0 {
			b.Fatal("empty")
		}
	}
}

func BenchmarkExpandCommunes2000(b *testing.B) {
	r := big(b)
	sel, _ := r.ParseSelector("UBND cấp xã")
	day := calendar.NewDate(2017, time.July, 19)
	b.ReportAllocs()
	for b.Loop() {
		_, _ = r.Expand(sel, day)
	}
}

func BenchmarkParseSelector(b *testing.B) {
	r := agency.Default()
	b.ReportAllocs()
	for b.Loop() {
		_, _ = r.ParseSelector("Các sở: Tư pháp, Lao động - Thương binh và xã hội, Kế hoạch và đầu tư, Xây dựng, Tài nguyên và Môi trường")
	}
}

func BenchmarkParseSelectorHeads(b *testing.B) {
	r := agency.Default()
	b.ReportAllocs()
	for b.Loop() {
		_, _ = r.ParseSelector("Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thị xã và Thủ trưởng các cơ quan, đơn vị có liên quan")
	}
}

func TestLookupFoldedAllocatesNothing(t *testing.T) {
	r := agency.Default()
	for _, name := range []string{"Sở Nội vụ", "Sở Kế hoạch và Đầu tư tỉnh Thái Nguyên", "UBND huyện Định Hóa"} {
		key := agency.Key(name)
		if n := testing.AllocsPerRun(100, func() { r.Lookup(key) }); n != 0 {
			t.Errorf("Lookup(%q) allocates %v times", key, n)
		}
		if n := testing.AllocsPerRun(100, func() { _, _ = r.Resolve(key) }); n != 0 {
			t.Errorf("Resolve(%q) allocates %v times", key, n)
		}
	}
}
