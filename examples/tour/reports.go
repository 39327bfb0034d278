package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/report"
)

// showReports makes up a month of plausible monthly reports from Thái
// Nguyên's departments and districts, lists who was late, and prints the
// province's report for August 2017 in the official layout.
func showReports(w io.Writer, _ string) error {
	p, err := examples.ThaiNguyen2017()
	if err != nil {
		return err
	}
	form, err := report.BuiltinForm("thai-nguyen-2017-monthly")
	if err != nil {
		return err
	}
	august := calendar.MonthPeriod(2017, time.August)
	subs, err := report.Simulate(p, form, august, 1)
	if err != nil {
		return err
	}
	c := report.CheckCompliance(p, august.End(), slices.Values(subs))
	var late []report.Entry
	var due time.Time
	for _, e := range c.Entries() {
		if e.Period != august || e.Report != calendar.Monthly {
			continue
		}
		due = e.Due
		if e.Status != report.StatusOnTime {
			late = append(late, e)
		}
	}
	fmt.Fprintf(w, "%d monthly reports made up for %s; due by %s. Not on time:\n", len(subs), august, due.Format("15:04 on Monday 02/01/2006"))
	for _, e := range late {
		days := "working days"
		if e.LateDays == 1 {
			days = "working day"
		}
		fmt.Fprintf(w, "  %-32s %-9s %d %s after the due time\n", p.Registry().Name(e.Unit), e.Status.Vietnamese(), e.LateDays, days)
	}

	h, err := report.PlanHierarchy(p, august.End())
	if err != nil {
		return err
	}
	acc := report.NewAccumulator(form, h, august)
	acc.AddAll(slices.Values(report.Latest(slices.Values(subs))))
	doc := report.PlanDocument(p, acc.Rollup(), calendar.NewDate(2017, time.September, 5))
	fmt.Fprintln(w, "\nThe province's report, added up from communes and districts to the province (text form, abridged):")
	var page strings.Builder
	if err := report.NewRenderer().Render(&page, report.FormatText, doc); err != nil {
		return err
	}
	firstLines(w, page.String(), 32)
	return nil
}

// firstLines prints the first n lines of text, indented, and says how many
// more there are.
func firstLines(w io.Writer, text string, n int) {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for _, l := range lines[:min(n, len(lines))] {
		fmt.Fprintln(w, "  "+l)
	}
	if len(lines) > n {
		fmt.Fprintf(w, "  ... (%d more lines: cchc report prints the whole document)\n", len(lines)-n)
	}
}
