// Package keys is the keyboard of the Interactions workplace (SPEC 6):
// its shortcuts, bound in one place, and the plain keys a focused widget
// passes on.
package keys

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The keyboard of the Interactions workplace (SPEC 6). Shortcuts with a
// modifier are the canvas's; Delete and Escape are plain keys, which the
// canvas gets only while no widget has the focus, so a focused widget of
// the workplace (the list) passes them on with Handle.
// Arrows and Enter belong to the list itself.
var (
	// FindShortcut focuses the search of the list (Ctrl+F, ⌘F on macOS).
	FindShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	// NavSearchShortcut focuses the search of the navigation panel,
	// showing the panel when it is hidden (Ctrl+Shift+F).
	NavSearchShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	// NavShortcut shows or hides the navigation panel (Ctrl+B), as the
	// "Navigation" button does.
	NavShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyB, Modifier: fyne.KeyModifierShortcutDefault}
	// UndoShortcut undoes the last deletion mark (Ctrl+Z).
	UndoShortcut = &fyne.ShortcutUndo{}
	// CreateShortcut creates an interaction of the first enabled type (Ctrl+N).
	CreateShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	// ReviewedShortcut toggles the reviewed flag of the selection (Ctrl+R).
	ReviewedShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyR, Modifier: fyne.KeyModifierShortcutDefault}
	// SelectAllShortcut selects every row of the list (Ctrl+A). The driver
	// reports Ctrl+A as this standard shortcut, which a focused entry
	// keeps for its own text.
	SelectAllShortcut = &fyne.ShortcutSelectAll{}
)

// Keys is what a screen does on the workplace keys.
type Keys interface {
	FocusSearch()    // Ctrl+F
	FocusNavSearch() // Ctrl+Shift+F
	ToggleNav()      // Ctrl+B
	UndoMark()       // Ctrl+Z
	CreateDefault()  // Ctrl+N
	ToggleReviewed() // Ctrl+R
	MarkDeleted()    // Delete
	ClearSelection() // Escape, when no dialog is open
	SelectAll()      // Ctrl+A
}

// Register binds the keys of the workplace on c, all of them in
// this one place. It takes the canvas's typed-key handler for Delete and
// Escape. While a dialog or a pop-up menu is open the workplace behind it
// does not act on its keys; Escape closes the pop-up.
func Register(c fyne.Canvas, k Keys) {
	bind := func(s fyne.Shortcut, do func()) {
		c.AddShortcut(s, func(fyne.Shortcut) {
			if c.Overlays().Top() == nil {
				do()
			}
		})
	}
	bind(FindShortcut, k.FocusSearch)
	bind(NavSearchShortcut, k.FocusNavSearch)
	bind(NavShortcut, k.ToggleNav)
	bind(UndoShortcut, k.UndoMark)
	bind(CreateShortcut, k.CreateDefault)
	bind(ReviewedShortcut, k.ToggleReviewed)
	bind(SelectAllShortcut, k.SelectAll)
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { Handle(c, k, ev) })
}

// Unregister takes the keys Register bound off c: while the window shows
// no workplace (its database closed for maintenance) they do nothing.
func Unregister(c fyne.Canvas) {
	for _, s := range []fyne.Shortcut{FindShortcut, NavSearchShortcut, NavShortcut, UndoShortcut,
		CreateShortcut, ReviewedShortcut, SelectAllShortcut} {
		c.RemoveShortcut(s)
	}
	c.SetOnTypedKey(nil)
}

// Handle does what Delete and Escape mean in the workplace
// and reports whether ev was one of them. Escape closes the topmost
// dialog or pop-up menu when one is open, else clears the selection.
func Handle(c fyne.Canvas, k Keys, ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyDelete:
		if c.Overlays().Top() == nil {
			k.MarkDeleted()
		}
		return true
	case fyne.KeyEscape:
		if top := c.Overlays().Top(); top != nil {
			top.Hide()
		} else {
			k.ClearSelection()
		}
		return true
	}
	return false
}
