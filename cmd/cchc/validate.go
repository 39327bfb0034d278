package main

import (
	"flag"
	"fmt"

	"github.com/openpar/cchc/plan"
)

var validateCmd = &command{
	name:    "validate",
	args:    "[-min SEVERITY] FILE...",
	summary: "check plan files and list their problems",
	help: `Validate reads each plan file and prints its problems, one a line, as
compilers do, so that editors can jump to them:

	FILE:LINE:COL: SEVERITY: CODE: MESSAGE

SEVERITY is note, warning or error; CODE names the kind of problem
(unresolved-agency, bad-deadline, no-lead, ...). The message starts with the
task or section and the field when the problem has one. Findings about the
whole plan, such as a reform area without tasks, point at 1:1.

A count of the problems follows on standard error. The exit status is 1 when
a file has a problem at error severity or cannot be read.
`,
	run: runValidate,
}

func runValidate(c *cli, fs *flag.FlagSet, args []string) error {
	minName := fs.String("min", "note", "show problems at this severity or above: note, warning or error")
	files, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	least, err := plan.ParseSeverity(*minName)
	if err != nil || least == plan.SeverityUnspecified {
		return usagef("-min: unknown severity %q (want note, warning or error)", *minName)
	}
	if len(files) == 0 {
		return shapef("missing FILE")
	}
	count := map[plan.Severity]int{}
	failed := false
	for _, name := range files {
		p, err := c.openPlan(name)
		if err != nil {
			c.errorf("%s", describe(err))
			failed = true
			continue
		}
		for _, pr := range p.Validate() {
			count[pr.Severity]++
			if pr.Severity >= least {
				fmt.Fprintln(c.stdout, problemLine(pr))
			}
		}
	}
	if n := count[plan.Error] + count[plan.Warning] + count[plan.Note]; n > 0 {
		fmt.Fprintf(c.stderr, "%s, %s, %s\n",
			plural(count[plan.Error], "error"), plural(count[plan.Warning], "warning"), plural(count[plan.Note], "note"))
	}
	if failed || count[plan.Error] > 0 {
		return errReported
	}
	return nil
}

// problemLine formats a problem as "file:line:col: severity: code: message",
// with the task or section and field, if any, opening the message.
func problemLine(pr plan.Problem) string {
	line, col := pr.Place.Line, pr.Place.Col
	if line == 0 {
		line, col = 1, 1
	}
	msg := pr.Message
	if where := (plan.Place{Section: pr.Place.Section, Task: pr.Place.Task, Field: pr.Place.Field}).String(); where != "" {
		msg = where + ": " + msg
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s: %s", pr.Place.File, line, col, pr.Severity, pr.Code, msg)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
