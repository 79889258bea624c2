package workplace

import (
	"testing"

	"fyne.io/fyne/v2"

	"interactions/data"
	"interactions/ui/internal/uitest"
)

// fakeEditors records what the workplace asks of the editors.
type fakeEditors struct {
	opened  []data.ID
	created []data.InteractionType
	chains  []data.Ref
}

func (f *fakeEditors) Open(id data.ID) { f.opened = append(f.opened, id) }
func (f *fakeEditors) Create(t data.InteractionType, _ data.Direction) {
	f.created = append(f.created, t)
}
func (f *fakeEditors) ShowChain(r data.Ref) { f.chains = append(f.chains, r) }

// TestInteractionsView_EnterOpensTheEditor: with editors, Enter and F2 on
// a row open its editor and Create opens a new one's.
func TestInteractionsView_EnterOpensTheEditor(t *testing.T) {
	st := uitest.FixtureStore(t)
	v, _ := showInteractions(t, st)
	ed := &fakeEditors{}
	v.UseEditors(ed)
	v.clickRow(1, 0)
	row := readItem(t, v.model, 1).Row
	v.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	v.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF2})
	if len(ed.opened) != 2 || ed.opened[0] != row.Interaction.ID {
		t.Errorf("Enter and F2 opened %v, want %d twice", ed.opened, row.Interaction.ID)
	}
	v.CreateDefault()
	if len(ed.created) != 1 {
		t.Errorf("Ctrl+N created %v, want one editor", ed.created)
	}
}
