package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/openpar/cchc/internal/spreadsheet"
	"github.com/openpar/cchc/internal/vntext"
	"github.com/openpar/cchc/plan"
)

// The task table: a plan's annex as CSV, one row per task, a row per section
// heading.

// bom starts a table, so that spreadsheets read it as UTF-8.
const bom = "\uFEFF"

// column is one column of the task table.
type column int

const (
	colSection column = iota
	colNumber
	colContent
	colLead
	colPartners
	colDeadline
	numColumns
)

// columnNames holds, for each column, the heading written (first) and every
// heading read, English and Vietnamese, compared after vntext.Key folding.
var columnNames = [numColumns][]string{
	colSection:  {"Mục", "section", "phần"},
	colNumber:   {"STT", "number", "số thứ tự", "TT", "số"},
	colContent:  {"Nội dung công việc", "content", "title", "nội dung", "nhiệm vụ", "nội dung nhiệm vụ"},
	colLead:     {"Cơ quan chủ trì", "lead", "chủ trì", "đơn vị chủ trì", "cơ quan, đơn vị chủ trì"},
	colPartners: {"Cơ quan phối hợp", "partners", "phối hợp", "đơn vị phối hợp", "cơ quan, đơn vị phối hợp"},
	colDeadline: {"Thời gian hoàn thành", "deadline", "thời hạn", "thời hạn hoàn thành", "thời gian"},
}

// englishColumns lists the columns by their English names, for messages.
func englishColumns() string {
	names := make([]string, numColumns)
	for i, n := range columnNames {
		names[i] = n[1]
	}
	return strings.Join(names, ", ")
}

// row is one row of the task table.
type row struct {
	cells [numColumns]string
}

// heading reports whether r is a section heading: no task number, lead,
// partners or deadline.
func (r row) heading() bool {
	for _, c := range []column{colNumber, colLead, colPartners, colDeadline} {
		if strings.TrimSpace(r.cells[c]) != "" {
			return false
		}
	}
	return true
}

// writeTable writes p's task table as CSV.
func writeTable(w io.Writer, p *plan.Plan) error {
	var rows []row
	// A plan may repeat a section number, so tasks are taken in document
	// order, as many as each section holds.
	tasks := p.Tasks()
	for _, s := range p.Sections() {
		if s.Number != "" || s.Title != "" {
			rows = append(rows, row{cells: [numColumns]string{colSection: s.Number, colContent: s.Title}})
		}
		for _, t := range tasks[:len(s.Tasks)] {
			rows = append(rows, row{cells: [numColumns]string{s.Number, t.Number(), t.Title(), t.LeadText(), t.PartnersText(), t.Deadline().Text()}})
		}
		tasks = tasks[len(s.Tasks):]
	}
	return writeRows(w, rows)
}

// writeRows writes a task table: the byte order mark, the header, the rows.
func writeRows(w io.Writer, rows []row) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(bom)
	cw := csv.NewWriter(bw)
	var header [numColumns]string
	for i, names := range columnNames {
		header[i] = names[0]
	}
	cw.Write(header[:])
	for _, r := range rows {
		for i := range r.cells {
			r.cells[i] = spreadsheet.Text(r.cells[i])
		}
		cw.Write(r.cells[:])
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// readTable reads a task table. The header names the columns; number and
// content are required, the others may be left out.
func readTable(data []byte, name string) ([]row, error) {
	data = bytes.TrimPrefix(data, []byte(bom))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = separator(data)
	cr.FieldsPerRecord = -1 // spreadsheets drop empty trailing cells
	header, err := cr.Read()
	if err != nil {
		return nil, tableError(name, err)
	}
	cols := make([]column, len(header))
	seen := map[column]bool{}
	for i, h := range header {
		cols[i] = -1
		if strings.TrimSpace(h) == "" {
			continue // an unnamed column must stay empty; checked per row
		}
		c, ok := columnOf(h)
		switch {
		case !ok:
			return nil, fmt.Errorf("%s:1:%d: unknown column %q (the columns are %s)", name, i+1, h, englishColumns())
		case seen[c]:
			return nil, fmt.Errorf("%s:1:%d: column %q given twice", name, i+1, h)
		}
		cols[i], seen[c] = c, true
	}
	for _, c := range []column{colNumber, colContent} {
		if !seen[c] {
			return nil, fmt.Errorf("%s:1: no %s column (the columns are %s)", name, columnNames[c][1], englishColumns())
		}
	}
	var rows []row
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, tableError(name, err)
		}
		line, _ := cr.FieldPos(0)
		var r row
		blank := true
		for i, cell := range rec {
			if strings.TrimSpace(cell) == "" {
				continue
			}
			if i >= len(cols) || cols[i] < 0 {
				// Never drop what a user wrote.
				return nil, fmt.Errorf("%s:%d:%d: cell %q is in no named column", name, line, i+1, cell)
			}
			r.cells[cols[i]], blank = spreadsheet.Untext(cell), false
		}
		if !blank {
			rows = append(rows, r)
		}
	}
}

// separator returns the separator of a table: the comma, or the semicolon or
// tab that the header line holds more of. Excel saves CSV with semicolons
// where the decimal separator is a comma, as in Vietnam.
func separator(data []byte) rune {
	header, _, _ := bytes.Cut(data, []byte("\n"))
	best, most := ',', bytes.Count(header, []byte(","))
	for _, r := range []rune{';', '\t'} {
		if n := bytes.Count(header, []byte(string(r))); n > most {
			best, most = r, n
		}
	}
	return best
}

