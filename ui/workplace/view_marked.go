package workplace

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
)

// newMarkedToggle returns the "Show marked" button: while it is on, the
// list shows the interactions marked for deletion too, dimmed and in
// italics, so the user can review them, clear a mark or purge.
func (v *View) newMarkedToggle() *widget.Button {
	b := widget.NewButtonWithIcon(lang.X("list.showMarked", "Show marked"), theme.DeleteIcon(), func() {
		v.showMarked(v.model.Filter().Deleted == data.DeletedHide)
	})
	b.Importance = widget.LowImportance
	return b
}

// showMarked shows the interactions marked for deletion among the others
// (on) or hides them (off).
func (v *View) showMarked(on bool) {
	d := data.DeletedHide
	if on {
		d = data.DeletedInclude
	}
	v.setDeletedMode(d)
}

// showOnlyMarked shows the marked interactions alone, as the purge
// dialog's "Show them" asks.
func (v *View) showOnlyMarked() { v.setDeletedMode(data.DeletedOnly) }

// setDeletedMode shows the list with marked interactions hidden, included
// or alone, the rest of the filter kept.
func (v *View) setDeletedMode(d data.DeletedFilter) {
	f := v.filters.Filter()
	f.Deleted = d
	v.filters.SetFilter(f)
	v.setFilter(v.filters.Filter())
}

// syncMarkedToggle shows the toggle raised while marked interactions are
// shown.
func (v *View) syncMarkedToggle() {
	on := v.model.Filter().Deleted != data.DeletedHide
	if imp := toggleImportance(on); v.markedToggle.Importance != imp {
		v.markedToggle.Importance = imp
		v.markedToggle.Refresh()
	}
}

// UndoMark takes back the last change of deletion marks (Ctrl+Z).
func (v *View) UndoMark() { v.bulk.Undo() }

// FocusNavSearch shows the navigation panel when it is hidden and puts
// the cursor in its search (Ctrl+Shift+F).
func (v *View) FocusNavSearch() {
	if !v.showNav {
		v.toggleNav()
	}
	v.win.Canvas().Focus(v.nav.Search)
}
