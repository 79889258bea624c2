package interop

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// Actions are the window's imports and exports and the buttons and menu
// items that open them; it listens to the session to follow the options.
type Actions struct {
	st   *data.Store
	sess *session.Session
	win  fyne.Window
	// ListFilter returns the interactions list's filter as the list reads
	// it (the options' scope applied); the list exports use it.
	ListFilter func() data.Filter

	// Importer is the open Import dialog, nil before the first.
	Importer *ImportDialog
	// Progress is the progress dialog of a running export.
	Progress dialog.Dialog
	// LastMessage is what the last export said.
	LastMessage string

	tasks    background.Tasks
	icsItems []*fyne.MenuItem // hidden while meetings and planned interactions are off
	emlItems []*fyne.MenuItem // hidden while e-mail is off
	menus    []*fyne.Menu
}

// New returns the actions over win.
func New(st *data.Store, sess *session.Session, win fyne.Window) *Actions {
	return &Actions{st: st, sess: sess, win: win}
}

// OpenImport opens the Import dialog with kind preselected.
func (a *Actions) OpenImport(kind string) {
	a.Importer = NewImportDialog(a.st, a.sess, a.win, kind)
	a.Importer.Show()
}

// ImportButton is an "Import…" button opening the dialog at kind.
func (a *Actions) ImportButton(kind string) *widget.Button {
	return widget.NewButtonWithIcon(lang.X("interop.importButton", "Import…"), theme.DownloadIcon(), func() { a.OpenImport(kind) })
}

// ExportButton is an "Export" button: with one export a plain button,
// with several a menu of them.
func (a *Actions) ExportButton(exports ...Export) *widget.Button {
	if len(exports) == 1 {
		return widget.NewButtonWithIcon(exports[0].Title(), theme.UploadIcon(), func() { a.Export(exports[0]) })
	}
	m := fyne.NewMenu("", a.items(exports...)...)
	a.menus = append(a.menus, m)
	return widgets.NewMenuButton(lang.X("interop.exportButton", "Export"), theme.UploadIcon(), m, nil)
}

// items are the menu items of the exports.
func (a *Actions) items(exports ...Export) []*fyne.MenuItem {
	var out []*fyne.MenuItem
	for _, e := range exports {
		it := fyne.NewMenuItem(e.Title(), func() { a.Export(e) })
		switch e {
		case ListICS:
			a.icsItems = append(a.icsItems, it)
			it.Disabled = !a.icsShown()
		case ListEML:
			a.emlItems = append(a.emlItems, it)
			it.Disabled = !a.sess.Options().Shows(data.PartEmail)
		}
		out = append(out, it)
	}
	return out
}

// MenuItems are the File menu's Import… and Export items.
func (a *Actions) MenuItems() []*fyne.MenuItem {
	imp := fyne.NewMenuItem(lang.X("interop.menuImport", "Import…"), func() { a.OpenImport("") })
	exp := fyne.NewMenuItem(lang.X("interop.exportButton", "Export"), nil)
	exp.ChildMenu = fyne.NewMenu("", a.items(ListCSV, ListICS, ListEML, PartnersCSV, PersonsCSV, PersonsVCF)...)
	a.menus = append(a.menus, exp.ChildMenu)
	return []*fyne.MenuItem{imp, exp}
}

// icsShown reports whether the options show meetings or planned
// interactions, which iCalendar carries.
func (a *Actions) icsShown() bool {
	o := a.sess.Options()
	return o.Shows(data.PartMeetings) || o.Shows(data.PartPlanned)
}

// Changed follows the options: the iCalendar export is there only while
// meetings or planned interactions are.
func (a *Actions) Changed(c session.Change) {
	if !c.Has(session.Settings) {
		return
	}
	for _, it := range a.icsItems {
		it.Disabled = !a.icsShown()
	}
	for _, it := range a.emlItems {
		it.Disabled = !a.sess.Options().Shows(data.PartEmail)
	}
	for _, m := range a.menus {
		m.Refresh()
	}
}
