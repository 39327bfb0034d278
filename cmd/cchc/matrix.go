package main

import (
	"flag"
)

var matrixCmd = &command{
	name:    "matrix",
	args:    "FILE [-format md|csv]",
	summary: "print the responsibility matrix: who leads and who partners each task",
	help: `Matrix prints the plan's responsibility matrix.

With -format md (the default), a Markdown table with one row per agency: how
many tasks it leads and partners, and their numbers; a number in italics came
through a group ("Các sở, ban, ngành") rather than by name.

With -format csv, a table for spreadsheets (UTF-8 with a byte order mark): one
row per agency, one column per task, a cell reading "chủ trì" or "phối hợp",
with " (nhóm)" when the role came through a group.
`,
	run: runMatrix,
}

func runMatrix(c *cli, fs *flag.FlagSet, args []string) error {
	format := fs.String("format", "md", "output format: md or csv")
	args, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if *format != "md" && *format != "csv" {
		return usagef("-format: unknown format %q (want md or csv)", *format)
	}
	name, err := oneArg(args, "FILE")
	if err != nil {
		return err
	}
	p, err := c.openPlan(name)
	if err != nil {
		return err
	}
	if *format == "csv" {
		return p.Matrix().WriteCSV(c.stdout)
	}
	return p.Matrix().WriteMarkdown(c.stdout)
}
