package report_test

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/report"
)

// The tests need communes, which the shipped agency data does not list:
// communesOf adds perDistrict communes under each district of Thái Nguyên
// (until 30/6/2025, as the districts) and after2025 communes directly under
// the province from 1/7/2025.
func communes(perDistrict, after2025 int) agency.Catalogue {
	districts := []agency.ID{"ubnd-thanh-pho-thai-nguyen", "ubnd-thanh-pho-song-cong", "ubnd-thi-xa-pho-yen",
		"ubnd-huyen-dinh-hoa", "ubnd-huyen-phu-luong", "ubnd-huyen-dong-hy", "ubnd-huyen-vo-nhai",
		"ubnd-huyen-dai-tu", "ubnd-huyen-phu-binh"}
	c := agency.Catalogue{Format: "cchc-agencies", Version: 1, Name: "test communes", Province: "Thái Nguyên"}
	for d, parent := range districts {
		for i := range perDistrict {
			c.Agencies = append(c.Agencies, agency.Agency{
				ID:   agency.ID(fmt.Sprintf("ubnd-xa-%d-%d", d+1, i+1)),
				Name: fmt.Sprintf("UBND xã Thử %d-%d", d+1, i+1), Level: agency.Commune, Kind: agency.PeoplesCommittee,
				Parent: parent, Until: calendar.NewDate(2025, time.June, 30),
			})
		}
	}
	for i := range after2025 {
		c.Agencies = append(c.Agencies, agency.Agency{
			ID:   agency.ID(fmt.Sprintf("ubnd-xa-moi-%d", i+1)),
			Name: fmt.Sprintf("UBND xã Mới %d", i+1), Level: agency.Commune, Kind: agency.PeoplesCommittee,
			Parent: "ubnd", From: calendar.NewDate(2025, time.July, 1),
		})
	}
	return c
}

// registry returns Thái Nguyên's agencies with test communes.
func registry(tb testing.TB, perDistrict, after2025 int) *agency.Registry {
	tb.Helper()
	tn, err := agency.SeedProvince("Thái Nguyên")
	if err != nil {
		tb.Fatal(err)
	}
	r, err := agency.New(agency.Builtin(), tn, communes(perDistrict, after2025))
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

func form(tb testing.TB, code string) *report.Form {
	tb.Helper()
	f, err := report.BuiltinForm(code)
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

// fullValues gives every numeric field of f a value drawn from rng, and every
// text field a line.
func fullValues(f *report.Form, rng *rand.Rand) map[string]report.Value {
	vals := map[string]report.Value{}
	for _, fd := range f.Fields() {
		switch fd.Type {
		case report.TypeCount:
			vals[fd.Code] = report.Count(rng.Int64N(50))
		case report.TypeRatio:
			den := rng.Int64N(100) + 1
			vals[fd.Code] = report.Ratio(rng.Int64N(den+1), den)
		case report.TypeText:
			vals[fd.Code] = report.Text("Đã thực hiện.")
		}
	}
	// The count other counts lie within must not fall below them.
	if _, ok := vals["dossiers-resolved"]; ok {
		vals["dossiers-resolved"] = report.Count(100)
	}
	return vals
}

func mustSubmit(tb testing.TB, f *report.Form, spec report.SubmissionSpec) report.Submission {
	tb.Helper()
	s, err := report.NewSubmission(f, spec)
	if err != nil {
		tb.Fatal(err)
	}
	if len(s.Problems()) > 0 {
		tb.Fatalf("%s: %v", s, s.Err())
	}
	return s
}

// pool returns monthly submissions of the communes of reg for years, in
// period then unit order, as they would stream in.
func pool(tb testing.TB, reg *agency.Registry, f *report.Form, first, years int) []report.Submission {
	tb.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	var units []agency.ID
	for _, a := range reg.Agencies(calendar.NewDate(first, time.January, 1)) {
		if a.Level == agency.Commune {
			units = append(units, a.ID)
		}
	}
	var out []report.Submission
	for y := first; y < first+years; y++ {
		for m := time.January; m <= time.December; m++ {
			p := calendar.MonthPeriod(y, m)
			for _, u := range units {
				out = append(out, mustSubmit(tb, f, report.SubmissionSpec{
					Unit: u, Period: p, Received: p.End().At(9, 0), Values: fullValues(f, rng),
				}))
			}
		}
	}
	return out
}
