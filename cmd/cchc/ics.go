package main

import (
	"flag"
	"time"

	"github.com/openpar/cchc/agency"
)

var icsCmd = &command{
	name:    "ics",
	args:    "FILE [-agency NAME] [-stamp TIME]",
	summary: "write the plan's deadlines and reports as an iCalendar file",
	help: `Ics writes the plan's calendar to standard output as iCalendar (RFC 5545),
for Outlook, Google Calendar or a phone: a to-do for each task deadline and
plan-level deadline, and an event for each report the reporting regime asks
for over the plan's period.

With -agency, only what that agency owes; the name is looked up tolerantly
("SNV", "so noi vu", "Sở Nội Vụ"). Entries keep stable identifiers, so
importing a newer file updates them instead of adding copies.

	cchc ics thai-nguyen-2017.json -agency "Sở Tư pháp" > so-tu-phap.ics
`,
	run: runICS,
}

func runICS(c *cli, fs *flag.FlagSet, args []string) error {
	agencyName := fs.String("agency", "", "only what this agency owes")
	stampText := fs.String("stamp", "", "DTSTAMP of the entries: 2024-01-01T08:00:00+07:00, 20240101T010000Z or a date (default now)")
	args, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	stamp := time.Now()
	if *stampText != "" {
		if stamp, err = parseStamp(*stampText); err != nil {
			return err
		}
	}
	name, err := oneArg(args, "FILE")
	if err != nil {
		return err
	}
	p, err := c.openPlan(name)
	if err != nil {
		return err
	}
	var id agency.ID
	if isSet(fs, "agency") {
		if id, err = resolveAgency(p, *agencyName); err != nil {
			return err
		}
	}
	return p.WriteICS(c.stdout, id, stamp)
}
