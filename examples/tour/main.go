// Command tour walks through the cchc library on the five real plans of the
// examples package: the working calendar, agencies, the Thái Nguyên 2017
// responsibility matrix and one department's obligations, and what
// validation finds in each plan, indicators evaluated against targets, and a
// month of reports rolled up into the province's report.
//
//	go run ./examples/tour                         # everything
//	go run ./examples/tour -plan binh-phuoc-2018   # one plan's sections
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

func main() {
	only := flag.String("plan", "", "show only this example plan (one of: "+strings.Join(planNames(), ", ")+")")
	flag.Parse()
	if *only != "" && !slices.Contains(planNames(), *only) {
		fmt.Fprintf(os.Stderr, "tour: no example plan %q; choose one of %s\n", *only, strings.Join(planNames(), ", "))
		os.Exit(2)
	}
	if err := run(os.Stdout, *only); err != nil {
		fmt.Fprintln(os.Stderr, "tour:", err)
		os.Exit(1)
	}
}

// run prints the tour; with a plan name it prints only that plan's part.
func run(w io.Writer, only string) error {
	planTitle, validationTitle := "A plan: thai-nguyen-2017", "Validation of the five plans"
	if only != "" {
		planTitle, validationTitle = "A plan: "+only, "Validation of "+only
	}
	steps := []struct {
		title   string
		show    func(io.Writer, string) error
		perPlan bool // shown when the tour is focused on one plan
	}{
		{"The working calendar", showCalendar, false},
		{"Agencies", showAgencies, false},
		{planTitle, showPlan, true},
		{validationTitle, showValidation, true},
		{"Indicators and the PAR INDEX", showIndicators, false},
		{"A month of reports, rolled up", showReports, false},
	}
	for i, s := range steps {
		if only != "" && !s.perPlan {
			continue
		}
		fmt.Fprintf(w, "\n%d. %s\n%s\n", i+1, s.title, strings.Repeat("=", len([]rune(s.title))+3))
		if err := s.show(w, only); err != nil {
			return err
		}
	}
	return nil
}
