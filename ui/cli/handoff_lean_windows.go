//go:build lean && windows

package cli

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
)

// handOff runs the full command line with this process's arguments and
// standard streams, waits for it and ends this process with its exit code
// (Windows has no execve). Ctrl+C reaches both programs; this one ignores
// it and lets the full one decide.
func handOff(e *env, command string) error {
	path, err := fullProgramPath(command)
	if err != nil {
		return err
	}
	cmd := exec.Command(path, e.args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	signal.Ignore(os.Interrupt)
	err = cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		os.Exit(exitOK)
	case errors.As(err, &exit):
		os.Exit(exit.ExitCode())
	}
	return fmt.Errorf("%s runs in %s, which did not start: %w", command, path, err)
}
