package report

import (
	"embed"
	"encoding/csv"
	"fmt"
	htmltemplate "html/template"
	"io"
	"strconv"
	"strings"
	texttemplate "text/template"
	"unicode/utf8"

	"github.com/openpar/cchc/internal/enum"
)

// Format is an output of a rendered report.
type Format uint8

// The formats Render writes.
const (
	FormatUnspecified Format = iota
	FormatText               // plain text, 80 columns
	FormatMarkdown
	FormatHTML // one self-contained page that prints on A4
	FormatCSV  // the figures of every unit of the roll-up, for spreadsheets
)

var formatNames = []string{"unspecified", "text", "markdown", "html", "csv"}
var formats = enum.Table[Format]{
	Pkg:     "report",
	Type:    "Format",
	Codes:   formatNames,
	Unknown: func(w string) error { return fmt.Errorf("report: unknown format %q", w) },
}

// String returns the format's code word ("markdown").
func (f Format) String() string { return formats.String(f) }

// ParseFormat is the inverse of Format.String.
func ParseFormat(s string) (Format, error) { return formats.Parse(s) }

// MarshalText encodes the format as its code word.
func (f Format) MarshalText() ([]byte, error) { return formats.Marshal(f) }

// UnmarshalText decodes a code word.
func (f *Format) UnmarshalText(b []byte) error { return formats.Unmarshal(f, b) }

//go:embed templates/*.tmpl
var templateFiles embed.FS

// templateFile names the shipped template of each templated format.
var templateFile = map[Format]string{
	FormatText:     "templates/report.txt.tmpl",
	FormatMarkdown: "templates/report.md.tmpl",
	FormatHTML:     "templates/report.html.tmpl",
}

// Template returns the source of the shipped template of a format (text,
// Markdown, HTML), to start one's own from. CSV has none.
func Template(f Format) (string, error) {
	name, ok := templateFile[f]
	if !ok {
		return "", fmt.Errorf("report: format %s has no template", f)
	}
	b, err := templateFiles.ReadFile(name)
	return string(b), err
}

// Renderer writes Documents with a template per format. Start from
// NewRenderer, which has the shipped templates, and replace any with
// WithTemplate. A Renderer is immutable and safe for concurrent use.
type Renderer struct {
	text, markdown *texttemplate.Template
	html           *htmltemplate.Template
	err            error // a shipped template that did not parse; the tests make sure none does
}

// NewRenderer returns a renderer with the shipped templates.
func NewRenderer() *Renderer {
	r := &Renderer{}
	for _, f := range []Format{FormatText, FormatMarkdown, FormatHTML} {
		src, err := Template(f)
		if err == nil {
			var next *Renderer
			if next, err = r.WithTemplate(f, src); err == nil {
				r = next
			}
		}
		if err != nil {
			r.err = err
		}
	}
	return r
}

// WithTemplate returns a copy of r that writes format f with the template
// src. Templates receive a View; besides the built-in functions they may
// call:
//
//	center N s    s centred in N columns (characters, not bytes), without
//	              trailing spaces
//	pad N s       s followed by spaces up to N columns
//	wrap N p s    s folded into lines of at most N columns, each but the
//	              first indented with the prefix p
//	row N M l r   l centred in N columns then r centred in M, without
//	              trailing spaces
//	rule s        a line of dashes as long as s
//	cell s        s escaped for a Markdown table cell
//	sideBySide N M l r   the lines l beside the lines r centred in M
//	prepend s l   the list l with s first
//	signature a n the lines of a signature block: authority a, the place to
//	              sign and stamp, name n
//
// The HTML template is parsed with html/template, so values are escaped.
// It is an error to give a template for CSV, or one that does not parse.
func (r *Renderer) WithTemplate(f Format, src string) (*Renderer, error) {
	out := *r
	var err error
	switch f {
	case FormatText:
		out.text, err = texttemplate.New(f.String()).Funcs(texttemplate.FuncMap(templateFuncs)).Parse(src)
	case FormatMarkdown:
		out.markdown, err = texttemplate.New(f.String()).Funcs(texttemplate.FuncMap(templateFuncs)).Parse(src)
	case FormatHTML:
		out.html, err = htmltemplate.New(f.String()).Funcs(htmltemplate.FuncMap(templateFuncs)).Parse(src)
	default:
		return nil, fmt.Errorf("report: format %s takes no template", f)
	}
	if err != nil {
		return nil, fmt.Errorf("report: %s template: %w", f, err)
	}
	return &out, nil
}

// Render writes d in format f.
func (r *Renderer) Render(w io.Writer, f Format, d Document) error {
	if r.err != nil {
		return r.err
	}
	if f == FormatCSV {
		return writeCSV(w, d)
	}
	v, err := d.View()
	if err != nil {
		return err
	}
	switch f {
	case FormatText:
		err = r.text.Execute(w, v)
	case FormatMarkdown:
		err = r.markdown.Execute(w, v)
	case FormatHTML:
		err = r.html.Execute(w, v)
	default:
		return fmt.Errorf("report: cannot render format %s", f)
	}
	if err != nil {
		return fmt.Errorf("report: render %s: %w", f, err)
	}
	return nil
}

