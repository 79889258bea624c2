//go:build !cli

// Command interactions is a desktop CRM organizer: the history of a
// company's interactions with its partners. With no command it opens the
// window; with one (demo, list, check …) it works from the command line.
//
// Built with -tags cli (main_cli.go instead of this file) it is
// interactions-cli: the same commands without the window toolkit, whose
// process starts about three times faster.
package main

import (
	"os"

	// Maps a C/POSIX locale to English before Fyne's lang reads it. Its
	// import path, not this line's place, puts its init first: see its
	// package documentation.
	_ "interactions/ui/quietlocale"

	"fyne.io/fyne/v2/app"

	"interactions/assets"
	"interactions/ui"
	"interactions/ui/cli"
)

func main() {
	code, gui, dbPath := cli.Main(os.Args[1:], os.Stdout, os.Stderr)
	if !gui {
		os.Exit(code)
	}
	assets.LoadTranslations()
	a := app.NewWithID("ru.interactions.organizer")
	os.Exit(ui.Run(a, dbPath))
}
