package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// result is what one run of the command gave.
type result struct {
	stdout, stderr string
	code           int
}

// cchc runs the command in-process with args and stdin.
func cchc(stdin string, args ...string) result {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return result{out.String(), errOut.String(), code}
}

// testdataDir is the absolute path of testdata, taken before any test
// changes the working directory.
var testdataDir = func() string {
	dir, err := filepath.Abs("testdata")
	if err != nil {
		panic(err)
	}
	return dir
}()

// inExamples makes a new directory the working directory and writes the five
// example plans into it with "cchc example", as a user would start.
func inExamples(t *testing.T) {
	t.Helper()
	t.Chdir(t.TempDir())
	for _, name := range examples.Names() {
		r := cchc("", "example", name)
		if r.code != exitOK || r.stdout != "wrote "+name+".json\n" || r.stderr != "" {
			t.Fatalf("cchc example %s: exit %d, stdout %q, stderr %q", name, r.code, r.stdout, r.stderr)
		}
	}
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	golden.Files{Update: *update, Flag: "-update"}.Check(t, filepath.Join(testdataDir, name), []byte(got))
}

// The golden tests: the command on the example plans, each output in
// testdata/GOLDEN. Standard error must be empty unless stderr says what it
// holds.
var goldenTests = []struct {
	golden string
	args   []string
	code   int
	stderr string
}{
	{"usage.golden", []string{"help"}, exitOK, ""},
	{"validate.golden", []string{"validate", "bac-kan-2011.json", "thai-nguyen-2017.json", "binh-phuoc-2018.json", "bac-kan-town-2011.json", "lang-son-2013.json"},
		exitFailure, "54 errors, 39 warnings, 5 notes\n"},
	// Thái Nguyên 2017 has warnings but no error: exit status 0.
	{"validate-thai-nguyen.golden", []string{"validate", "thai-nguyen-2017.json"}, exitOK, "0 errors, 9 warnings, 0 notes\n"},
	{"validate-min-error.golden", []string{"validate", "-min", "error", "bac-kan-town-2011.json"}, exitFailure, "10 errors, 12 warnings, 2 notes\n"},
	{"matrix.md.golden", []string{"matrix", "thai-nguyen-2017.json"}, exitOK, ""},
	{"matrix.csv.golden", []string{"matrix", "lang-son-2013.json", "-format", "csv"}, exitOK, ""},
	// The flags after the file, names as users type them.
	{"obligations-thai-nguyen.golden", []string{"obligations", "thai-nguyen-2017.json", "-agency", "so tu phap", "-from", "1/8/2017", "-to", "2017-09-30"}, exitOK, ""},
	{"obligations-binh-phuoc.golden", []string{"obligations", "-agency", "SNV", "binh-phuoc-2018.json"}, exitOK, ""},
	{"obligations-bac-kan-town.golden", []string{"obligations", "bac-kan-town-2011.json", "-agency", "Sở Nội Vụ"}, exitOK, ""},
	{"ics-thai-nguyen.ics.golden", []string{"ics", "thai-nguyen-2017.json", "-agency", "Sở Tư Pháp", "-stamp", "2024-01-01T08:00:00+07:00"}, exitOK, ""},
	{"ics-lang-son.ics.golden", []string{"ics", "-stamp", "20240101T010000Z", "lang-son-2013.json"}, exitOK, ""},
	{"calendar-2017.golden", []string{"calendar", "-year", "2017"}, exitOK, ""},
	{"calendar-2025.golden", []string{"calendar", "-year=2025"}, exitOK, ""},
	{"calendar-2030.golden", []string{"calendar", "--year", "2030"}, exitOK, ""},
	{"example-list.golden", []string{"example"}, exitOK, ""},
	{"convert-thai-nguyen.csv.golden", []string{"convert", "thai-nguyen-2017.json"}, exitOK, ""},
	{"convert-binh-phuoc.csv.golden", []string{"convert", "binh-phuoc-2018.json", "-to", "csv"}, exitOK, ""},
	{"convert-table.json.golden", []string{"convert", filepath.Join(testdataDir, "table.csv")}, exitOK, ""},
}

