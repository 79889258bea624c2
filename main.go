// Command interactions is a desktop CRM organizer: the history of a
// company's interactions with its partners. With no command it opens the
// window; with one (demo, list, check …) it works from the command line.
package main

import (
	"os"

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
