package main

import (
	"bytes"
	"os"
	"slices"
	"testing"

	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/internal/golden"
	"github.com/openpar/cchc/plan"
)

// taskCells returns every cell of p's task table, section by section.
func taskCells(p *plan.Plan) [][]string {
	var cells [][]string
	tasks := p.Tasks()
	for _, s := range p.Sections() {
		cells = append(cells, []string{"section", s.Number, s.Title})
		for _, t := range tasks[:len(s.Tasks)] {
			cells = append(cells, []string{s.Number, t.Number(), t.Title(), t.LeadText(), t.PartnersText(), t.Deadline().Text()})
		}
		tasks = tasks[len(s.Tasks):]
	}
	return cells
}

// TestTableRoundTrip converts each example plan to its task table and back:
// every task cell survives, and with -plan set to the original nothing at
// all is lost.
func TestTableRoundTrip(t *testing.T) {
	inExamples(t)
	for _, name := range examples.Names() {
		t.Run(name, func(t *testing.T) {
			for _, args := range [][]string{
				{"convert", name + ".json", "-o", "table.csv"},
				{"convert", "table.csv", "-o", "table.json"},
				{"convert", "table.csv", "-plan", name + ".json", "-o", "merged.json"},
			} {
				if r := cchc("", args...); r.code != exitOK || r.stdout != "" || r.stderr != "" {
					t.Fatalf("cchc %v: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
				}
			}
			orig, err := examples.Load(name)
			if err != nil {
				t.Fatal(err)
			}
			back, err := plan.Open("table.json")
			if err != nil {
				t.Fatal(err)
			}
			want, got := taskCells(orig), taskCells(back)
			if !slices.EqualFunc(want, got, slices.Equal) {
				t.Errorf("task cells differ after JSON -> CSV -> JSON:\n%q\nwant\n%q", got, want)
			}

			var encoded bytes.Buffer
			if err := orig.Encode(&encoded); err != nil {
				t.Fatal(err)
			}
			merged, err := os.ReadFile("merged.json")
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(merged, encoded.Bytes()) {
				t.Errorf("the table merged with its own plan differs from the plan:\n%s", golden.Diff(encoded.String(), string(merged)))
			}
		})
	}
}

// TestTableEdit edits a task table as a user would in a spreadsheet and
// merges it with the plan: the edits show, the rest of the plan stays.
func TestTableEdit(t *testing.T) {
	inExamples(t)
	r := cchc("", "convert", "thai-nguyen-2017.json", "-to", "csv")
	if r.code != exitOK {
		t.Fatalf("convert: exit %d, stderr %q", r.code, r.stderr)
	}
	table := r.stdout
	for _, edit := range []struct{ old, new string }{
		{`Tổ chức các hội nghị, tập huấn chuyên đề CCHC.",Sở Nội vụ,"Các sở, ban, ngành, UBND cấp huyện",Tháng 9/2017`,
			`Tổ chức các hội nghị, tập huấn chuyên đề CCHC.",Sở Nội vụ,"Các sở, ban, ngành, UBND cấp huyện",Tháng 10/2017`},
		{"9,,Đánh giá tác động của CCHC,,,\n", "9,,Đánh giá tác động của CCHC,,,\n9,9.0,Nhiệm vụ mới,Sở Nội vụ,,Quý IV/2017\n"},
	} {
		if !bytes.Contains([]byte(table), []byte(edit.old)) {
			t.Fatalf("table has no %q", edit.old)
		}
		table = string(bytes.Replace([]byte(table), []byte(edit.old), []byte(edit.new), 1))
	}
	r = cchc(table, "convert", "-", "-plan", "thai-nguyen-2017.json")
	if r.code != exitOK {
		t.Fatalf("convert -: exit %d, stderr %q", r.code, r.stderr)
	}
	p, err := plan.Parse([]byte(r.stdout))
	if err != nil {
		t.Fatal(err)
	}
	orig, err := examples.ThaiNguyen2017()
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Document(); got.Number != "121/KH-UBND" || len(p.Reporting()) != len(orig.Reporting()) || len(p.Duties()) != len(orig.Duties()) {
		t.Errorf("the plan around the table was lost: %q, %d reports, %d duties", got.Number, len(p.Reporting()), len(p.Duties()))
	}
	diff := plan.Compare(orig, p)
	if got, want := diff.String(), "+ 9.0 Nhiệm vụ mới\n~ 1.4 deadline: \"Tháng 9/2017\" -> \"Tháng 10/2017\"\n"; got != want {
		t.Errorf("changes:\n%s\nwant\n%s", got, want)
	}
	// Fields the table has no column for come from the plan.
	if a, b := p.Sections()[8], orig.Sections()[8]; a.Area != b.Area || !slices.Equal(a.Text, b.Text) {
		t.Errorf("section 9 lost its area or prose: %v %q", a.Area, a.Text)
	}
}

// FuzzTable reads any text as a task table: no panic, and the rows read,
// written and read again are the same rows.
func FuzzTable(f *testing.F) {
	for _, name := range examples.Names() {
		p, err := examples.Load(name)
		if err != nil {
			f.Fatal(err)
		}
		var b bytes.Buffer
		if err := writeTable(&b, p); err != nil {
			f.Fatal(err)
		}
		f.Add(b.Bytes())
	}
	seed, err := os.ReadFile("testdata/table.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte("content,STT,lead\nRà soát,1,SNV,\n,,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := readTable(data, "fuzz.csv")
		if err != nil {
			return
		}
		var b bytes.Buffer
		if err := writeRows(&b, rows); err != nil {
			t.Fatal(err)
		}
		again, err := readTable(b.Bytes(), "again.csv")
		if err != nil {
			t.Fatalf("a written table does not read back: %v\n%s", err, b.String())
		}
		if len(again) != len(rows) {
			t.Fatalf("%d rows read back, want %d:\n%s", len(again), len(rows), b.String())
		}
		for i := range rows {
			if again[i].cells != rows[i].cells {
				t.Fatalf("row %d reads back as %q, want %q", i, again[i].cells, rows[i].cells)
			}
		}
	})
}