func TestGolden(t *testing.T) {
	inExamples(t)
	for _, tt := range goldenTests {
		t.Run(tt.golden, func(t *testing.T) {
			r := cchc("", tt.args...)
			if r.code != tt.code || r.stderr != tt.stderr {
				t.Errorf("cchc %s: exit %d, stderr %q; want exit %d, stderr %q", strings.Join(tt.args, " "), r.code, r.stderr, tt.code, tt.stderr)
			}
			checkGolden(t, tt.golden, r.stdout)
		})
	}
}

func TestHelp(t *testing.T) {
	for _, cmd := range commands {
		t.Run(cmd.name, func(t *testing.T) {
			r := cchc("", "help", cmd.name)
			if r.code != exitOK || r.stderr != "" {
				t.Fatalf("cchc help %s: exit %d, stderr %q", cmd.name, r.code, r.stderr)
			}
			checkGolden(t, "help-"+cmd.name+".golden", r.stdout)
			for _, h := range []string{"-help", "--help", "-h"} {
				if s := cchc("", cmd.name, h); s != r {
					t.Errorf("cchc %s %s differs from cchc help %s", cmd.name, h, cmd.name)
				}
			}
			if !strings.HasPrefix(r.stdout, "Usage: cchc "+cmd.name+" ") {
				t.Errorf("help of %s does not open with its usage line: %q", cmd.name, r.stdout[:min(60, len(r.stdout))])
			}
		})
	}
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		if r := cchc("", args...); r.code != exitOK || !strings.Contains(r.stdout, "Commands:") {
			t.Errorf("cchc %s: exit %d, stdout %q", args[0], r.code, r.stdout)
		}
	}
	// Without a command, the list goes to standard error: it is a usage error.
	if r := cchc(""); r.code != exitUsage || r.stdout != "" || !strings.Contains(r.stderr, "Commands:") {
		t.Errorf("cchc: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

// TestBadInput runs the command on what users get wrong: each failure is
// one line on standard error, with exit status 2 for a wrong command line
// and 1 for a file that cannot be read.
func TestBadInput(t *testing.T) {
	inExamples(t)
	files := map[string]string{
		"empty.json":     "",
		"blank.json":     " \n\t\n",
		"binary.json":    "\x7fELF\x02\x01\x01\x00\x00\x00",
		"latin1.json":    "{\"format\": \"cchc-plan\", \"province\": \"B\xe1c K\xe1n\"}",
		"truncated.json": "{\"format\": \"cchc-plan\",\n \"version\": 1",
		"array.json":     "[1, 2]",
		"wrong.json":     "{\"format\": \"cchc-plan\", \"version\": 1, \"colour\": \"red\"}",
		"quote.csv":      "STT,Nội dung công việc\n1,\"Rà soát\n",
		"columns.csv":    "STT,Nội dung công việc,Màu\n1,Rà soát,đỏ\n",
		"stray.csv":      "STT,Nội dung công việc\n1,Rà soát,Sở Nội vụ\n",
		"nonumber.csv":   "Mục,Nội dung công việc\nI,Rà soát\n",
		"twice.csv":      "STT,number,content\n1,1,Rà soát\n",
		"utf16.csv":      "\xff\xfeS\x00T\x00T\x00",
	}
	tn, err := os.ReadFile("thai-nguyen-2017.json")
	if err != nil {
		t.Fatal(err)
	}
	files["quy-v.json"] = strings.Replace(string(tn), `"period": "Năm 2017"`, `"period": "Quý V/2017"`, 1)
	for name, data := range files {
		if err := os.WriteFile(name, []byte(data), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir("plans", 0o777); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		// Files that are not plans.
		{[]string{"validate", "missing.json"}, exitFailure, "cchc validate: missing.json: no such file or directory"},
		{[]string{"validate", "plans"}, exitFailure, "cchc validate: plans: is a directory, not a file"},
		{[]string{"matrix", "binary.json"}, exitFailure, "cchc matrix: binary.json: a binary file, not a plan or a table"},
		{[]string{"matrix", "latin1.json"}, exitFailure, "cchc matrix: latin1.json: not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8)"},
		{[]string{"convert", "utf16.csv"}, exitFailure, "cchc convert: utf16.csv: UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)"},
		{[]string{"ics", "empty.json"}, exitFailure, "cchc ics: empty.json: empty file"},
		{[]string{"ics", "blank.json"}, exitFailure, "cchc ics: blank.json: empty file"},
		{[]string{"obligations", "truncated.json", "-agency", "SNV"}, exitFailure, "cchc obligations: truncated.json:2:14: unexpected end of input, want ',' or '}'"},
		{[]string{"validate", "array.json"}, exitFailure, "cchc validate: array.json:1:1: got array, want object"},
		{[]string{"validate", "wrong.json"}, exitFailure, `cchc validate: wrong.json:1:39: unknown field "colour" in plan`},
		{[]string{"validate", "-"}, exitFailure, "cchc validate: <stdin>: empty file"},
		{[]string{"convert", "quote.csv"}, exitFailure, `cchc convert: quote.csv:2:14: extraneous or missing " in quoted-field`},
		{[]string{"convert", "columns.csv"}, exitFailure, `cchc convert: columns.csv:1:3: unknown column "Màu" (the columns are section, number, content, lead, partners, deadline)`},
		{[]string{"convert", "stray.csv"}, exitFailure, `cchc convert: stray.csv:2:3: cell "Sở Nội vụ" is in no named column`},
		{[]string{"convert", "nonumber.csv"}, exitFailure, "cchc convert: nonumber.csv:1: no number column (the columns are section, number, content, lead, partners, deadline)"},
		{[]string{"convert", "twice.csv"}, exitFailure, `cchc convert: twice.csv:1:2: column "number" given twice`},
		{[]string{"convert", filepath.Join(testdataDir, "table.csv"), "-plan", "binary.json"}, exitFailure, "cchc convert: binary.json: a binary file, not a plan or a table"},
		{[]string{"example", "lang-son-2013"}, exitFailure, "cchc example: lang-son-2013.json: already exists (use -force to overwrite it)"},

		// Wrong values on the command line.
		{[]string{"obligations", "thai-nguyen-2017.json", "-agency", "Sở Nội vục"}, exitUsage,
			`cchc obligations: -agency: unknown agency "Sở Nội vục"; closest: "Sở Nội vụ" (so-noi-vu), "Bộ Nội vụ" (bo-noi-vu), "Sở Nông nghiệp và Môi trường" (so-nong-nghiep-moi-truong)`},
		{[]string{"ics", "thai-nguyen-2017.json", "-agency", " "}, exitUsage, "cchc ics: -agency: empty agency name"},
		{[]string{"obligations", "thai-nguyen-2017.json", "-agency", "SNV", "-from", "32/1/2017"}, exitUsage,
			`cchc obligations: -from: cannot read date "32/1/2017" (write 2017-12-31 or 31/12/2017)`},
		{[]string{"obligations", "thai-nguyen-2017.json", "-agency", "SNV", "-to", "tháng sau"}, exitUsage,
			`cchc obligations: -to: cannot read date "tháng sau" (write 2017-12-31 or 31/12/2017)`},
		{[]string{"obligations", "thai-nguyen-2017.json", "-agency", "SNV", "-from", "2017-12-31", "-to", "2017-01-01"}, exitUsage,
			"cchc obligations: -to 01/01/2017 is before -from 31/12/2017"},
		{[]string{"ics", "thai-nguyen-2017.json", "-stamp", "hôm qua"}, exitUsage,
			`cchc ics: -stamp: cannot read time "hôm qua" (write 2024-01-01T08:00:00+07:00, 20240101T010000Z or 2024-01-01)`},
		{[]string{"obligations", "quy-v.json", "-agency", "SNV"}, exitUsage,
			`cchc obligations: the plan's period cannot be read (calendar: cannot parse period "Quý V/2017": want a quarter I to IV): give -from and -to`},
		{[]string{"calendar", "-year", "1990"}, exitUsage, "cchc calendar: -year 1990: the calendar covers 2000 to 2199"},
		{[]string{"matrix", "thai-nguyen-2017.json", "-format", "xlsx"}, exitUsage, `cchc matrix: -format: unknown format "xlsx" (want md or csv)`},
		{[]string{"validate", "-min", "fatal", "thai-nguyen-2017.json"}, exitUsage, `cchc validate: -min: unknown severity "fatal" (want note, warning or error)`},
		{[]string{"convert", "thai-nguyen-2017.json", "-to", "xlsx"}, exitUsage, `cchc convert: -to: unknown format "xlsx" (want json or csv)`},
		{[]string{"convert", "thai-nguyen-2017.json", "-plan", "lang-son-2013.json"}, exitUsage, "cchc convert: -plan goes with a table; thai-nguyen-2017.json is a plan file"},
		{[]string{"example", "ha-noi-2020"}, exitUsage, `cchc example: no example plan "ha-noi-2020"; run 'cchc example' for the list`},

		// Command lines of the wrong shape.
		{[]string{"frob"}, exitUsage, `cchc: unknown command "frob" (run 'cchc help' for the list)`},
		{[]string{"help", "frob"}, exitUsage, `cchc: help: unknown command "frob" (run 'cchc help' for the list)`},
		{[]string{"validate"}, exitUsage, "cchc validate: missing FILE (run 'cchc help validate' for usage)"},
		{[]string{"matrix"}, exitUsage, "cchc matrix: missing FILE (run 'cchc help matrix' for usage)"},
		{[]string{"matrix", "a.json", "b.json"}, exitUsage, "cchc matrix: want one FILE, have 2 arguments: a.json b.json (run 'cchc help matrix' for usage)"},
		{[]string{"obligations", "thai-nguyen-2017.json"}, exitUsage, "cchc obligations: missing -agency NAME (run 'cchc help obligations' for usage)"},
		{[]string{"obligations", "thai-nguyen-2017.json", "-agency"}, exitUsage, "cchc obligations: flag needs an argument: -agency (run 'cchc help obligations' for usage)"},
		{[]string{"matrix", "-colour", "thai-nguyen-2017.json"}, exitUsage, "cchc matrix: flag provided but not defined: -colour (run 'cchc help matrix' for usage)"},
		{[]string{"calendar", "-year", "năm nay"}, exitUsage, `cchc calendar: invalid value "năm nay" for flag -year: parse error (run 'cchc help calendar' for usage)`},
		{[]string{"calendar", "2025"}, exitUsage, `cchc calendar: unexpected argument "2025" (the year is given with -year) (run 'cchc help calendar' for usage)`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := cchc("", tt.args...)
			if r.code != tt.code || r.stderr != tt.stderr+"\n" {
				t.Errorf("exit %d, stderr:\n%s\nwant exit %d, stderr:\n%s", r.code, r.stderr, tt.code, tt.stderr)
			}
			if tt.args[0] != "validate" && r.stdout != "" {
				t.Errorf("stdout %q, want nothing", r.stdout)
			}
		})
	}
}

// TestArguments checks how arguments are read: flags on either side of the
// file, "--", standard input.
func TestArguments(t *testing.T) {
	inExamples(t)
	want := cchc("", "obligations", "-agency", "SNV", "-from", "2013-08-01", "-to", "2013-08-31", "lang-son-2013.json")
	if want.code != exitOK || !strings.Contains(want.stdout, "Sở Nội vụ (so-noi-vu)") {
		t.Fatalf("obligations: exit %d, stdout %q, stderr %q", want.code, want.stdout, want.stderr)
	}
	for _, args := range [][]string{
		{"obligations", "lang-son-2013.json", "-agency", "SNV", "-from", "2013-08-01", "-to", "2013-08-31"},
		{"obligations", "-agency=SNV", "lang-son-2013.json", "--from=1/8/2013", "-to", "31.08.2013"},
		{"obligations", "-agency", "SNV", "-from", "2013-08-01", "-to", "2013-08-31", "--", "lang-son-2013.json"},
	} {
		if got := cchc("", args...); got != want {
			t.Errorf("cchc %s:\n%s%s\nwant\n%s", strings.Join(args, " "), got.stdout, got.stderr, want.stdout)
		}
	}
	// After "--" every argument is a file, even one that looks like a flag.
	if r := cchc("", "matrix", "--", "-agency"); r.code != exitFailure || r.stderr != "cchc matrix: -agency: no such file or directory\n" {
		t.Errorf("matrix -- -agency: exit %d, stderr %q", r.code, r.stderr)
	}

	// "-" reads standard input; problems name it <stdin>.
	plan, err := examples.File("thai-nguyen-2017")
	if err != nil {
		t.Fatal(err)
	}
	r := cchc(string(plan), "validate", "-")
	file := cchc("", "validate", "thai-nguyen-2017.json")
	if r.code != file.code || r.stdout != strings.ReplaceAll(file.stdout, "thai-nguyen-2017.json:", "<stdin>:") {
		t.Errorf("validate -: exit %d, stdout:\n%s", r.code, r.stdout)
	}
}

// TestValidateGoesOn checks that validate reports a file it cannot read and
// goes on with the others.
func TestValidateGoesOn(t *testing.T) {
	inExamples(t)
	one := cchc("", "validate", "thai-nguyen-2017.json")
	r := cchc("", "validate", "missing.json", "thai-nguyen-2017.json")
	if r.code != exitFailure || r.stdout != one.stdout || r.stderr != "cchc validate: missing.json: no such file or directory\n"+one.stderr {
		t.Errorf("exit %d, stderr %q, stdout:\n%s", r.code, r.stderr, r.stdout)
	}
}

// TestExampleFiles checks that "cchc example" writes each plan exactly as
// the examples package holds it, and -force and -o.
func TestExampleFiles(t *testing.T) {
	inExamples(t)
	for _, name := range examples.Names() {
		want, err := examples.File(name)
		if err != nil {
			t.Fatal(err)
		}
		if r := cchc("", "example", name, "-o", "-"); r.stdout != string(want) || r.code != exitOK {
			t.Errorf("example %s -o -: exit %d, %d bytes, want %d", name, r.code, len(r.stdout), len(want))
		}
		got, err := os.ReadFile(name + ".json")
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s.json: %d bytes (%v), want %d", name, len(got), err, len(want))
		}
	}
	if err := os.WriteFile("old.json", []byte("old"), 0o666); err != nil {
		t.Fatal(err)
	}
	if r := cchc("", "example", "lang-son-2013", "-o", "old.json", "-force"); r.code != exitOK || r.stdout != "wrote old.json\n" {
		t.Errorf("example -force: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if got, _ := os.ReadFile("old.json"); !bytes.HasPrefix(got, []byte("{")) {
		t.Errorf("old.json was not overwritten: %q", got)
	}
}

// TestDefaults checks the flags that default to the present: the year of
// the calendar and the stamp of iCalendar output.
func TestDefaults(t *testing.T) {
	inExamples(t)
	if r := cchc("", "calendar"); r.code != exitOK || !strings.HasPrefix(r.stdout, "Year ") || r.stderr != "" {
		t.Errorf("calendar: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := cchc("", "ics", "lang-son-2013.json"); r.code != exitOK || !strings.Contains(r.stdout, "DTSTAMP:") {
		t.Errorf("ics: exit %d, stderr %q", r.code, r.stderr)
	}
	// Without -from and -to, obligations covers the plan's period.
	all := cchc("", "obligations", "thai-nguyen-2017.json", "-agency", "SNV")
	year := cchc("", "obligations", "thai-nguyen-2017.json", "-agency", "SNV", "-from", "1/1/2017", "-to", "31/12/2017")
	if all != year || all.code != exitOK {
		t.Errorf("obligations without -from and -to:\n%s\nwant\n%s", all.stdout, year.stdout)
	}
}
