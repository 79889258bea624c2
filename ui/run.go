// Package ui is the window of Interactions: the main window with its
// navigation and screens, the dialogs, and the list model that reads the
// store page by page. It never imports fyne.io/fyne/v2/app, so it builds
// and tests with no display; main.go makes the app and calls Run.
package ui

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"interactions/assets"
	"interactions/data"
)

// Window size of a first start.
const (
	windowWidth  = 1200
	windowHeight = 760
)

// Run opens the database at dbPath and shows the main window until the user
// closes it. It returns the process exit code: 0, or 1 when the database
// cannot be opened — then a window says why and names the file; for a
// demo load that did not finish it offers to discard it and goes on to
// the main window. An older file's upgrade shows its progress first.
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
	ow := &openWindow{}
	defer ow.end()
	started := func(s *data.Store) {
		w := newMainWindow(a, s)
		ow.start(w, s)
		w.Show()
		ow.mv.offerDemoIfEmpty()
	}
	refused := func(err error) {
		fyne.LogError("Could not open the database", err)
		w := a.NewWindow(lang.X("app.title", "Interactions"))
		var v *openErrorView
		v = newOpenErrorView(dbPath, err, a.Quit, func() {
			s, err := data.Open(dbPath)
			if err != nil {
				v.message.SetText(openErrorMessage(dbPath, err))
				return
			}
			started(s)
			w.Close()
		})
		w.SetContent(v.content)
		w.Resize(fyne.NewSize(560, 180))
		w.CenterOnScreen()
		w.Show()
	}
	opened, err := openStore(a, dbPath, func(s *data.Store, err error) {
		if err != nil {
			refused(err)
			return
		}
		started(s)
	})
	switch {
	case err != nil:
		refused(err)
	case opened != nil:
		started(opened)
	}
	stopSignals := markExitOnSignal(a)
	defer stopSignals()
	a.Run()
	if !ow.everStarted {
		return 1
	}
	return 0
}

// newMainWindow makes the main window for st, in the store's language.
func newMainWindow(a fyne.App, st *data.Store) fyne.Window {
	useLanguage(st.Settings().Language)
	w := a.NewWindow(lang.X("app.title", "Interactions"))
	w.Resize(fyne.NewSize(windowWidth, windowHeight))
	w.SetMaster()
	return w
}

// useLanguage switches the interface to the language chosen in the
// settings ("" follows the system) before the window is built: the
// choice takes effect at the start of the program.
func useLanguage(code string) {
	if code == data.LangSystem {
		return
	}
	os.Setenv("LANGUAGE", code)
	assets.LoadTranslations()
}