func BenchmarkValidate(b *testing.B) {
	b.Chdir(b.TempDir())
	if r := cchc("", "example", "binh-phuoc-2018"); r.code != exitOK {
		b.Fatal(r.stderr)
	}
	b.ReportAllocs()
	for b.Loop() {
		cchc("", "validate", "binh-phuoc-2018.json")
	}
}

func BenchmarkConvertToTable(b *testing.B) {
	b.Chdir(b.TempDir())
	if r := cchc("", "example", "thai-nguyen-2017"); r.code != exitOK {
		b.Fatal(r.stderr)
	}
	b.ReportAllocs()
	for b.Loop() {
		cchc("", "convert", "thai-nguyen-2017.json")
	}
}

func BenchmarkConvertFromTable(b *testing.B) {
	b.Chdir(b.TempDir())
	for _, args := range [][]string{{"example", "thai-nguyen-2017"}, {"convert", "thai-nguyen-2017.json", "-o", "table.csv"}} {
		if r := cchc("", args...); r.code != exitOK {
			b.Fatal(r.stderr)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		cchc("", "convert", "table.csv", "-plan", "thai-nguyen-2017.json")
	}
}

// TestTableSeparators reads tables as spreadsheets save them: with commas,
// with semicolons (Excel where the decimal separator is a comma, as in
// Vietnam), with tabs, with or without a byte order mark, with CRLF.
func TestTableSeparators(t *testing.T) {
	t.Chdir(t.TempDir())
	tables := map[string]string{
		"comma.csv":     "\uFEFFMục,STT,Nội dung công việc,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành\n1,,Cải cách thể chế,,,\n1,1.1,\"Rà soát, đánh giá\",Sở Tư pháp,\"Các sở, ban, ngành\",Quý III/2017\n",
		"semicolon.csv": "Mục;STT;Nội dung công việc;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian hoàn thành\r\n1;;Cải cách thể chế;;;\r\n1;1.1;Rà soát, đánh giá;Sở Tư pháp;Các sở, ban, ngành;Quý III/2017\r\n",
		"tab.csv":       "section\tnumber\tcontent\tlead\tpartners\tdeadline\n1\t\tCải cách thể chế\n1\t1.1\tRà soát, đánh giá\tSở Tư pháp\tCác sở, ban, ngành\tQuý III/2017\n",
	}
	var want string
	for _, name := range []string{"comma.csv", "semicolon.csv", "tab.csv"} {
		if err := os.WriteFile(name, []byte(tables[name]), 0o666); err != nil {
			t.Fatal(err)
		}
		r := cchc("", "convert", name)
		if r.code != exitOK || r.stderr != "" {
			t.Fatalf("convert %s: exit %d, stderr %q", name, r.code, r.stderr)
		}
		if want == "" {
			want = r.stdout
			if !bytes.Contains([]byte(want), []byte(`"partners": "Các sở, ban, ngành"`)) {
				t.Fatalf("convert %s:\n%s", name, want)
			}
		} else if r.stdout != want {
			t.Errorf("convert %s:\n%s\nwant\n%s", name, r.stdout, want)
		}
	}
}

// A cell a spreadsheet would take for a formula ("- Tổ chức", "=1+1") is
// written after an apostrophe, so that Excel shows it as text, and read
// back without it; the apostrophe a spreadsheet keeps on saving is dropped
// too.
func TestTableFormulaLikeCells(t *testing.T) {
	t.Chdir(t.TempDir())
	p := plan.NewBuilder(plan.Document{Number: "1/KH-UBND"}).Period("Năm 2017").
		Section("1", "Cải cách thể chế", plan.AreaInstitutions).
		Task(plan.TaskText{Number: "1.1", Title: "- Tổ chức tập huấn", Lead: "Sở Tư pháp"}).
		Task(plan.TaskText{Number: "1.2", Title: `=HYPERLINK("http://x","y")`, Lead: "Sở Tư pháp"}).
		Build()
	f, err := os.Create("plan.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Encode(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	r := cchc("", "convert", "plan.json", "-to", "csv")
	if r.code != exitOK {
		t.Fatalf("convert: exit %d, stderr %q", r.code, r.stderr)
	}
	for _, cell := range []string{",'- Tổ chức tập huấn,", `,"'=HYPERLINK(""http://x"",""y"")",`} {
		if !bytes.Contains([]byte(r.stdout), []byte(cell)) {
			t.Errorf("the table has no cell %s:\n%s", cell, r.stdout)
		}
	}
	r = cchc(r.stdout, "convert", "-")
	if r.code != exitOK {
		t.Fatalf("convert back: exit %d, stderr %q", r.code, r.stderr)
	}
	back, err := plan.Parse([]byte(r.stdout))
	if err != nil {
		t.Fatal(err)
	}
	if want, got := taskCells(p), taskCells(back); !slices.EqualFunc(want, got, slices.Equal) {
		t.Errorf("task cells after CSV and back:\n%q\nwant\n%q", got, want)
	}
}
