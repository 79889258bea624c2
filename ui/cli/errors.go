package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"interactions/data"
)

// usageError is a mistake on the command line: exit code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usageErrorf(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// silentError fails the command (exit 1) with a message for stderr after
// the command has written its own report to stdout.
type silentError struct{ msg string }

func (e *silentError) Error() string { return e.msg }

// report writes err as one line on stderr and returns the exit code.
func report(stderr io.Writer, err error) int {
	if err == nil {
		return exitOK
	}
	code := exitFail
	var ue *usageError
	if errors.As(err, &ue) {
		code = exitUsage
	}
	fmt.Fprintf(stderr, "interactions: %s\n", printable(oneLine(err.Error())))
	return code
}

// flagError turns an error of the flag package into a usage error in the
// program's own words; cmd is the command whose flags were parsed, or ""
// for the global flags.
func flagError(cmd string, err error) error {
	msg := err.Error()
	switch {
	case strings.HasPrefix(msg, "flag provided but not defined: "):
		name := dashes(strings.TrimPrefix(msg, "flag provided but not defined: "))
		if cmd == "" {
			return usageErrorf("unknown flag %s (see interactions --help)", name)
		}
		return usageErrorf("%s: unknown flag %s (see interactions %s --help)", cmd, name, cmd)
	case strings.HasPrefix(msg, "flag needs an argument: "):
		return usageErrorf("flag %s needs a value", dashes(strings.TrimPrefix(msg, "flag needs an argument: ")))
	case strings.HasPrefix(msg, "invalid value "):
		// invalid value "x" for flag -name: why
		rest := strings.TrimPrefix(msg, "invalid value ")
		if i := strings.Index(rest, " for flag -"); i >= 0 {
			val, tail := rest[:i], rest[i+len(" for flag -"):]
			name, why, _ := strings.Cut(tail, ": ")
			return usageErrorf("--%s %s: %s", name, shorten(val, 80), why)
		}
	}
	return usageErrorf("%s", msg)
}

// dashes writes a flag name the way the usage does: --name.
func dashes(name string) string {
	return "--" + strings.TrimLeft(name, "-")
}

// storeError words an error of the store for the user, naming the file.
func storeError(path string, err error) error {
	var de *data.DamagedError
	var ie *data.InterruptedError
	switch {
	case errors.As(err, &de):
		return &wrapped{path + ": " + de.Error(), err}
	case errors.As(err, &ie):
		return &wrapped{fmt.Sprintf("%s: %v; to go back to the empty database run: interactions --db %s discard", path, ie, shellQuote(path)), err}
	case errors.Is(err, data.ErrDamaged):
		return fmt.Errorf("%s: %w", path, data.ErrDamaged)
	case errors.Is(err, data.ErrLocked):
		return &wrapped{path + ": the database is in use by another Interactions program; close it and try again", err}
	case errors.Is(err, data.ErrNewerSchema):
		if v, ok := data.NeededVersion(err); ok {
			return &wrapped{fmt.Sprintf("%s: %v; install Interactions %s or newer to open it", path, data.ErrNewerSchema, v), err}
		}
		return fmt.Errorf("%s: %w; update the program to open it", path, data.ErrNewerSchema)
	}
	return errors.New(strings.TrimPrefix(err.Error(), "data: "))
}

// wrapped is an error with its own wording that still matches what it wraps.
type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg }
func (w *wrapped) Unwrap() error { return w.err }

// oneLine folds a message onto a single line.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(strings.NewReplacer("\r", " ", "\n", " ").Replace(s)), " ")
}
