// Package cli is the command line of Interactions: demo data, the list
// with filters and groupings, and the integrity check. It works on the
// data layer only and never imports the GUI toolkit.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"interactions/data"
)

// Exit codes of the command line.
const (
	exitOK    = 0
	exitFail  = 1 // the command ran and failed: a store error, a check problem
	exitUsage = 2 // the command line itself is wrong
)

// command is one subcommand: it parses its own arguments and runs.
type command struct {
	name  string
	usage string
	run   func(env *env, args []string) error
}

// env is what every command gets: the database path and the outputs.
type env struct {
	args   []string // the whole command line after the program's name
	dbPath string
	dbSet  bool // the path came from --db rather than the default
	stdout io.Writer
	stderr io.Writer
}

func commands() []command {
	return []command{
		{"demo", demoUsage, runDemo},
		{"list", listUsage, runList},
		{"check", checkUsage, runCheck},
		{"settings", settingsUsage, runSettings},
		{"discard", discardUsage, runDiscard},
		{"report", reportUsage, runReport},
		{"backup", backupUsage, runBackup},
		{"restore", restoreUsage, runRestore},
		{"compact", compactUsage, runCompact},
		{"export", exportUsage, runExport},
		{"import", importUsage, runImport},
	}
}

// Main runs the command line. args are os.Args[1:]. It returns the exit
// code, whether the caller should open the window instead (no command
// given), and the database path to use (from --db, else data.DefaultPath()).
func Main(args []string, stdout, stderr io.Writer) (code int, gui bool, dbPath string) {
	e := &env{args: args, stdout: stdout, stderr: stderr}
	fs := newFlagSet("interactions")
	fs.Var(dbFlag{e}, "db", "")
	version := fs.Bool("version", false, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, mainUsage)
			return exitOK, false, e.dbPath
		}
		return report(stderr, flagError("", err)), false, e.dbPath
	}
	if *version {
		fmt.Fprintln(stdout, data.Running())
		return exitOK, false, e.dbPath
	}
	if !e.dbSet {
		p, err := data.DefaultPath()
		if err != nil {
			return report(stderr, err), false, ""
		}
		e.dbPath = p
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return exitOK, true, e.dbPath
	}
	name, rest := rest[0], rest[1:]
	if name == "help" {
		return help(e, rest), false, e.dbPath
	}
	for _, c := range commands() {
		if c.name == name {
			err := c.run(e, rest)
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(stdout, c.usage)
				return exitOK, false, e.dbPath
			}
			return report(stderr, err), false, e.dbPath
		}
	}
	return report(stderr, usageErrorf("unknown command %s (want demo, list, check, settings, discard, report, backup, restore, export or import; see --help)", quoted(name))), false, e.dbPath
}

// help prints the usage of the whole program or of one command.
func help(e *env, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(e.stdout, mainUsage)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			fmt.Fprint(e.stdout, c.usage)
			return exitOK
		}
	}
	return report(e.stderr, usageErrorf("no help for %s: unknown command", quoted(args[0])))
}

// newFlagSet returns a flag set that reports errors instead of printing
// or exiting.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// dbFlag sets the database path; every command accepts it too, so that
// --db may come before or after the command name.
type dbFlag struct{ e *env }

func (f dbFlag) String() string {
	if f.e == nil {
		return ""
	}
	return f.e.dbPath
}

func (f dbFlag) Set(s string) error {
	if s == "" {
		return errors.New("needs a file name")
	}
	if len(s) > maxPathBytes {
		return fmt.Errorf("the file name is %d bytes long; at most %d", len(s), maxPathBytes)
	}
	f.e.dbPath, f.e.dbSet = s, true
	return nil
}
