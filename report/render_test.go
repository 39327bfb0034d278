package report_test

import (
	"bytes"
	"errors"
	"flag"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/internal/golden"
	"github.com/openpar/cchc/report"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// checkGolden compares got with the file testdata/name, or rewrites the file with
// -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Files{Update: *update, Flag: "-update"}.Check(t, filepath.Join("testdata", name), got)
}

// provinceDocument is the monthly report of Thái Nguyên for August 2017,
// added up from simulated submissions of its departments and districts.
func provinceDocument(t *testing.T) report.Document {
	t.Helper()
	p, err := examples.ThaiNguyen2017()
	if err != nil {
		t.Fatal(err)
	}
	f := form(t, "thai-nguyen-2017-monthly")
	august := calendar.MonthPeriod(2017, time.August)
	subs, err := report.Simulate(p, f, august, 1)
	if err != nil {
		t.Fatal(err)
	}
	c, err := report.NewCollector(p.Registry(), f)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range subs {
		if _, err := c.Add(s); err != nil {
			t.Fatal(err)
		}
	}
	h, err := report.PlanHierarchy(p, august.End())
	if err != nil {
		t.Fatal(err)
	}
	acc := report.NewAccumulator(f, h, august)
	if err := acc.AddAll(slices.Values(c.Submissions())); err != nil {
		t.Fatal(err)
	}
	d := report.PlanDocument(p, acc.Rollup(), calendar.NewDate(2017, time.September, 5))
	d.Number = "158/BC-UBND"
	d.SignerTitle = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
	d.Signer = "Đoàn Văn Tuấn"
	d.Texts = map[string]string{
		"directing-documents": "UBND tỉnh ban hành Kế hoạch số 121/KH-UBND ngày 19/7/2017 thực hiện Thông báo kết luận của Phó Thủ tướng Thường trực Chính phủ.",
		"assessment":          "Các cơ quan, đơn vị cơ bản thực hiện nghiêm chế độ báo cáo; một số đơn vị còn gửi báo cáo chậm.",
	}
	return d
}

func TestRenderGolden(t *testing.T) {
	d := provinceDocument(t)
	r := report.NewRenderer()
	for _, tt := range []struct {
		format report.Format
		file   string
	}{
		{report.FormatText, "thai-nguyen-2017-08.txt"},
		{report.FormatMarkdown, "thai-nguyen-2017-08.md"},
		{report.FormatHTML, "thai-nguyen-2017-08.html"},
		{report.FormatCSV, "thai-nguyen-2017-08.csv"},
	} {
		var b bytes.Buffer
		if err := r.Render(&b, tt.format, d); err != nil {
			t.Fatalf("%s: %v", tt.format, err)
		}
		checkGolden(t, tt.file, b.Bytes())
	}
}

func TestRenderOfficialLayout(t *testing.T) {
	d := provinceDocument(t)
	var b bytes.Buffer
	if err := report.NewRenderer().Render(&b, report.FormatText, d); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	for _, want := range []string{
		"UBND TỈNH THÁI NGUYÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
		"Số: 158/BC-UBND", "Thái Nguyên, ngày 05 tháng 9 năm 2017", "BÁO CÁO",
		"Công tác cải cách hành chính tháng 8/2017", "Nơi nhận:", "- Lưu: VT.", "PHÓ CHỦ TỊCH", "Đoàn Văn Tuấn",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the text lacks %q", want)
		}
	}
	// The issuer and the national name share the first line, left and right.
	first := strings.SplitN(strings.TrimLeft(text, "\n"), "\n", 2)[0]
	if !strings.Contains(first, "UBND TỈNH THÁI NGUYÊN") || !strings.HasSuffix(first, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") {
		t.Errorf("first line %q", first)
	}
}

func TestDateLine(t *testing.T) {
	d := provinceDocument(t)
	tests := []struct {
		place string
		date  calendar.Date
		want  string
	}{
		{"Thái Nguyên", calendar.NewDate(2017, time.July, 19), "Thái Nguyên, ngày 19 tháng 7 năm 2017"},
		{"Bình Phước", calendar.NewDate(2018, time.January, 5), "Bình Phước, ngày 05 tháng 01 năm 2018"},
		{"", calendar.NewDate(2018, time.February, 28), "ngày 28 tháng 02 năm 2018"},
		{"Lạng Sơn", calendar.NewDate(2013, time.October, 1), "Lạng Sơn, ngày 01 tháng 10 năm 2013"},
		{"Bắc Kạn", calendar.Date{}, "Bắc Kạn, ngày ... tháng ... năm ..."},
	}
	for _, tt := range tests {
		d.Place, d.Date = tt.place, tt.date
		v, err := d.View()
		if err != nil {
			t.Fatal(err)
		}
		if v.DateLine != tt.want {
			t.Errorf("DateLine = %q, want %q", v.DateLine, tt.want)
		}
	}
}

