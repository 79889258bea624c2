//go:build cli

package main

import (
	"fmt"
	"os"

	"interactions/ui/cli"
)

// main runs a command; with none it says where the window is, since this
// build has no window toolkit linked in.
func main() {
	cli.EndsProcess()
	code, gui, _ := cli.Main(os.Args[1:], os.Stdout, os.Stderr)
	if gui {
		fmt.Fprint(os.Stderr, "interactions-cli: no command given; see --help for the commands.\n"+
			"The window is the other program of the same build, interactions.\n")
		os.Exit(2)
	}
	os.Exit(code)
}
