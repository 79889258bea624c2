package main

import (
	_ "embed"

	"interactions/data"
)

// fyneApp is the program's metadata: the release `fyne package` stamps
// into the installed program, read here so that `go build` and `go run`
// report the same version. It is parsed when the version is first shown
// (data.Running), not at start; TestReleaseFile checks that it parses.
//
//go:embed FyneApp.toml
var fyneApp []byte

func init() { data.SetRelease(fyneApp) }
