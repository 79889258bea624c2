//go:build cli

// The command-line programs keep the GOMAXPROCS they start with. Since Go
// 1.25 a program follows a change of its CPU limit while it runs: the
// runtime starts a goroutine for it before main, and sysmon reads the
// cgroup files again on its first tick, on a second thread. A command
// runs for milliseconds to minutes, so following the limit gains it
// nothing, and at its start the goroutine and the thread that runs it
// cost more than the query of a first page: `list --limit 50` at a
// million interactions 2.93 → 2.76 ms, `help list` 2.25 → 2.09 ms
// (medians of 301 alternating whole processes). The window (main.go)
// keeps Go's default.

//go:debug updatemaxprocs=0

package main

import (
	"fmt"
	"os"

	"interactions/ui/cli"
)

// main runs a command; with none it says where the window is, since this
// build has no window toolkit linked in.
func main() {
	growStack(0)
	cli.EndsProcess()
	code, gui, _ := cli.Main(os.Args[1:], os.Stdout, os.Stderr)
	if gui {
		fmt.Fprint(os.Stderr, "interactions-cli: no command given; see --help for the commands.\n"+
			"The window is the other program of the same build, interactions.\n")
		os.Exit(2)
	}
	os.Exit(code)
}

// growStack takes the main goroutine's stack to 32 KB in one step, while
// only two frames stand on it. A list grows it that far anyway, but from
// 2 KB by doubling, deep in the store's calls, and each of those copies
// must look up and adjust every frame on the stack; one early copy makes
// a whole `list --limit 50` process 0.08 ms (3%) shorter.
//
//go:noinline
func growStack(i int) byte {
	var frame [20 << 10]byte
	return byteAt(frame[:], i)
}

// byteAt keeps growStack's frame from being optimized away.
//
//go:noinline
func byteAt(b []byte, i int) byte { return b[i] }
