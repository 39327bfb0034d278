package main

import (
	"flag"
	"fmt"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/openpar/cchc/calendar"
)

var calendarCmd = &command{
	name:    "calendar",
	args:    "[-year YEAR]",
	summary: "list a year's holidays, swapped days and Tết",
	help: `Calendar prints the working calendar of Vietnam's state agencies for a year:
Tết Nguyên đán (computed for UTC+7), the public holidays of the Labour Code,
compensatory days off for holidays on a weekend, the days the Government
swaps (a day off bridged by a Saturday worked), and how many working days the
year has. Years with no announcement on record follow the statutory rules.

Columns: DATE, DAY, LUNAR (day/month of the lunar calendar), KIND (statutory,
compensatory, swapped: a day off; make-up: a Saturday worked), NAME.
`,
	run: runCalendar,
}

func runCalendar(c *cli, fs *flag.FlagSet, args []string) error {
	year := fs.Int("year", 0, "the year (default: this year in Vietnam)")
	args, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(args) > 0 {
		return shapef("unexpected argument %q (the year is given with -year)", args[0])
	}
	if !isSet(fs, "year") {
		*year = calendar.DateOf(time.Now()).Year()
	}
	vn := calendar.Vietnam()
	days, err := vn.Holidays(*year)
	if err != nil {
		return usagef("-year %d: the calendar covers %d to %d", *year, calendar.FirstHolidayYear, calendar.LastHolidayYear)
	}
	tet, err := calendar.Tet(*year)
	if err != nil {
		return usagef("-year %d: %v", *year, err)
	}
	first, last := calendar.NewDate(*year, time.January, 1), calendar.NewDate(*year, time.December, 31)
	rules := "as announced by the Government"
	if !vn.Announced(*year) {
		rules = "by the statutory rules; no announcement on record"
	}
	w := c.stdout
	fmt.Fprintf(w, "Year %d, lunar year %s\n", *year, calendar.YearName(*year))
	fmt.Fprintf(w, "Tết Nguyên đán: %s %s\n", weekday(tet), tet.Format())
	fmt.Fprintf(w, "Working days:   %d\n", vn.Workdays(first, last))
	fmt.Fprintf(w, "Days off:       %s\n\n", rules)

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tDAY\tLUNAR\tKIND\tNAME")
	var sources []string
	for _, h := range days {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", h.Date.Format(), weekday(h.Date), lunarDay(h.Date), h.Kind, h.Name)
		if h.Source != "" && !slices.Contains(sources, h.Source) {
			sources = append(sources, h.Source)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(sources) > 0 {
		fmt.Fprintf(w, "\nSources:\n")
		for _, s := range sources {
			fmt.Fprintf(w, "  %s\n", s)
		}
	}
	return nil
}

// weekday returns the short English name of d's day: "Mon".
func weekday(d calendar.Date) string { return d.Weekday().String()[:3] }

// lunarDay returns the lunar day and month of d: "29/12", "1/6 nhuận".
func lunarDay(d calendar.Date) string {
	l, err := calendar.ToLunar(d)
	if err != nil {
		return ""
	}
	s := fmt.Sprintf("%d/%d", l.Day, l.Month)
	if l.Leap {
		s += " nhuận"
	}
	return s
}
