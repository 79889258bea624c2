//go:build ci

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// localeVars are the variables that choose the locale; each run below
// starts without them and sets only what its case names.
var localeVars = []string{"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"}

// cLocales are the environments in which a command must print nothing on
// stderr: C and POSIX locales, with and without an encoding, and none.
var cLocales = []struct {
	name string
	env  []string
}{
	{"LANG=C.UTF-8", []string{"LANG=C.UTF-8"}},
	{"LANG=C.utf8", []string{"LANG=C.utf8"}},
	{"LANG=C", []string{"LANG=C"}},
	{"LANG=POSIX", []string{"LANG=POSIX"}},
	{"no locale", nil},
	{"LC_ALL=C.UTF-8 over LANG=ru_RU.UTF-8", []string{"LANG=ru_RU.UTF-8", "LC_ALL=C.UTF-8"}},
	{"LANGUAGE=C.UTF-8 alone", []string{"LANGUAGE=C.UTF-8"}},
	{"LANG=en_US.UTF-8", []string{"LANG=en_US.UTF-8"}},
}

// built holds both programs of this package, built once for all tests
// into a folder TestMain removes.
var built struct {
	once sync.Once
	dir  string
	bins map[string]string
	err  string
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// programs returns the paths of the programs, by name, built into one
// folder: the command line (-tags "cli lean"), the full command line it
// hands some commands to (-tags cli) and the window program (-tags ci:
// Fyne linked in with its software driver, so its package initialisation
// is the real one).
func programs(t *testing.T) map[string]string {
	t.Helper()
	built.once.Do(func() {
		goBin, err := exec.LookPath("go")
		if err != nil {
			built.err = "the go command is needed to build the programs: " + err.Error()
			return
		}
		if built.dir, err = os.MkdirTemp("", "interactions-programs-"); err != nil {
			built.err = err.Error()
			return
		}
		built.bins = map[string]string{}
		for name, tag := range map[string]string{"interactions-cli": "cli lean", "interactions-cli-full": "cli", "interactions": "ci"} {
			path := filepath.Join(built.dir, name)
			cmd := exec.Command(goBin, "build", "-tags", tag, "-o", path, ".")
			cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
			if b, err := cmd.CombinedOutput(); err != nil {
				built.err = fmt.Sprintf("go build -tags %s: %v\n%s", tag, err, b)
				return
			}
			built.bins[name] = path
		}
	})
	if built.err != "" {
		t.Fatal(built.err)
	}
	return built.bins
}

// run starts bin with args in a clean locale environment plus env.
func run(t *testing.T, bin string, env []string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = slices.DeleteFunc(os.Environ(), func(kv string) bool {
		name, _, _ := strings.Cut(kv, "=")
		return slices.Contains(localeVars, name) || name == "GODEBUG"
	})
	cmd.Env = append(cmd.Env, env...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatalf("%s: %v", bin, err)
		}
	}
	return cmd.ProcessState.ExitCode(), o.String(), e.String()
}

// TestQuietUnderCLocales runs both built programs under C and POSIX
// locales: every command prints its output and nothing on stderr (Fyne's
// "Error parsing user locale C" included).
func TestQuietUnderCLocales(t *testing.T) {
	bins := programs(t)
	db := filepath.Join(t.TempDir(), "demo.db")
	if code, _, errOut := run(t, bins["interactions-cli"], []string{"LANG=en_US.UTF-8"},
		"--db", db, "demo", "--size", "100", "--seed", "1"); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	for _, name := range []string{"interactions-cli", "interactions"} {
		for _, c := range cLocales {
			for _, args := range [][]string{{"--db", db, "list", "--limit", "1"}, {"help"}} {
				code, out, errOut := run(t, bins[name], c.env, args...)
				if code != 0 || out == "" || errOut != "" {
					t.Errorf("%s %s under %s: exit %d, %d bytes on stdout, stderr:\n%s",
						name, strings.Join(args, " "), c.name, code, len(out), errOut)
				}
			}
		}
	}
}

// TestLocalePackageInitialisedFirst checks, with the runtime's own trace,
// that ui/quietlocale is initialised before Fyne's lang package
// reads the locale.
func TestLocalePackageInitialisedFirst(t *testing.T) {
	bins := programs(t)
	_, _, trace := run(t, bins["interactions"], []string{"LANG=C.UTF-8", "GODEBUG=inittrace=1"}, "help")
	var order []string
	for line := range strings.Lines(trace) {
		if f := strings.Fields(line); len(f) > 2 && f[0] == "init" {
			order = append(order, f[1])
		}
	}
	ours := slices.Index(order, "interactions/ui/quietlocale")
	lang := slices.Index(order, "fyne.io/fyne/v2/lang")
	if ours < 0 || lang < 0 || ours > lang {
		t.Fatalf("init order: quietlocale at %d, fyne.io/fyne/v2/lang at %d (want both, ours first); trace:\n%s",
			ours, lang, trace)
	}
	if strings.Contains(trace, "Error parsing user locale") {
		t.Errorf("the locale message is back:\n%s", trace)
	}
}

// TestCommandLineProgramWithoutCommand checks that the command-line
// program, which has no window, says so instead of opening one.
func TestCommandLineProgramWithoutCommand(t *testing.T) {
	bins := programs(t)
	code, out, errOut := run(t, bins["interactions-cli"], []string{"LANG=C.UTF-8"},
		"--db", filepath.Join(t.TempDir(), "none.db"))
	if code != 2 || out != "" || !strings.Contains(errOut, "no command given") {
		t.Fatalf("exit %d, stdout %q, stderr %q; want exit 2 and a hint on stderr", code, out, errOut)
	}
}
