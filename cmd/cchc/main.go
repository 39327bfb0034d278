package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1 // problems at error severity, or a plan that cannot be read or written
	exitUsage   = 2 // the command line is wrong: unknown command or flag, bad date, unknown agency
)

// A command is one subcommand of cchc. Its run function declares its flags
// on fs, parses args with c.parse and does the work.
type command struct {
	name    string
	args    string // what follows the name in the usage line
	summary string // one line for the list of commands
	help    string // what -help prints between the usage line and the flags
	run     func(c *cli, fs *flag.FlagSet, args []string) error
}

// commands lists the subcommands in the order the help shows them.
var commands = []*command{
	validateCmd,
	matrixCmd,
	obligationsCmd,
	icsCmd,
	calendarCmd,
	exampleCmd,
	convertCmd,
	reportCmd,
}

func lookupCommand(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// cli is one run of the command: where it reads and writes, and which
// subcommand runs, for the prefix of error messages.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	cmd            *command
}

// run runs cchc with args (without the program name) and returns the exit
// status. It never panics on what a user gives it: every failure is one line
// on stderr.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (status int) {
	c := &cli{stdin: stdin, stdout: stdout, stderr: stderr}
	defer func() {
		// A bug must not show a user a stack trace; it is still a failure.
		if r := recover(); r != nil {
			c.errorf("internal error: %v", r)
			status = exitFailure
		}
	}()
	if len(args) == 0 {
		c.usage(stderr)
		return exitUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		return c.help(rest)
	}
	c.cmd = lookupCommand(name)
	if c.cmd == nil {
		c.errorf("unknown command %q (run 'cchc help' for the list)", name)
		return exitUsage
	}
	return c.runCommand(rest)
}

// runCommand runs c.cmd with args and returns the exit status.
func (c *cli) runCommand(args []string) int {
	fs := flag.NewFlagSet("cchc "+c.cmd.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by status, help by parse
	return c.status(c.cmd.run(c, fs, args))
}

// help prints the list of commands, or one command's help.
func (c *cli) help(args []string) int {
	if len(args) == 0 {
		c.usage(c.stdout)
		return exitOK
	}
	c.cmd = lookupCommand(args[0])
	if c.cmd == nil || len(args) > 1 {
		c.errorf("help: unknown command %q (run 'cchc help' for the list)", strings.Join(args, " "))
		return exitUsage
	}
	return c.runCommand([]string{"-help"})
}

func (c *cli) usage(w io.Writer) {
	fmt.Fprint(w, `cchc works with plan files of Vietnamese public administration reform (CCHC).

Usage:

	cchc COMMAND [ARGUMENTS]

Commands:

`)
	width := 0
	for _, cmd := range commands {
		width = max(width, len(cmd.name))
	}
	for _, cmd := range commands {
		fmt.Fprintf(w, "\t%-*s  %s\n", width, cmd.name, cmd.summary)
	}
	fmt.Fprint(w, `
Run 'cchc help COMMAND' or 'cchc COMMAND -help' for a command's flags.
A FILE of "-" is read from standard input. Flags may come before or after FILE.
Start from a real plan with 'cchc example thai-nguyen-2017'.
`)
}

// errHelp reports that -help was asked for and printed.
var errHelp = errors.New("help printed")

// errReported is a failure whose details have already been printed.
var errReported = errors.New("failure reported")

// usageError is a wrong command line: exit status 2. When the shape of the
// command line is wrong (a missing argument, an unknown flag) the message
// points at the command's help; a wrong value says what to write instead.
type usageError struct {
	msg  string
	hint bool
}

func (e *usageError) Error() string { return e.msg }

// usagef reports a wrong value on the command line.
func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// shapef reports a command line of the wrong shape.
func shapef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...), hint: true}
}

// status reports err on stderr, if it needs it, and returns the exit status.
func (c *cli) status(err error) int {
	var ue *usageError
	switch {
	case err == nil, errors.Is(err, errHelp):
		return exitOK
	case errors.Is(err, errReported):
		return exitFailure
	case errors.As(err, &ue) && ue.hint:
		c.errorf("%s (run 'cchc help %s' for usage)", ue.msg, c.cmd.name)
		return exitUsage
	case errors.As(err, &ue):
		c.errorf("%s", ue.msg)
		return exitUsage
	default:
		c.errorf("%s", describe(err))
		return exitFailure
	}
}

// errorf prints one line on stderr, prefixed with the command.
func (c *cli) errorf(format string, args ...any) {
	prefix := "cchc"
	if c.cmd != nil {
		prefix += " " + c.cmd.name
	}
	msg := fmt.Sprintf(format, args...)
	// One line, whatever the message holds: a file name or an agency cell
	// could carry a line break.
	msg = strings.Join(strings.Fields(msg), " ")
	fmt.Fprintf(c.stderr, "%s: %s\n", prefix, msg)
}

// parse parses args with fs and returns the arguments that are not flags.
// Unlike fs.Parse it reads flags after the arguments too ("cchc obligations
// FILE -agency X"); everything after "--" is an argument. With -help it
// prints the command's help and returns errHelp.
func (c *cli) parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			c.printHelp(fs)
			return nil, errHelp
		}
		if err != nil {
			return nil, shapef("%s", err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// printHelp prints a command's usage line, description and flags.
func (c *cli) printHelp(fs *flag.FlagSet) {
	w := c.stdout
	fmt.Fprintf(w, "Usage: cchc %s %s\n\n%s", c.cmd.name, c.cmd.args, c.cmd.help)
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprint(w, "\nFlags:\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
}

// oneArg returns the single argument a command takes.
func oneArg(args []string, what string) (string, error) {
	switch len(args) {
	case 0:
		return "", shapef("missing %s", what)
	case 1:
		return args[0], nil
	default:
		return "", shapef("want one %s, have %d arguments: %s", what, len(args), strings.Join(args, " "))
	}
}