// columnOf finds the column a heading names.
func columnOf(heading string) (column, bool) {
	key := vntext.Key(heading)
	for c, names := range columnNames {
		for _, n := range names {
			if vntext.Key(n) == key {
				return column(c), true
			}
		}
	}
	return 0, false
}

// tableError gives a CSV error its place.
func tableError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d:%d: %v", name, pe.Line, pe.Column, pe.Err)
	}
	if errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: empty table", name)
	}
	return fmt.Errorf("%s: %w", name, err)
}

// planFromTable builds a plan from a task table, with the rest of the plan
// from the plan file baseName when it is not "".
func (c *cli) planFromTable(data []byte, name, baseName string) (*plan.Plan, error) {
	rows, err := readTable(data, name)
	if err != nil {
		return nil, err
	}
	b := plan.NewBuilder(plan.Document{})
	started, current := false, ""
	for _, r := range rows {
		section := r.cells[colSection]
		switch {
		case r.heading():
			title := r.cells[colContent]
			b.Section(section, title, areaOf(title))
		case !started || section != current:
			b.Section(section, "", plan.AreaUnspecified)
		}
		started, current = true, section
		if !r.heading() {
			b.Task(plan.TaskText{
				Number:   r.cells[colNumber],
				Title:    r.cells[colContent],
				Lead:     r.cells[colLead],
				Partners: r.cells[colPartners],
				Deadline: r.cells[colDeadline],
			})
		}
	}
	if baseName == "" {
		return b.Build(), nil
	}
	baseData, baseName, err := c.readFile(baseName)
	if err != nil {
		return nil, err
	}
	if _, err := plan.Parse(baseData, plan.WithFileName(baseName)); err != nil {
		return nil, err
	}
	merged, err := mergeTable(baseData, b.Build())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return plan.Parse(merged, plan.WithFileName(name))
}

// areaOf returns the area a section title names in full ("Cải cách thủ tục
// hành chính (TTHC)"), or AreaUnspecified.
func areaOf(title string) plan.Area {
	key := vntext.Key(title)
	for a := plan.AreaInstitutions; a < plan.AreaOther; a++ {
		if strings.Contains(key, vntext.Key(a.Vietnamese())) {
			return a
		}
	}
	return plan.AreaUnspecified
}

// The fields of a plan file's sections and tasks that the table holds;
// mergeTable takes every other field from the base plan.
var (
	tableSectionFields = map[string]bool{"number": true, "title": true, "tasks": true}
	tableTaskFields    = map[string]bool{"number": true, "title": true, "lead": true, "partners": true, "deadline": true}
)

// object is a JSON object of a plan file, field by field. Working on the
// file's own fields keeps every text of the base plan exactly as written,
// including those the library could not read.
type object map[string]json.RawMessage

// mergeTable returns the plan file base with its sections and tasks replaced
// by those of table, each completed with the fields the table has no column
// for from the base's section or task of the same number.
func mergeTable(base []byte, table *plan.Plan) ([]byte, error) {
	var top object
	if err := json.Unmarshal(base, &top); err != nil {
		return nil, err
	}
	var baseSections, sections []object
	if err := unmarshalField(top, "sections", &baseSections); err != nil {
		return nil, err
	}
	built, err := table.MarshalJSON()
	if err != nil {
		return nil, err
	}
	var builtTop object
	if err := json.Unmarshal(built, &builtTop); err != nil {
		return nil, err
	}
	if err := unmarshalField(builtTop, "sections", &sections); err != nil {
		return nil, err
	}

	// Base tasks by number, in document order: a plan may repeat a number.
	baseTasks := map[string][]object{}
	for _, s := range baseSections {
		var tasks []object
		if err := unmarshalField(s, "tasks", &tasks); err != nil {
			return nil, err
		}
		for _, t := range tasks {
			n := stringField(t, "number")
			baseTasks[n] = append(baseTasks[n], t)
		}
	}
	used := make([]bool, len(baseSections))
	for _, s := range sections {
		if i := matchSection(baseSections, used, s); i >= 0 {
			used[i] = true
			copyFields(s, baseSections[i], tableSectionFields)
		}
		var tasks []object
		if err := unmarshalField(s, "tasks", &tasks); err != nil {
			return nil, err
		}
		for _, t := range tasks {
			n := stringField(t, "number")
			if same := baseTasks[n]; len(same) > 0 {
				copyFields(t, same[0], tableTaskFields)
				baseTasks[n] = same[1:]
			}
		}
		if len(tasks) > 0 {
			if s["tasks"], err = json.Marshal(tasks); err != nil {
				return nil, err
			}
		}
	}
	if top["sections"], err = json.Marshal(sections); err != nil {
		return nil, err
	}
	return json.Marshal(top)
}

// matchSection finds the unused base section with s's number and title, else
// the only unused one with s's number; -1 if none.
func matchSection(base []object, used []bool, s object) int {
	number, title := stringField(s, "number"), stringField(s, "title")
	byNumber, count := -1, 0
	for i, b := range base {
		if used[i] || stringField(b, "number") != number {
			continue
		}
		if stringField(b, "title") == title {
			return i
		}
		byNumber, count = i, count+1
	}
	if count == 1 {
		return byNumber
	}
	return -1
}

// copyFields copies into dst every field of src that skip does not name.
func copyFields(dst, src object, skip map[string]bool) {
	for k, v := range src {
		if !skip[k] {
			dst[k] = v
		}
	}
}

func unmarshalField(o object, field string, v any) error {
	if raw, ok := o[field]; ok {
		return json.Unmarshal(raw, v)
	}
	return nil
}

func stringField(o object, field string) string {
	var s string
	unmarshalField(o, field, &s)
	return s
}
