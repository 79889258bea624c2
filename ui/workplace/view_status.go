package workplace

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/background"
	"interactions/ui/format"
)

// markedStatus is the part of the status line that says how many
// interactions of the filter are marked for deletion while they are
// hidden, with a button that shows them: a list that starts with fewer
// rows than the database holds says why.
type markedStatus struct {
	Note  *widget.Label
	Show  *widget.Button
	tasks background.Tasks
	stop  context.CancelFunc // drops the answer of the count under way
}

// newStatus returns the status line: the count of the list and the note
// of the marked ones.
func (v *View) newStatus() *fyne.Container {
	v.marked.Note = widget.NewLabel("")
	v.marked.Show = widget.NewButton(lang.X("list.marked.show", "Show them"), func() { v.showMarked(true) })
	v.marked.Show.Importance = widget.LowImportance
	v.marked.Note.Hide()
	v.marked.Show.Hide()
	return container.NewHBox(v.count, v.marked.Note, v.marked.Show)
}

// countMarked counts, in the background, the interactions of the filter
// that are marked for deletion, and shows the note when there are some
// and they are hidden.
func (v *View) countMarked() {
	if v.marked.stop != nil {
		v.marked.stop()
	}
	f := v.model.Filter()
	if f.Deleted != data.DeletedHide {
		v.showMarkedNote(0)
		return
	}
	f.Deleted = data.DeletedOnly
	f.Status = data.StatusAll
	ctx, stop := context.WithCancel(context.Background())
	v.marked.stop = stop
	background.Read(&v.marked.tasks, ctx, func() (int, error) { return v.store.Count(f) },
		func(n int, err error) {
			if err != nil {
				n = 0 // the list's own line says what went wrong
			}
			v.showMarkedNote(n)
		})
}

// showMarkedNote shows "· N marked for deletion" and its button, or
// hides them for none.
func (v *View) showMarkedNote(n int) {
	if n == 0 {
		v.marked.Note.Hide()
		v.marked.Show.Hide()
		return
	}
	v.marked.Note.SetText("· " + lang.XN("list.marked.note", "{{.count}} marked for deletion", n,
		map[string]any{"Count": format.Count(n)}))
	v.marked.Note.Show()
	v.marked.Show.Show()
	v.status.Refresh()
}

// MarkedNote returns the note of the marked interactions the status line
// shows, "" when it shows none.
func (v *View) MarkedNote() string {
	if !v.marked.Note.Visible() {
		return ""
	}
	return v.marked.Note.Text
}
