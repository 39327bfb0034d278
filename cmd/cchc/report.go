package main

import (
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/report"
)

var reportCmd = &command{
	name:    "report",
	args:    "PLAN DIR [-form CODE] [-period PERIOD] [-format text|markdown|html|csv] [-date DATE] [-unit NAME] [-forms FILE]",
	summary: "render a report from a plan and a folder of submission files",
	help: `Report reads the submission files in DIR (every *.json file, in the
"cchc-submission" format of the report package), adds their figures up the
plan's reporting tree (communes to districts to the province) and writes the
rolled-up report in the layout of
an administrative document (Nghị định 30/2020/NĐ-CP): issuer, number, date,
the figures section by section, Nơi nhận and signature, then an annex with the
figures of each unit.

Each submission is checked against its form and the plan's agencies; a file
that cannot be read or does not fit (a unit the plan does not know, a time
received before its period began) is named on standard error and left out, and the
exit status is then 1. A value left out of a submission (a numerator above
its denominator, a field the form does not have) is named too, with its line
and column, and the rest of the submission counts. Where a unit sent several
revisions of one report, the latest counts.

-form chooses the form when the folder holds reports on several; -period
adds up only the periods within it ("Tháng 8/2017", "Quý III/2017").
Without -period the folder must hold reports on one period, which the
report covers: figures of different periods are never added up unasked.
The report is dated -date, today by default. With -unit, the report covers
that unit and the units under it. Forms read with -forms are checked against
the plan: a measure naming an objective or target the plan does not have is
named on standard error, and the exit status is then 1.

	cchc report thai-nguyen-2017.json reports/ -period "Tháng 8/2017" -format html > bao-cao.html
`,
	run: runReport,
}

func runReport(c *cli, fs *flag.FlagSet, args []string) error {
	formCode := fs.String("form", "", "code of the form to add up (default: the only form of the submissions)")
	periodText := fs.String("period", "", `add up only the periods within this one: "Tháng 8/2017", "Quý III/2017" (default: the only period of the submissions)`)
	formatName := fs.String("format", "text", "output format: text, markdown (md), html or csv")
	dateText := fs.String("date", "", "date of the report: 2017-08-25 or 25/8/2017 (default: today)")
	unitName := fs.String("unit", "", "report on this unit and the units under it (default: all)")
	formsFile := fs.String("forms", "", "file of forms to read submissions with, besides the built-in ones")
	args, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(args) != 2 {
		return shapef("want PLAN and DIR, have %d arguments", len(args))
	}
	planName, dir := args[0], args[1]
	if *formatName == "md" {
		*formatName = "markdown"
	}
	format, err := report.ParseFormat(*formatName)
	if err != nil || format == report.FormatUnspecified {
		return usagef("-format: unknown format %q (want text, markdown, html or csv)", *formatName)
	}
	refused := false
	var span calendar.Period
	if *periodText != "" {
		if span, err = calendar.ParsePeriod(*periodText); err != nil {
			return usagef("-period: cannot read period %q (write \"Tháng 8/2017\", \"Quý III/2017\", \"Năm 2017\")", *periodText)
		}
	}
	date := calendar.DateOf(time.Now())
	if *dateText != "" {
		if date, err = parseDate("date", *dateText); err != nil {
			return err
		}
	}

	p, err := c.openPlan(planName)
	if err != nil {
		return err
	}
	forms := report.BuiltinForms()
	if *formsFile != "" {
		data, name, err := c.readFile(*formsFile)
		if err != nil {
			return err
		}
		more, err := report.ReadForms(bytes.NewReader(data))
		if err != nil {
			return errors.New(describeReport(name, err))
		}
		forms = append(forms, more...)
		// A portal's own forms are made for its plan: their measures
		// must name the plan's objectives. The forms of one file (one a
		// kind of report) share their measures: the first speaks for all.
		if len(more) > 0 {
			problems := unjoin(more[0].CheckPlan(p))
			for _, e := range problems {
				c.errorf("%s", describeReport(name, e))
			}
			refused = len(problems) > 0
		}
	}
	collector, err := report.NewCollector(p.Registry(), forms...)
	if err != nil {
		return errors.New(describeReport(*formsFile, err))
	}
	refusedFiles, err := c.collect(collector, dir)
	if err != nil {
		return err
	}
	refused = refused || refusedFiles

	form, err := chooseForm(collector, *formCode, dir)
	if err != nil {
		return err
	}
	if span.IsZero() {
		if span, err = choosePeriod(collector, form, dir); err != nil {
			return err
		}
	}
	// The reporting tree stands as it did when the reports were due: the
	// districts of a 2017 plan are gone since 2025.
	day := span.End()
	tree, err := report.PlanHierarchy(p, day)
	if err != nil {
		return err
	}
	acc := report.NewAccumulator(form, tree, span)
	for _, s := range collector.Submissions() {
		k := s.Key()
		if k.Form != form.Code() || !within(k.Period, span) {
			continue
		}
		if err := acc.Add(s); err != nil {
			c.errorf("%s: %s", k, strings.TrimPrefix(err.Error(), "report: "))
			refused = true
		}
	}
	doc := report.PlanDocument(p, acc.Rollup(), date)
	if *unitName != "" {
		if doc.Unit, err = resolveAgency(p, *unitName); err != nil {
			return err
		}
	}
	if err := report.NewRenderer().Render(c.stdout, format, doc); err != nil {
		return errors.New(strings.TrimPrefix(err.Error(), "report: "))
	}
	if refused {
		return errReported
	}
	return nil
}

