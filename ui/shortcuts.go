package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The keyboard of the Interactions workplace (SPEC 6). Shortcuts with a
// modifier are the canvas's; Delete and Escape are plain keys, which the
// canvas gets only while no widget has the focus, so a focused widget of
// the workplace (the list) passes them on with handleWorkplaceKey.
// Arrows and Enter belong to the list itself.
var (
	// findShortcut focuses the search of the list (Ctrl+F, ⌘F on macOS).
	findShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	// createShortcut creates an interaction of the first enabled type (Ctrl+N).
	createShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	// reviewedShortcut toggles the reviewed flag of the selection (Ctrl+R).
	reviewedShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyR, Modifier: fyne.KeyModifierShortcutDefault}
	// selectAllShortcut selects every row of the list (Ctrl+A). The driver
	// reports Ctrl+A as this standard shortcut, which a focused entry
	// keeps for its own text.
	selectAllShortcut = &fyne.ShortcutSelectAll{}
)

// workplaceKeys is what the workplace does on its keys.
type workplaceKeys interface {
	focusSearch()    // Ctrl+F
	createDefault()  // Ctrl+N
	toggleReviewed() // Ctrl+R
	markDeleted()    // Delete
	clearSelection() // Escape, when no dialog is open
	selectAll()      // Ctrl+A
}

// registerShortcuts binds the keys of the workplace on c, all of them in
// this one place. It takes the canvas's typed-key handler for Delete and
// Escape. While a dialog or a pop-up menu is open the workplace behind it
// does not act on its keys; Escape closes the pop-up.
func registerShortcuts(c fyne.Canvas, k workplaceKeys) {
	bind := func(s fyne.Shortcut, do func()) {
		c.AddShortcut(s, func(fyne.Shortcut) {
			if c.Overlays().Top() == nil {
				do()
			}
		})
	}
	bind(findShortcut, k.focusSearch)
	bind(createShortcut, k.createDefault)
	bind(reviewedShortcut, k.toggleReviewed)
	bind(selectAllShortcut, k.selectAll)
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { handleWorkplaceKey(c, k, ev) })
}

// handleWorkplaceKey does what Delete and Escape mean in the workplace
// and reports whether ev was one of them. Escape closes the topmost
// dialog or pop-up menu when one is open, else clears the selection.
func handleWorkplaceKey(c fyne.Canvas, k workplaceKeys, ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyDelete:
		if c.Overlays().Top() == nil {
			k.markDeleted()
		}
		return true
	case fyne.KeyEscape:
		if top := c.Overlays().Top(); top != nil {
			top.Hide()
		} else {
			k.clearSelection()
		}
		return true
	}
	return false
}

// registerShortcuts binds the workplace keys on the main window.
func (mv *mainView) registerShortcuts() {
	registerShortcuts(mv.win.Canvas(), mainViewKeys{mv})
}

// mainViewKeys gives the keys of the main window to its screens. Ctrl+F
// and Ctrl+N work from any screen and bring the Interactions screen
// forward; the keys that act on a selection work while it is shown. The
// Interactions screen answers each key it implements.
type mainViewKeys struct{ mv *mainView }

func (k mainViewKeys) focusSearch() { k.mv.focusSearch() }

func (k mainViewKeys) createDefault() {
	if s, ok := any(k.mv.interactions).(interface{ createDefault() }); ok {
		k.mv.show(screenInteractions)
		s.createDefault()
	}
}

func (k mainViewKeys) toggleReviewed() {
	if s, ok := k.screen().(interface{ toggleReviewed() }); ok {
		s.toggleReviewed()
	}
}

func (k mainViewKeys) markDeleted() {
	if s, ok := k.screen().(interface{ markDeleted() }); ok {
		s.markDeleted()
	}
}

func (k mainViewKeys) clearSelection() {
	if s, ok := k.screen().(interface{ clearSelection() }); ok {
		s.clearSelection()
	}
}

func (k mainViewKeys) selectAll() {
	if s, ok := k.screen().(interface{ selectAll() }); ok {
		s.selectAll()
	}
}

// screen is the Interactions screen while it is shown, else nil.
func (k mainViewKeys) screen() any {
	if k.mv.current != screenInteractions {
		return nil
	}
	return k.mv.interactions
}
