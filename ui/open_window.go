package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"interactions/data"
)

// openWindow is the main window with the store it shows, as Run keeps
// them: what the window's maintenance (restore a backup, compact) closes
// and then opens again in the same window.
type openWindow struct {
	st         *data.Store
	mv         *mainView
	stopMemory func()
	// everStarted is set once a store has been shown.
	everStarted bool
}

// start builds the main view of st in w and starts its background work:
// the daily backups and the bound on mapped memory.
func (o *openWindow) start(w fyne.Window, st *data.Store) {
	o.st, o.everStarted = st, true
	o.mv = newMainView(w, st)
	o.mv.maintain = o.maintain
	o.mv.setMainMenu() // now with the items that need maintain
	o.mv.stopBackups = startDailyBackups(st)
	o.stopMemory = boundMemory(st)
	if st.Warning() != nil {
		dialog.ShowInformation(lang.X("warning.rolledBack.title", "The last change was not saved"),
			lang.X("warning.rolledBack.text", "The last change before the program stopped was not saved completely (a damaged page of {{.Path}}); the database is at its previous state.",
				map[string]any{"Path": st.Path()}), w)
	}
}

// stop ends the main view's background work and lets the store go,
// without closing it.
func (o *openWindow) stop() *data.Store {
	st := o.st
	if o.stopMemory != nil {
		o.stopMemory()
	}
	if o.mv != nil {
		o.mv.close()
	}
	o.st, o.mv, o.stopMemory = nil, nil, nil
	return st
}

// end stops everything and closes the store: the program is ending.
func (o *openWindow) end() {
	if st := o.stop(); st != nil {
		st.Close()
	}
}
