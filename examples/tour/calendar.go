package main

import (
	"fmt"
	"io"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
)

func showCalendar(w io.Writer, _ string) error {
	vn := calendar.Vietnam()
	fmt.Fprintln(w, "Tết Nguyên đán, computed for Vietnam's time zone (UTC+7):")
	for y := 2024; y <= 2030; y++ {
		tet, err := calendar.Tet(y)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  %d  %s  %-9s  năm %s\n", y, tet.Format(), tet.Weekday(), calendar.YearName(y))
	}

	fmt.Fprintln(w, "\nDays off for state agencies in 2025, and the Saturday worked in exchange (make-up):")
	days, err := vn.Holidays(2025)
	if err != nil {
		return err
	}
	for _, h := range days {
		fmt.Fprintf(w, "  %s  %-9s  %-22s %s\n", h.Date.Format(), h.Date.Weekday(), h.Kind, h.Name)
	}

	p, err := examples.ThaiNguyen2017()
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\nEvery deadline phrase of the Thái Nguyên 2017 annex, and its due day:")
	seen := map[string]bool{}
	for _, t := range p.Tasks() {
		dl := t.Deadline()
		if seen[dl.Text()] {
			continue
		}
		seen[dl.Text()] = true
		due := "no single day"
		if d, ok := dl.Due(vn); ok {
			due = fmt.Sprintf("%s (%s)", d.Format(), d.Weekday())
		}
		fmt.Fprintf(w, "  %-16s %-15s %s\n", dl.Text(), dl.Kind(), due)
	}
	return nil
}
