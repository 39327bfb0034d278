package report

import (
	"fmt"
	"strings"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/plan"
)

// Document is a rolled-up report as the administrative document that carries
// it (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing body and the number
// on the left, the national name and motto on the right, the place and date,
// the title and what the report is about, the figures section by section,
// then "Nơi nhận" and the signature. Fields left empty take the defaults
// their comments give.
type Document struct {
	Rollup *Rollup
	Unit   agency.ID // the unit reported on; "" for the roll-up's root

	Superior string // the body above the issuer ("UBND TỈNH THÁI NGUYÊN"); "" for none
	Issuer   string // the issuing body ("SỞ NỘI VỤ"); "" for the unit's name
	Number   string // "125/BC-SNV"; "" leaves the number blank to fill by hand ("Số:    /BC-...")
	Place    string // "Thái Nguyên"
	Date     calendar.Date
	Title    string // the kind of document; "" for "BÁO CÁO"
	Subject  string // what it is about; "" for the form's subject on the roll-up's period
	// Intro are the paragraphs before the figures; none prints a line
	// saying how many reports the figures come from.
	Intro []string
	// Texts are the issuer's own words for the form's text fields, by
	// field code; a text field without one is left out.
	Texts map[string]string
	// Annex names the numeric fields of the table of figures by unit that
	// ends the report, one column each; nil for the form's required
	// numeric fields, an empty slice for no table.
	Annex       []string
	Recipients  []string // Nơi nhận; nil for the form's
	SignerTitle string   // "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC": lines of the signing authority
	Signer      string   // the signer's full name
}

// PlanDocument returns a Document for the roll-up r under plan p, dated d,
// with the header the plan's issuer uses: the province's committee as
// issuer, the plan's place, and the province's Sở Nội vụ and the archive as
// recipients. Set the other fields (number, signer) on the result. A nil p
// has no header: the issuer is then the unit reported on, and there is no
// place.
func PlanDocument(p *plan.Plan, r *Rollup, d calendar.Date) Document {
	recipients := []string{"Bộ Nội vụ", "Sở Nội vụ", "Lưu: VT"}
	if p == nil {
		return Document{Rollup: r, Date: d, Recipients: recipients}
	}
	doc := p.Document()
	place := doc.Place
	if place == "" {
		place = p.Province()
	}
	return Document{
		Rollup:     r,
		Issuer:     strings.ToUpper(doc.Issuer),
		Place:      place,
		Date:       d,
		Recipients: recipients,
	}
}

// View is what the templates print: every text of the document, formatted.
type View struct {
	Superior   string   // "UBND TỈNH THÁI NGUYÊN", or ""
	Issuer     string   // "SỞ NỘI VỤ"
	Number     string   // "Số: 125/BC-SNV"
	Nation     string   // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	Motto      string   // "Độc lập - Tự do - Hạnh phúc"
	DateLine   string   // "Thái Nguyên, ngày 25 tháng 8 năm 2017"
	Title      string   // "BÁO CÁO"
	Subject    string   // "Công tác cải cách hành chính tháng 8/2017"
	Intro      []string // paragraphs
	Sections   []ViewSection
	Annex      *ViewTable // nil when there is no table
	Recipients []string   // "- Sở Nội vụ;", ..., "- Lưu: VT."
	Signer     []string   // the signing authority's lines, upper case
	SignerName string
	Reports    int // submissions the figures come from
}

// ViewSection is one part of the body.
type ViewSection struct {
	Number string // "II.7"
	Title  string
	Lines  []ViewLine
}

// ViewLine is one field of the body.
type ViewLine struct {
	Code  string
	Label string
	Value string // "18.528 hồ sơ", "4.120/5.030 (81,9%)", the text, or "chưa có số liệu"
	Text  bool   // a text field: Value is prose
	Given int    // submissions that gave the figure
}

// ViewTable is the annex: figures by unit.
type ViewTable struct {
	Title   string
	Columns []string // "STT", "Đơn vị", "Số báo cáo", then the fields' labels
	Rows    [][]string
}

// The national name and motto (Quốc hiệu, Tiêu ngữ) every administrative
// document carries.
const (
	nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	motto  = "Độc lập - Tự do - Hạnh phúc"
)

// noFigure stands where no submission gave a figure: it is not a zero.
const noFigure = "chưa có số liệu"

// node returns the node the document reports on.
func (d Document) node() (*Node, error) {
	if d.Rollup == nil || d.Rollup.root == nil {
		return nil, fmt.Errorf("report: document without a roll-up")
	}
	if d.Unit == "" {
		return d.Rollup.Root(), nil
	}
	n, ok := d.Rollup.Node(d.Unit)
	if !ok {
		return nil, &UnitError{Unit: d.Unit, Reason: "not in the roll-up"}
	}
	return n, nil
}

