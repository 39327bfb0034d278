package main

import (
	"flag"
	"fmt"
	"text/tabwriter"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/plan"
)

var obligationsCmd = &command{
	name:    "obligations",
	args:    "FILE -agency NAME [-from DATE] [-to DATE]",
	summary: "list what one agency owes under a plan between two days",
	help: `Obligations lists what an agency owes under the plan between two days, both
included: the deadlines of the tasks it leads or partners, each report it must
send, and plan-level deadlines, by the day they fall due on Vietnam's working
calendar (a deadline on a Sunday or holiday moves to the next working day).
A recurring task ("Hàng quý") is listed once a period it covers, due on the
period's last working day. What has no single day ("Thường xuyên", "Theo quy định") follows.

The agency is looked up tolerantly ("SNV", "so tu phap", "Sở Tư Pháp"); an
unknown name is answered with the closest ones. Dates are written 2017-12-31
or 31/12/2017; -from and -to default to the plan's period.

Columns: DUE (day, and time for reports due at an hour; or how an undated
deadline is written: ongoing, recurring, by-regulation, by-plan, on-event),
SOURCE (task number, report form, plan deadline), ROLE (lead, partner; sender
of a report), VIA (name: the cell names the agency; group: "Các sở, ban,
ngành" takes it in), DEADLINE (as the plan writes it; the period a report
or a recurring task covers), TITLE.
`,
	run: runObligations,
}

func runObligations(c *cli, fs *flag.FlagSet, args []string) error {
	agencyName := fs.String("agency", "", "the agency, as plans write it (required)")
	fromText := fs.String("from", "", "first day (default: the start of the plan's period)")
	toText := fs.String("to", "", "last day (default: the end of the plan's period)")
	args, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	name, err := oneArg(args, "FILE")
	if err != nil {
		return err
	}
	if !isSet(fs, "agency") {
		return shapef("missing -agency NAME")
	}
	var from, to calendar.Date
	if *fromText != "" {
		if from, err = parseDate("from", *fromText); err != nil {
			return err
		}
	}
	if *toText != "" {
		if to, err = parseDate("to", *toText); err != nil {
			return err
		}
	}
	p, err := c.openPlan(name)
	if err != nil {
		return err
	}
	id, err := resolveAgency(p, *agencyName)
	if err != nil {
		return err
	}
	if from.IsZero() {
		from = p.Period().Start()
	}
	if to.IsZero() {
		to = p.Period().End()
	}
	if from.IsZero() || to.IsZero() {
		why := "the plan has no period"
		for _, pr := range p.Validate() {
			if pr.Code == plan.CodeBadPeriod {
				why = "the plan's period cannot be read (" + pr.Message + ")"
			}
		}
		return usagef("%s: give -from and -to", why)
	}
	if to.Before(from) {
		return usagef("-to %s is before -from %s", to.Format(), from.Format())
	}

	list := p.Obligations(id, from, to)
	dated := 0
	for _, o := range list {
		if !o.Ongoing() {
			dated++
		}
	}
	heading := fmt.Sprintf("%s (%s)", p.Registry().Name(id), id)
	if name := planName(p); name != "" {
		heading += ": " + name
	}
	fmt.Fprintf(c.stdout, "%s\n%s to %s: %s, %d with a due day\n",
		heading, from.Format(), to.Format(), plural(len(list), "obligation"), dated)
	if len(list) == 0 {
		return nil
	}
	fmt.Fprintln(c.stdout)
	tw := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DUE\tSOURCE\tROLE\tVIA\tDEADLINE\tTITLE")
	for _, o := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", dueText(o), sourceText(o), roleText(o), o.Via, deadlineText(o), o.Title)
	}
	return tw.Flush()
}

// planName names a plan in a heading: its document number, else its title
// or issuer; "" when the file says none of them.
func planName(p *plan.Plan) string {
	doc := p.Document()
	switch {
	case doc.Number != "":
		return doc.Number
	case doc.Title != "":
		return doc.Title
	}
	return doc.Issuer
}

func dueText(o plan.Obligation) string {
	switch {
	case !o.DueTime.IsZero():
		return o.DueTime.In(calendar.ICT()).Format("02/01/2006 15:04")
	case !o.Due.IsZero():
		return o.Due.Format()
	case !o.Deadline.IsZero():
		return o.Deadline.Kind().String()
	}
	return "-"
}

func sourceText(o plan.Obligation) string {
	switch o.Kind {
	case plan.ObligationTask:
		return "task " + o.Source
	case plan.ObligationReport:
		return "report " + o.Source
	}
	return o.Source // "deadline 1"
}

func roleText(o plan.Obligation) string {
	if o.Kind == plan.ObligationReport {
		return "sender"
	}
	return o.Role.String()
}

func deadlineText(o plan.Obligation) string {
	switch {
	case o.Period.IsZero():
		return o.Text
	case o.Kind == plan.ObligationReport:
		return o.Period.String()
	}
	return o.Period.String() + " (" + o.Text + ")" // a recurring task's occurrence
}
