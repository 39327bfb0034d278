package main

import (
	"fmt"
	"io"
	"slices"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/plan"
	"github.com/openpar/cchc/task"
)

func planNames() []string { return examples.Names() }

func showPlan(w io.Writer, only string) error {
	name := "thai-nguyen-2017"
	if only != "" {
		name = only
	}
	p, err := examples.Load(name)
	if err != nil {
		return err
	}
	doc := p.Document()
	fmt.Fprintf(w, "%s (%s, %s): %d tasks in %d sections.\n", p.Name(), doc.Issuer, p.Period(), len(p.Tasks()), len(p.Sections()))
	for _, s := range p.Sections() {
		fmt.Fprintf(w, "  %-4s %-15s %2d tasks  %s\n", s.Number, s.Area, len(s.Tasks), s.Title)
	}

	m := p.Matrix()
	fmt.Fprintln(w, "\nWho the annex names as lead most often (groups such as \"Các sở, ban, ngành\" aside):")
	type count struct {
		name string
		n    int
	}
	var named []count
	for _, a := range m.Agencies() {
		n := 0
		for _, c := range m.Cells(a) {
			if c.Role == task.Lead && c.Via == task.ByName {
				n++
			}
		}
		if n > 0 {
			named = append(named, count{p.Registry().Name(a), n})
		}
	}
	slices.SortStableFunc(named, func(a, b count) int { return b.n - a.n })
	for _, c := range named[:min(6, len(named))] {
		fmt.Fprintf(w, "  %-40s %2d tasks\n", c.name, c.n)
	}

	id, from, to := p.Registry().Lookup, calendar.NewDate(2017, 8, 1), calendar.NewDate(2017, 12, 31)
	tuPhap, ok := id("Sở Tư pháp")
	if !ok || name != "thai-nguyen-2017" {
		return nil
	}
	fmt.Fprintf(w, "\nWhat the Sở Tư pháp owes from %s to %s:\n", from.Format(), to.Format())
	weekly := 0
	for _, o := range p.Obligations(tuPhap, from, to) {
		switch {
		case o.Kind == plan.ObligationReport && o.Source == "weekly":
			weekly++ // summed below: one a week
		case o.Ongoing():
			fmt.Fprintf(w, "  %-16s %-8s %-5s %s\n", o.Text, o.Role, o.Source, clip(o.Title, 60))
		case !o.DueTime.IsZero():
			fmt.Fprintf(w, "  %-16s %-8s %-5s %s\n", o.DueTime.Format("02/01/2006 15h"), "report", o.Source, o.Text)
		default:
			fmt.Fprintf(w, "  %-16s %-8s %-5s %s\n", o.Due.Format(), roleWord(o), o.Source, clip(o.Title, 60))
		}
	}
	fmt.Fprintf(w, "  and %d weekly reports, each by 10:00 on Friday.\n", weekly)
	return nil
}

func roleWord(o plan.Obligation) string {
	if o.Kind == plan.ObligationTask {
		return o.Role.String()
	}
	return o.Kind.String()
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func showValidation(w io.Writer, only string) error {
	for _, name := range examples.Names() {
		if only != "" && name != only {
			continue
		}
		p, err := examples.Load(name)
		if err != nil {
			return err
		}
		count := map[plan.Severity]int{}
		byCode := map[plan.Code]int{}
		var first []plan.Problem
		for _, pr := range p.Validate() {
			count[pr.Severity]++
			if byCode[pr.Code]++; byCode[pr.Code] == 1 {
				first = append(first, pr)
			}
		}
		fmt.Fprintf(w, "%s: %d errors, %d warnings\n", name, count[plan.Error], count[plan.Warning])
		for _, pr := range first {
			more := ""
			if n := byCode[pr.Code]; n > 1 {
				more = fmt.Sprintf(" (and %d more)", n-1)
			}
			fmt.Fprintf(w, "  %s%s\n", clip(pr.String(), 150), more)
		}
	}
	return nil
}
