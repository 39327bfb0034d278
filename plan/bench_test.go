package plan_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/plan"
)

// generated returns a plan file of n tasks whose cells name the agencies of
// a registry of 500 departments, and that registry.
func generated(tb testing.TB, n int) ([]byte, *agency.Registry) {
	tb.Helper()
	cat := agency.Catalogue{Format: "cchc-agencies", Version: 1, Name: "benchmark"}
	for i := range 500 {
		cat.Agencies = append(cat.Agencies, agency.Agency{
			Name:  fmt.Sprintf("Sở Thử nghiệm số %03d", i),
			Level: agency.Province, Kind: agency.Department,
		})
	}
	reg, err := agency.New(agency.Builtin(), cat)
	if err != nil {
		tb.Fatal(err)
	}
	b := plan.NewBuilder(plan.Document{Number: "1/KH-UBND", Date: calendar.NewDate(2017, 7, 19)}).Period("Năm 2017").
		Report(plan.ReportText{Form: "weekly", Schedule: "chậm nhất 10 giờ ngày thứ Sáu", Senders: "Các sở, ban, ngành", Recipient: "Sở Nội vụ"})
	deadlines := []string{"Thường xuyên", "Quý III/2017", "31/12/2017", "Tháng 8/2017", "Theo quy định", "trước ngày 5/9"}
	for s := range 10 {
		b.Section(fmt.Sprint(s+1), "Phần", plan.ReformAreas()[s%6])
		for i := range n / 10 {
			k := s*n/10 + i
			b.Task(plan.TaskText{
				Number:   fmt.Sprintf("%d.%d", s+1, i+1),
				Title:    "Rà soát, đánh giá và báo cáo kết quả thực hiện nhiệm vụ",
				Lead:     fmt.Sprintf("Sở Thử nghiệm số %03d", k%500),
				Partners: fmt.Sprintf("Sở Thử nghiệm số %03d, Sở Thử nghiệm số %03d", (k+1)%500, (k+7)%500),
				Deadline: deadlines[k%len(deadlines)],
			})
		}
	}
	data, err := b.Build().MarshalJSON()
	if err != nil {
		tb.Fatal(err)
	}
	return data, reg
}

// plainPlan has the shape of the file format, for encoding/json to decode.
type plainPlan struct {
	Format   string `json:"format"`
	Version  int    `json:"version"`
	Document struct {
		Number, Date string
	} `json:"document"`
	Period    string `json:"period"`
	Reporting []struct {
		Form, Schedule, Senders, Recipient string
	} `json:"reporting"`
	Sections []struct {
		Number, Title, Area string
		Tasks               []struct {
			Number, Title, Lead, Partners, Deadline string
		} `json:"tasks"`
	} `json:"sections"`
}

func BenchmarkDecode(b *testing.B) {
	data, _ := generated(b, 1000)
	b.Run("cchc", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if err := plan.DecodeFile(data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			var p plainPlan
			if err := json.Unmarshal(data, &p); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkLoad reads, resolves and validates generated plans of growing
// size: the time per task must stay flat.
func BenchmarkLoad(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		data, reg := generated(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p, err := plan.Parse(data, plan.WithRegistry(reg))
				if err != nil {
					b.Fatal(err)
				}
				p.Validate()
			}
		})
	}
}

func BenchmarkObligations(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		data, reg := generated(b, n)
		p, err := plan.Parse(data, plan.WithRegistry(reg))
		if err != nil {
			b.Fatal(err)
		}
		id, _ := reg.Resolve("Sở Thử nghiệm số 007")
		from, to := calendar.NewDate(2017, 8, 1), calendar.NewDate(2017, 12, 31)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p.Obligations(id, from, to)
			}
		})
	}
}

func BenchmarkMatrixTasks(b *testing.B) {
	data, reg := generated(b, 1000)
	p, _ := plan.Parse(data, plan.WithRegistry(reg))
	m := p.Matrix()
	id, _ := reg.Resolve("Sở Thử nghiệm số 007")
	b.ReportAllocs()
	for b.Loop() {
		m.Count(id, 0)
		m.Tasks(id, 1)
	}
}