var templateFuncs = map[string]any{
	"center":     center,
	"pad":        pad,
	"wrap":       wrap,
	"row":        row,
	"cell":       cell,
	"rule":       func(s string) string { return strings.Repeat("-", utf8.RuneCountInString(s)) },
	"sideBySide": sideBySide,
	"prepend":    func(s string, list []string) []string { return append([]string{s}, list...) },
	"signature":  signature,
}

// sideBySide sets two lists of lines side by side: left as it is in n
// columns, right centred in m, without trailing spaces. It lays out the
// closing of a document: "Nơi nhận" beside the signature.
func sideBySide(n, m int, left, right []string) string {
	var b strings.Builder
	for i := range max(len(left), len(right)) {
		var l, r string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.TrimRight(pad(n, l)+centre(m, r), " "))
	}
	return b.String()
}

// signature returns the lines of a signature block: the signing authority,
// the place to sign and stamp as the templates mark it, the name.
func signature(authority []string, name string) []string {
	if len(authority) == 0 && name == "" {
		return nil
	}
	return append(append(authority, "", "(ký tên, đóng dấu)", ""), name)
}

// row returns left centred in n columns followed by right centred in m,
// without trailing spaces: a line of a two-column header.
func row(n, m int, left, right string) string {
	return strings.TrimRight(centre(n, left)+centre(m, right), " ")
}

// cell makes s fit a Markdown table cell: pipes escaped, line breaks as <br>.
func cell(s string) string {
	s = strings.ReplaceAll(s, "|", "\\|")
	return strings.ReplaceAll(s, "\n", "<br>")
}

// center returns s centred in n columns without trailing spaces.
func center(n int, s string) string { return strings.TrimRight(centre(n, s), " ") }

// centre returns s centred in n columns, counting characters: Vietnamese
// text in Unicode NFC takes one column a letter.
func centre(n int, s string) string {
	w := utf8.RuneCountInString(s)
	if w >= n {
		return s
	}
	left := (n - w) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", n-w-left)
}

// pad returns s followed by spaces up to n columns.
func pad(n int, s string) string {
	if w := utf8.RuneCountInString(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

// wrap folds s at spaces into lines of at most n columns; every line but the
// first starts with prefix, which counts towards n. A word longer than a
// line stands alone.
func wrap(n int, prefix, s string) string {
	var b strings.Builder
	col := 0
	for i, word := range strings.Fields(s) {
		w := utf8.RuneCountInString(word)
		switch {
		case i == 0:
		case col+1+w > n:
			b.WriteString("\n")
			b.WriteString(prefix)
			col = utf8.RuneCountInString(prefix)
		default:
			b.WriteString(" ")
			col++
		}
		b.WriteString(word)
		col += w
	}
	return b.String()
}

// writeCSV writes the figures of every unit of the document's roll-up under
// the unit reported on, units kept apart included, one row per unit and
// numeric field: UTF-8 with a byte order mark, so that spreadsheet programs
// read the Vietnamese correctly.
func writeCSV(w io.Writer, d Document) error {
	n, err := d.node()
	if err != nil {
		return err
	}
	f := d.Rollup.Form()
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Write([]string{"period", "depth", "unit", "name", "level", "parent", "reports",
		"section", "field", "label", "type", "value", "number", "numerator", "denominator", "percent", "given"})
	var walk func(depth int, parent, n *Node)
	walk = func(depth int, parent, n *Node) {
		up := ""
		if parent != nil {
			up = string(parent.Unit)
		}
		for _, fi := range f.fields {
			if fi.num < 0 {
				continue
			}
			rec := []string{d.Rollup.Period().String(), strconv.Itoa(depth), string(n.Unit), n.Name, n.Level.String(), up,
				strconv.Itoa(n.Total.Reports()), f.spec.Sections[fi.section].Number, fi.Code, fi.Label, fi.Type.String(),
				"", "", "", "", "", strconv.Itoa(n.Total.Given(fi.Code))}
			if v, ok := n.Total.Value(fi.Code); ok {
				rec[11] = v.Format()
				switch fi.Type {
				case TypeCount:
					rec[12] = strconv.FormatInt(v.Count(), 10)
				case TypeAmount:
					rec[12] = v.Amount().StringFixed(int32(fi.Decimals))
				case TypeRatio:
					num, den := v.Ratio()
					rec[13], rec[14] = strconv.FormatInt(num, 10), strconv.FormatInt(den, 10)
					if p, ok := v.Percent(); ok {
						rec[15] = p.StringFixed(2)
					}
				}
			}
			cw.Write(rec)
		}
		for _, c := range n.Children {
			walk(depth+1, n, c)
		}
	}
	walk(0, nil, n)
	if d.Unit == "" {
		for _, o := range d.Rollup.Orphans() {
			walk(0, nil, o)
		}
	}
	cw.Flush()
	return cw.Error()
}
