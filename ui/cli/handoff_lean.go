//go:build lean

package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// fullProgram is the name of the full command line, which the lean one
// (this build) hands the commands it does not link to.
const fullProgram = "interactions-cli-full"

// fullProgramPath returns the full command line that stands in this
// program's folder, or an error that says where it was looked for.
func fullProgramPath(command string) (string, error) {
	name := fullProgram
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("%s runs in %s, and this program cannot tell its own folder: %w", command, name, err)
	}
	path := filepath.Join(filepath.Dir(exe), name)
	if st, err := os.Stat(path); err != nil || st.IsDir() {
		return "", fmt.Errorf("%s runs in %s, which is not in %s (scripts/build.sh builds both programs)", command, name, filepath.Dir(exe))
	}
	return path, nil
}
