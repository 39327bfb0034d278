// Command fuzzcorpus writes the seed corpus of the module's fuzz tests from
// the texts of the five example plans: every date, period, deadline and
// schedule phrase, agency cell and name, and the plan files themselves, each
// under the testdata/fuzz folder of the package that reads it.
//
//	go run ./internal/fuzzcorpus
//
// Run it from the module root after changing an example plan.
package main

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"

	"github.com/openpar/cchc/examples"
)

// texts collects the strings of one kind found in the plans.
type texts map[string]bool

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "fuzzcorpus:", err)
		os.Exit(1)
	}
}

func run() error {
	deadlines, periods, schedules, cells, targets, dates := texts{}, texts{}, texts{}, texts{}, texts{}, texts{}
	var files [][]byte
	for _, name := range examples.Names() {
		data, err := examples.File(name)
		if err != nil {
			return err
		}
		files = append(files, data)
		var f struct {
			Period     string
			Document   struct{ Date string }
			Objectives []struct{ Targets []string }
			Sections   []struct {
				Tasks []struct {
					Lead, Partners, Deadline string
					Targets                  []string
				}
			}
			Duties    []struct{ Agency string }
			Reporting []struct{ Schedule, Senders, Recipient string }
			Deadlines []struct{ Agencies, Deadline string }
		}
		if err := json.Unmarshal(data, &f); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		periods.add(f.Period)
		dates.add(f.Document.Date)
		for _, o := range f.Objectives {
			targets.add(o.Targets...)
		}
		for _, s := range f.Sections {
			for _, t := range s.Tasks {
				cells.add(t.Lead, t.Partners)
				deadlines.add(t.Deadline)
				targets.add(t.Targets...)
			}
		}
		for _, d := range f.Duties {
			cells.add(d.Agency)
		}
		for _, r := range f.Reporting {
			schedules.add(r.Schedule)
			cells.add(r.Senders, r.Recipient)
		}
		for _, d := range f.Deadlines {
			cells.add(d.Agencies)
			deadlines.add(d.Deadline)
		}
	}
	write := func(pkg, target string, values texts) error {
		for _, v := range values.sorted() {
			if err := writeEntry(pkg, target, "string("+strconv.Quote(v)+")"); err != nil {
				return err
			}
		}
		return nil
	}
	for _, w := range []struct {
		pkg, target string
		values      texts
	}{
		{"calendar", "FuzzParseDate", dates},
		{"calendar", "FuzzParsePeriod", periods},
		{"calendar", "FuzzParseDeadline", deadlines},
		{"calendar", "FuzzParseSchedule", schedules},
		{"agency", "FuzzParseSelector", cells},
		{"agency", "FuzzResolve", cells},
		{"indicator", "FuzzParseTarget", targets},
	} {
		if _, err := os.Stat(w.pkg); err != nil {
			continue // a package not in this tree yet
		}
		if err := write(w.pkg, w.target, w.values); err != nil {
			return err
		}
	}
	for _, data := range files {
		if err := writeEntry("plan", "FuzzDecode", "[]byte("+strconv.Quote(string(data))+")"); err != nil {
			return err
		}
	}
	return nil
}

func (t texts) add(ss ...string) {
	for _, s := range ss {
		if s != "" {
			t[s] = true
		}
	}
}

func (t texts) sorted() []string {
	out := make([]string, 0, len(t))
	for s := range t {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// writeEntry writes one corpus file in the format of go test -fuzz, named
// by the hash of its content so that running the command again changes
// nothing.
func writeEntry(pkg, target, value string) error {
	body := "go test fuzz v1\n" + value + "\n"
	dir := filepath.Join(pkg, "testdata", "fuzz", target)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	name := fmt.Sprintf("seed-%x", sha256.Sum256([]byte(body)))[:21]
	return os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
}
