package main

import (
	"fmt"
	"io"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
)

func showAgencies(w io.Writer, _ string) error {
	reg := agency.Default()
	fmt.Fprintln(w, "The plans spell agencies many ways; the registry reads them all:")
	for _, name := range []string{"Sở Nội Vụ", "SNV", "Sở Nội vụ tỉnh", "TT tâm thông tin tỉnh", "VP UBND", "Sở KH&ĐT"} {
		id, err := reg.Resolve(name)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  %-24q -> %-22s %s\n", name, id, reg.Name(id))
	}

	tn, err := agency.ForProvince("Thái Nguyên")
	if err != nil {
		return err
	}
	on := calendar.NewDate(2017, 7, 19)
	exp, err := tn.ExpandText("UBND cấp huyện", on)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n\"UBND cấp huyện\" in Thái Nguyên on %s:\n", on.Format())
	for _, id := range exp.IDs {
		fmt.Fprintf(w, "  %s\n", tn.Name(id))
	}

	day := calendar.NewDate(2025, 8, 1)
	old, err := reg.Resolve("Sở Thông tin và Truyền thông")
	if err != nil {
		return err
	}
	now, err := reg.Successor(old, day)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nOn %s the duties of the %s are held by the %s.\n", day.Format(), reg.Name(old), reg.Name(now))
	return nil
}
