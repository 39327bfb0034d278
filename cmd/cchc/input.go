package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/plan"
)

// stdinName is how problems name a file read from standard input.
const stdinName = "<stdin>"

// readFile reads a file a user named, "-" for standard input, and refuses
// what cannot be a plan or a table: a directory, an empty or binary file,
// a file larger than plan.MaxFileSize. It returns the name errors give.
func (c *cli) readFile(name string) ([]byte, string, error) {
	r := c.stdin
	if name == "-" {
		name = stdinName
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, name, err
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.IsDir() {
			return nil, name, fmt.Errorf("%s: is a directory, not a file", name)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, plan.MaxFileSize+1))
	switch {
	case err != nil:
		return nil, name, fmt.Errorf("%s: %w", name, err)
	case len(data) > plan.MaxFileSize:
		return nil, name, fmt.Errorf("%s: larger than %d MiB", name, plan.MaxFileSize>>20)
	case len(bytes.TrimSpace(data)) == 0:
		return nil, name, fmt.Errorf("%s: empty file", name)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return nil, name, fmt.Errorf("%s: UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)", name)
	case bytes.IndexByte(data, 0) >= 0:
		return nil, name, fmt.Errorf("%s: a binary file, not a plan or a table", name)
	case !utf8.Valid(data):
		return nil, name, fmt.Errorf("%s: not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8)", name)
	}
	return data, name, nil
}

// openPlan reads the plan file name ("-" for standard input).
func (c *cli) openPlan(name string) (*plan.Plan, error) {
	data, name, err := c.readFile(name)
	if err != nil {
		return nil, err
	}
	return plan.Parse(data, plan.WithFileName(name))
}

// describe turns an error into the line a user reads: the place first, as
// compilers write it, without the package prefixes meant for programmers.
func describe(err error) string {
	var de *plan.DecodeError
	var pe *fs.PathError
	switch {
	case errors.As(err, &de):
		place := de.File
		if place == "" {
			place = stdinName
		}
		if de.Line > 0 {
			place = fmt.Sprintf("%s:%d:%d", place, de.Line, de.Col)
		}
		return place + ": " + de.Msg
	case errors.As(err, &pe):
		return pe.Path + ": " + pe.Err.Error()
	}
	return err.Error()
}

// resolveAgency finds the agency a user names, with the tolerant lookup of
// the plan's own registry ("SNV", "so noi vu", "Sở Nội Vụ"). A name that
// does not resolve is a usage error that offers the closest names.
func resolveAgency(p *plan.Plan, name string) (agency.ID, error) {
	id, err := p.Registry().Resolve(name)
	if err != nil {
		if errors.Is(err, agency.ErrEmpty) {
			return "", usagef("-agency: empty agency name")
		}
		return "", usagef("-agency: %s", strings.TrimPrefix(err.Error(), "agency: "))
	}
	return id, nil
}

// parseDate reads a date flag: "2017-12-31" or day first, "31/12/2017".
func parseDate(flagName, s string) (calendar.Date, error) {
	d, err := calendar.ParseDate(s)
	if err != nil {
		return calendar.Date{}, usagef("-%s: cannot read date %q (write 2017-12-31 or 31/12/2017)", flagName, s)
	}
	return d, nil
}

// parseStamp reads the -stamp of iCalendar output: an RFC 3339 time
// ("2024-01-01T08:00:00+07:00"), the iCalendar UTC form ("20240101T010000Z"),
// or a date, taken as midnight in Vietnam.
func parseStamp(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "20060102T150405Z"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	if d, err := calendar.ParseDate(s); err == nil {
		return d.Time(), nil
	}
	return time.Time{}, usagef("-stamp: cannot read time %q (write 2024-01-01T08:00:00+07:00, 20240101T010000Z or 2024-01-01)", s)
}

// createOutput opens where a command writes: the named file, or standard
// output for "" and "-". The caller calls done with the result of writing,
// which closes the file and reports the first error.
func (c *cli) createOutput(name string) (w io.Writer, done func(error) error, err error) {
	if name == "" || name == "-" {
		return c.stdout, func(err error) error { return err }, nil
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, nil, err
	}
	return f, func(err error) error {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	}, nil
}

// isSet reports whether the flag name was given on the command line.
func isSet(flags *flag.FlagSet, name string) bool {
	set := false
	flags.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
