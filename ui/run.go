// Package ui is the window of Interactions: the main window with its
// navigation and screens, the dialogs, and the list model that reads the
// store page by page. It never imports fyne.io/fyne/v2/app, so it builds
// and tests with no display; main.go makes the app and calls Run.
package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"interactions/assets"
	"interactions/data"
)

// doOnUI runs fn on the UI goroutine. Goroutines the ui package starts
// report back through it only; tests replace it to run the reports on the
// test's own goroutine.

// Window size of a first start.
const (
	windowWidth  = 1200
	windowHeight = 760
)

// Run opens the database at dbPath and shows the main window until the user
// closes it. It returns the process exit code: 0, or 1 when the database
// cannot be opened — then a window says why and names the file.
func Run(a fyne.App, dbPath string) int {
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))
	if dbPath == "" {
		p, err := data.DefaultPath()
		if err != nil {
			fyne.LogError("Could not find the database", err)
			return 1
		}
		dbPath = p
	}
	st, err := data.Open(dbPath)
	if err != nil {
		fyne.LogError("Could not open the database", err)
		w := a.NewWindow(lang.X("app.title", "Interactions"))
		v := newOpenErrorView(dbPath, err, a.Quit)
		w.SetContent(v.content)
		w.Resize(fyne.NewSize(560, 180))
		w.CenterOnScreen()
		w.ShowAndRun()
		return 1
	}
	defer st.Close()
	defer boundMemory(st)()

	w := a.NewWindow(lang.X("app.title", "Interactions"))
	mv := newMainView(w, st)
	w.Resize(fyne.NewSize(windowWidth, windowHeight))
	w.SetMaster()
	mv.offerDemoIfEmpty()
	w.ShowAndRun()
	mv.close()
	return 0
}
