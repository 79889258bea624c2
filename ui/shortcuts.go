package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// registerShortcuts binds the keyboard shortcuts of the main window, all
// of them here: Ctrl+F (⌘F on macOS) finds.
func (mv *mainView) registerShortcuts() {
	c := mv.win.Canvas()
	c.AddShortcut(findShortcut, func(fyne.Shortcut) { mv.focusSearch() })
}

// findShortcut focuses the search of the list.
var findShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
