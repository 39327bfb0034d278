package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/openpar/cchc/examples"
)

var exampleCmd = &command{
	name:    "example",
	args:    "[NAME] [-o FILE] [-force]",
	summary: "write one of the five real plans as a plan file to start from",
	help: `Example writes one of the five real plans the library is built on as a plan
file, NAME.json in the current directory unless -o says otherwise, so that a
new plan can start from a real one. Without NAME it lists them:

	bac-kan-2011       Bắc Kạn, reform plan 2011-2015
	thai-nguyen-2017   Thái Nguyên, Kế hoạch 121/KH-UBND, 2017
	binh-phuoc-2018    Bình Phước, Quyết định 3406/QĐ-UBND, 2018
	bac-kan-town-2011  thị xã Bắc Kạn, 2011-2015
	lang-son-2013      Lạng Sơn, Kế hoạch 62/KH-UBND, 2013

The files keep the documents' own wording, numbering and typos; "comment"
fields say which reading was chosen where a source is ambiguous.
`,
	run: runExample,
}

func runExample(c *cli, fs *flag.FlagSet, args []string) error {
	out := fs.String("o", "", "write to this file instead of NAME.json; - for standard output")
	force := fs.Bool("force", false, "overwrite the file if it exists")
	args, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		return c.listExamples()
	}
	name, err := oneArg(args, "NAME")
	if err != nil {
		return err
	}
	data, err := examples.File(name)
	if err != nil {
		return usagef("no example plan %q; run 'cchc example' for the list", name)
	}
	if *out == "-" {
		_, err := c.stdout.Write(data)
		return err
	}
	if *out == "" {
		*out = name + ".json"
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if !*force {
		flags |= os.O_EXCL
	}
	f, err := os.OpenFile(*out, flags, 0o666)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s: already exists (use -force to overwrite it)", *out)
	}
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "wrote %s\n", *out)
	return nil
}

// listExamples prints the example plans with what they hold.
func (c *cli) listExamples() error {
	tw := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tTASKS\tPERIOD\tPROVINCE\tDOCUMENT")
	for _, name := range examples.Names() {
		p, err := examples.Load(name)
		if err != nil {
			return err
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\n", name, len(p.Tasks()), p.Period(), p.Province(), planName(p))
	}
	return tw.Flush()
}
