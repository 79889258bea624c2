package main

import (
	_ "embed"
	"fmt"
	"os"

	"interactions/data"
)

// fyneApp is the program's metadata: the release `fyne package` stamps
// into the installed program, read here so that `go build` and `go run`
// report the same version.
//
//go:embed FyneApp.toml
var fyneApp []byte

func init() {
	p, err := data.ParseProgram(fyneApp)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	data.Running = p
}
