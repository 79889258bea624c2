package workplace

import (
	"fyne.io/fyne/v2"

	"interactions/data"
)

// Editors is what the workplace asks of the interaction editors.
type Editors interface {
	Open(id data.ID)
	Create(t data.InteractionType, dir data.Direction)
	ShowChain(r data.Ref)
}

// UseEditors makes Enter, F2 and a double click on a row, and the
// preview's Open, open the interaction's editor, the preview's Chain its
// chain view, and Create (Ctrl+N) the editor of a new interaction.
func (v *View) UseEditors(ed Editors) {
	v.onOpen = ed.Open
	v.preview.OnOpen = ed.Open
	v.preview.OnChain = ed.ShowChain
	v.create.OnOpen = func(t data.InteractionType) { ed.Create(t, data.DirNone) }
	other := v.table.OnOtherKey
	v.table.OnOtherKey = func(ev *fyne.KeyEvent) bool {
		if ev.Name == fyne.KeyF2 {
			v.openSelected()
			return true
		}
		return other != nil && other(ev)
	}
}