func TestRenderADistrict(t *testing.T) {
	reg := registry(t, 3, 0)
	f := form(t, "thai-nguyen-2017-monthly")
	march := calendar.MonthPeriod(2024, time.March)
	h, _ := report.NewHierarchy(reg, "ubnd", march.End())
	acc := report.NewAccumulator(f, h, march)
	var subs []report.Submission
	for i, u := range []agency.ID{"ubnd-xa-8-1", "ubnd-xa-8-2", "ubnd-xa-8-3", "ubnd-huyen-dai-tu", "so-noi-vu"} {
		n := int64(100 * (i + 1))
		subs = append(subs, mustSubmitLoose(t, f, report.SubmissionSpec{Unit: u, Period: march, Received: march.End().At(8, 0),
			Values: map[string]report.Value{
				"dossiers-received": report.Count(n), "dossiers-resolved": report.Count(n - 10), "dossiers-on-time": report.Count(n - 12),
				"dossiers-overdue": report.Count(2), "dossiers-returned": report.Count(1), "electronic-documents": report.Ratio(n/2, n),
			}}))
	}
	acc.AddAll(slices.Values(subs))
	d := report.Document{Rollup: acc.Rollup(), Unit: "ubnd-huyen-dai-tu", Superior: "UBND TỈNH THÁI NGUYÊN", Place: "Đại Từ",
		Date: calendar.NewDate(2024, time.March, 29), Annex: []string{"dossiers-received", "electronic-documents"},
		Recipients: []string{"UBND tỉnh (qua Sở Nội vụ)", "Lưu: VT"}, SignerTitle: "Chủ tịch", Signer: "Nguyễn Văn B"}
	var b bytes.Buffer
	r := report.NewRenderer()
	if err := r.Render(&b, report.FormatMarkdown, d); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "dai-tu-2024-03.md", b.Bytes())
	b.Reset()
	if err := r.Render(&b, report.FormatCSV, d); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "dai-tu-2024-03.csv", b.Bytes())
	// The district's figures are its own and its communes', not the department's.
	v, _ := d.View()
	if v.Issuer != "UBND HUYỆN ĐẠI TỪ" || v.Reports != 4 || v.Number != "Số:      /BC-..." {
		t.Errorf("view: issuer %q, %d reports, %q", v.Issuer, v.Reports, v.Number)
	}
	for _, s := range v.Sections {
		for _, l := range s.Lines {
			if l.Code == "dossiers-received" && l.Value != "1.000 hồ sơ" {
				t.Errorf("dossiers received %q, want 1.000 hồ sơ (100+200+300+400)", l.Value)
			}
			if l.Code == "news-items" && l.Value != "chưa có số liệu" {
				t.Errorf("a figure nobody reported: %q", l.Value)
			}
		}
	}
}

func TestRendererTemplates(t *testing.T) {
	d := provinceDocument(t)
	r, err := report.NewRenderer().WithTemplate(report.FormatText, `{{.Title}} {{.Subject}} ({{.Reports}} báo cáo){{range .Sections}}{{if eq .Number "II.7"}}{{range .Lines}}
{{pad 30 .Label}}|{{.Value}}{{end}}{{end}}{{end}}`)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.Render(&b, report.FormatText, d); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "BÁO CÁO Công tác cải cách hành chính tháng 8/2017 (") || !strings.Contains(b.String(), "\nTổng số hồ sơ đã tiếp nhận    |") {
		t.Errorf("own template wrote %q", b.String())
	}
	// The shipped renderer is unchanged.
	b.Reset()
	report.NewRenderer().Render(&b, report.FormatText, d)
	if !strings.Contains(b.String(), "CỘNG HÒA") {
		t.Error("WithTemplate changed the renderer it was called on")
	}
	for _, f := range []report.Format{report.FormatText, report.FormatMarkdown, report.FormatHTML} {
		src, err := report.Template(f)
		if err != nil || src == "" {
			t.Errorf("Template(%s): %v", f, err)
		}
	}
	if _, err := report.Template(report.FormatCSV); err == nil {
		t.Error("a template for CSV")
	}
	if _, err := report.NewRenderer().WithTemplate(report.FormatCSV, "x"); err == nil {
		t.Error("WithTemplate for CSV")
	}
	if _, err := report.NewRenderer().WithTemplate(report.FormatHTML, "{{.Nope"); err == nil {
		t.Error("a template that does not parse")
	}
	// HTML escapes what the issuer writes.
	d.Texts = map[string]string{"assessment": "<script>alert(1)</script>"}
	b.Reset()
	report.NewRenderer().Render(&b, report.FormatHTML, d)
	if strings.Contains(b.String(), "<script>") {
		t.Error("HTML output holds unescaped text")
	}
}

func TestRenderErrors(t *testing.T) {
	r := report.NewRenderer()
	var b bytes.Buffer
	if err := r.Render(&b, report.FormatText, report.Document{}); err == nil {
		t.Error("a document without a roll-up")
	}
	d := provinceDocument(t)
	d.Unit = "so-khong-co"
	var ue *report.UnitError
	if err := r.Render(&b, report.FormatMarkdown, d); !errors.As(err, &ue) {
		t.Errorf("a unit not in the roll-up: %v", err)
	}
	d.Unit = ""
	d.Annex = []string{"assessment"}
	var p report.Problem
	if err := r.Render(&b, report.FormatHTML, d); !errors.As(err, &p) || p.Field != "assessment" {
		t.Errorf("an annex of a text field: %v", err)
	}
	if err := r.Render(&b, report.FormatUnspecified, provinceDocument(t)); err == nil {
		t.Error("an unspecified format")
	}
}
