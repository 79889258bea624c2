package ui

import (
	"interactions/ui/keys"
)

// registerShortcuts binds the workplace keys on the main window.
func (mv *mainView) registerShortcuts() {
	keys.Register(mv.win.Canvas(), mainViewKeys{mv})
}

// mainViewKeys gives the keys of the main window to its screens. Ctrl+F
// and Ctrl+N work from any screen and bring the Interactions screen
// forward; the keys that act on a selection work while it is shown. The
// Interactions screen answers each key it implements.
type mainViewKeys struct{ mv *mainView }

func (k mainViewKeys) FocusSearch() { k.mv.FocusSearch() }

func (k mainViewKeys) FocusNavSearch() {
	if s, ok := any(k.mv.interactions).(interface{ FocusNavSearch() }); ok {
		k.mv.show(screenInteractions)
		s.FocusNavSearch()
	}
}

func (k mainViewKeys) ToggleNav() {
	if s, ok := k.screen().(interface{ ToggleNav() }); ok {
		s.ToggleNav()
	}
}

func (k mainViewKeys) UndoMark() {
	if s, ok := k.screen().(interface{ UndoMark() }); ok {
		s.UndoMark()
	}
}

func (k mainViewKeys) CreateDefault() {
	if s, ok := any(k.mv.interactions).(interface{ CreateDefault() }); ok {
		k.mv.show(screenInteractions)
		k.mv.askWhoIfNoEmployees(s.CreateDefault) // a new interaction needs its responsible
	}
}

func (k mainViewKeys) ToggleReviewed() {
	if s, ok := k.screen().(interface{ ToggleReviewed() }); ok {
		s.ToggleReviewed()
	}
}

func (k mainViewKeys) MarkDeleted() {
	if s, ok := k.screen().(interface{ MarkDeleted() }); ok {
		s.MarkDeleted()
	}
}

func (k mainViewKeys) ClearSelection() {
	if s, ok := k.screen().(interface{ ClearSelection() }); ok {
		s.ClearSelection()
	}
}

func (k mainViewKeys) SelectAll() {
	if s, ok := k.screen().(interface{ SelectAll() }); ok {
		s.SelectAll()
	}
}

// screen is the Interactions screen while it is shown, else nil.
func (k mainViewKeys) screen() any {
	if k.mv.current != screenInteractions {
		return nil
	}
	return k.mv.interactions
}