// collect reads every submission file of dir into the collector. A file
// that cannot be read or recorded is reported and left out; collect says
// whether any was. A value left out of a submission is reported too.
func (c *cli) collect(collector *report.Collector, dir string) (refused bool, err error) {
	if info, err := os.Stat(dir); err != nil {
		return false, err
	} else if !info.IsDir() {
		return false, fmt.Errorf("%s: not a folder", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false, err
	}
	for _, e := range entries {
		if e.IsDir() || !strings.EqualFold(filepath.Ext(e.Name()), ".json") {
			continue
		}
		if err := c.collectFile(collector, filepath.Join(dir, e.Name())); err != nil {
			c.errorf("%s", err)
			refused = true
		}
	}
	switch {
	case collector.Len() > 0:
	case refused:
		return refused, fmt.Errorf("%s: no submission file could be read", dir)
	default:
		return refused, fmt.Errorf("%s: no submission files (*.json) to report on", dir)
	}
	return refused, nil
}

// collectFile reads one submission file into the collector.
func (c *cli) collectFile(collector *report.Collector, name string) error {
	data, name, err := c.readFile(name)
	if err != nil {
		return errors.New(describe(err))
	}
	s, err := collector.Read(bytes.NewReader(data))
	if err != nil {
		return errors.New(describeReport(name, err))
	}
	if _, err := collector.Add(s); err != nil {
		return errors.New(describeReport(name, err))
	}
	for _, pr := range s.Problems() {
		c.errorf("%s:%d:%d: value left out: %s", name, pr.Line, pr.Col, strings.TrimPrefix(pr.Error(), "report: "))
	}
	return nil
}

// chooseForm returns the form named code, or the only form the collected
// submissions are on.
func chooseForm(collector *report.Collector, code, dir string) (*report.Form, error) {
	if code != "" {
		f, ok := collector.Form(code)
		if !ok {
			return nil, usagef("-form: unknown form %q", code)
		}
		return f, nil
	}
	var codes []string
	for _, s := range collector.Submissions() {
		if k := s.Key(); !slices.Contains(codes, k.Form) {
			codes = append(codes, k.Form)
		}
	}
	if len(codes) > 1 {
		return nil, usagef("%s holds reports on %d forms (%s): choose one with -form", dir, len(codes), strings.Join(codes, ", "))
	}
	f, _ := collector.Form(codes[0])
	return f, nil
}

// choosePeriod returns the only period the collected submissions on form
// cover. Figures of several periods are not added up unless -period says
// so: a stray report on another month would silently swell the totals, and
// the report's title could name no period.
func choosePeriod(collector *report.Collector, form *report.Form, dir string) (calendar.Period, error) {
	var periods []calendar.Period
	for _, s := range collector.Submissions() {
		if k := s.Key(); k.Form == form.Code() && !slices.Contains(periods, k.Period) {
			periods = append(periods, k.Period)
		}
	}
	switch len(periods) {
	case 0:
		return calendar.Period{}, usagef("%s holds no report on form %s: give its period with -period", dir, form.Code())
	case 1:
		return periods[0], nil
	}
	slices.SortFunc(periods, func(a, b calendar.Period) int {
		return cmp.Or(a.Start().Compare(b.Start()), a.End().Compare(b.End()))
	})
	names := make([]string, len(periods))
	for i, per := range periods {
		names[i] = per.String()
	}
	if len(names) > 4 {
		names = []string{names[0], names[1], "...", names[len(names)-1]}
	}
	return calendar.Period{}, usagef("%s holds reports on %d periods (%s): choose with -period", dir, len(periods), strings.Join(names, ", "))
}

// unjoin returns the errors errors.Join joined, or err alone.
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// within reports whether period p lies within span; every period lies
// within the zero span.
func within(p, span calendar.Period) bool {
	return span.IsZero() || (!p.Start().Before(span.Start()) && !p.End().After(span.End()))
}

// describeReport gives an error of the report package the name of the file
// it is about.
func describeReport(name string, err error) string {
	var de *report.DecodeError
	if errors.As(err, &de) && de.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", name, de.Line, de.Col, de.Msg)
	}
	if errors.As(err, &de) {
		return fmt.Sprintf("%s: %s", name, de.Msg)
	}
	return name + ": " + strings.TrimPrefix(err.Error(), "report: ")
}
