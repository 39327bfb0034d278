package main

import (
	"bytes"
	"flag"

	"github.com/openpar/cchc/plan"
)

var convertCmd = &command{
	name:    "convert",
	args:    "FILE [-to json|csv] [-plan BASE.json] [-o OUTPUT]",
	summary: "convert between a plan file and a CSV task table",
	help: `Convert turns a plan file into its task table, as the annexes of plans lay
it out, for a spreadsheet, and a task table back into a plan file. FILE is
read as a plan file when it holds a JSON object and as a table otherwise;
-to defaults to the other format.

The table is CSV in UTF-8 with a byte order mark, so that Excel shows
Vietnamese correctly, with the columns section, number, content, lead,
partners and deadline, headed in Vietnamese:

	Mục,STT,Nội dung công việc,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành
	1,,Cải cách thể chế,,,
	1,1.1,Rà soát văn bản QPPL,Sở Tư pháp,Các sở ban ngành,Quý III/2017

A row without a task number, lead, partners or deadline is a section heading:
its content is the section's title. Headings in English (section, number,
content, lead, partners, deadline) are read too, columns may come in any
order, and a table saved with semicolons or tabs instead of commas (as Excel
does where the decimal separator is a comma) is read as well. Cells are kept
exactly as written, as in plan files.

A table holds only the task table. With -plan, the rest comes from BASE.json:
the document, objectives, duties, reporting, and for each section and task
of the table that BASE.json also has (by number), what the table has no
column for: the section's area and prose, the task's targets, output, note
and comment. So editing the table of a plan in a spreadsheet and converting
it back with -plan set to the plan loses nothing. Without -plan, a section's
area is taken from its title when the title names a reform area.
`,
	run: runConvert,
}

func runConvert(c *cli, fs *flag.FlagSet, args []string) error {
	to := fs.String("to", "", "output format, json or csv (default: the other one)")
	baseName := fs.String("plan", "", "plan file the rest of the plan comes from, for a table")
	out := fs.String("o", "", "write to this file instead of standard output")
	args, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if *to != "" && *to != "json" && *to != "csv" {
		return usagef("-to: unknown format %q (want json or csv)", *to)
	}
	name, err := oneArg(args, "FILE")
	if err != nil {
		return err
	}
	data, name, err := c.readFile(name)
	if err != nil {
		return err
	}
	from := "csv"
	if isJSON(data) {
		from = "json"
	}
	if *to == "" {
		*to = map[string]string{"json": "csv", "csv": "json"}[from]
	}
	if from == "json" && *baseName != "" {
		return usagef("-plan goes with a table; %s is a plan file", name)
	}

	var p *plan.Plan
	if from == "json" {
		p, err = plan.Parse(data, plan.WithFileName(name))
	} else {
		p, err = c.planFromTable(data, name, *baseName)
	}
	if err != nil {
		return err
	}
	w, done, err := c.createOutput(*out)
	if err != nil {
		return err
	}
	if *to == "csv" {
		return done(writeTable(w, p))
	}
	return done(p.Encode(w))
}

// isJSON reports whether data holds a JSON object rather than a table.
func isJSON(data []byte) bool {
	data = bytes.TrimSpace(bytes.TrimPrefix(data, []byte(bom)))
	return len(data) > 0 && data[0] == '{'
}
