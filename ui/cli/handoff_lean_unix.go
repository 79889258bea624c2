//go:build lean && !windows

package cli

import (
	"fmt"
	"os"
	"syscall"
)

// handOff runs the full command line in this process's place (execve)
// with this process's arguments: the same process, standard streams,
// signals and exit code, as if it had been called. It returns only when
// it cannot.
func handOff(e *env, command string) error {
	path, err := fullProgramPath(command)
	if err != nil {
		return err
	}
	argv := append([]string{path}, e.args...)
	if err := syscall.Exec(path, argv, os.Environ()); err != nil {
		return fmt.Errorf("%s runs in %s, which did not start: %w", command, path, err)
	}
	return nil
}