// View formats the document for the templates.
func (d Document) View() (View, error) {
	n, err := d.node()
	if err != nil {
		return View{}, err
	}
	f := d.Rollup.Form()
	v := View{
		Superior: d.Superior, Issuer: d.Issuer, Nation: nation, Motto: motto,
		DateLine: dateLine(d.Place, d.Date), Title: d.Title, Subject: d.Subject,
		Intro: d.Intro, SignerName: d.Signer, Reports: n.Total.Reports(),
	}
	if v.Issuer == "" {
		v.Issuer = strings.ToUpper(n.Name)
	}
	v.Number = "Số: " + d.Number
	if d.Number == "" {
		v.Number = "Số:      /BC-..."
	}
	if v.Title == "" {
		v.Title = "BÁO CÁO"
	}
	if v.Subject == "" {
		v.Subject = f.Subject(d.Rollup.Period())
	}
	if len(v.Intro) == 0 {
		v.Intro = []string{fmt.Sprintf("Số liệu tổng hợp từ %s báo cáo của các cơ quan, đơn vị.", formatInt(int64(v.Reports)))}
	}
	for _, s := range f.spec.Sections {
		vs := ViewSection{Number: s.Number, Title: s.Title}
		for _, fd := range s.Fields {
			fi := f.fields[f.byCode[fd.Code]]
			line := ViewLine{Code: fd.Code, Label: fd.Label, Given: n.Total.Given(fd.Code)}
			if fd.Type == TypeText {
				text := strings.TrimSpace(d.Texts[fd.Code])
				if text == "" {
					continue
				}
				line.Value, line.Text = text, true
			} else {
				line.Value = formatFigure(fi, n.Total)
			}
			vs.Lines = append(vs.Lines, line)
		}
		v.Sections = append(v.Sections, vs)
	}
	if v.Annex, err = d.annex(n); err != nil {
		return View{}, err
	}
	recipients := d.Recipients
	if recipients == nil {
		recipients = f.Recipients()
	}
	for i, r := range recipients {
		end := ";"
		if i == len(recipients)-1 {
			end = "."
		}
		v.Recipients = append(v.Recipients, "- "+strings.TrimRight(r, ";.")+end)
	}
	for line := range strings.SplitSeq(d.SignerTitle, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			v.Signer = append(v.Signer, strings.ToUpper(line))
		}
	}
	return v, nil
}

// formatFigure writes a total in the document's style, with its unit.
func formatFigure(fi fieldInfo, total Figures) string {
	val, ok := total.Value(fi.Code)
	if !ok {
		return noFigure
	}
	s := val.Format()
	if fi.Type == TypeAmount {
		s = formatDecimal(val.Amount(), int32(fi.Decimals))
	}
	if fi.Unit != "" && fi.Type != TypeRatio {
		s += " " + fi.Unit
	}
	return s
}

// annex builds the table of figures by unit: the units directly under n,
// then n's total.
func (d Document) annex(n *Node) (*ViewTable, error) {
	f := d.Rollup.Form()
	codes := d.Annex
	if codes == nil {
		for _, fi := range f.fields {
			if fi.Required && fi.num >= 0 {
				codes = append(codes, fi.Code)
			}
		}
	}
	if len(codes) == 0 || len(n.Children) == 0 {
		return nil, nil
	}
	t := &ViewTable{Title: "Số liệu theo cơ quan, đơn vị", Columns: []string{"STT", "Cơ quan, đơn vị", "Số báo cáo"}}
	var fields []fieldInfo
	for _, c := range codes {
		i, ok := f.byCode[c]
		if !ok || f.fields[i].num < 0 {
			return nil, Problem{Field: c, Kind: ProblemUnknownField}
		}
		fields = append(fields, f.fields[i])
		t.Columns = append(t.Columns, f.fields[i].Label)
	}
	row := func(no, name string, figs Figures) []string {
		r := []string{no, name, formatInt(int64(figs.Reports()))}
		for _, fi := range fields {
			if v, ok := figs.Value(fi.Code); ok {
				r = append(r, v.Format())
			} else {
				r = append(r, "-")
			}
		}
		return r
	}
	for i, c := range n.Children {
		t.Rows = append(t.Rows, row(fmt.Sprint(i+1), c.Name, c.Total))
	}
	if n.Own.Reports() > 0 {
		t.Rows = append(t.Rows, row(fmt.Sprint(len(n.Children)+1), n.Name+" (báo cáo của đơn vị)", n.Own))
	}
	t.Rows = append(t.Rows, row("", "Tổng cộng", n.Total))
	return t, nil
}
