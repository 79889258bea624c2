package bulk

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/format"
	"interactions/ui/widgets"
)

// markStep is the last change of deletion marks, for Undo.
type markStep struct {
	ids     []data.ID
	deleted bool // what the step set
}

// markDialog asks before deletion marks are set or cleared, with a count.
type markDialog struct {
	Question   *widget.Label
	Cancel, OK *widget.Button
	Dialog     *dialog.CustomDialog
}

// MarkDeleted is Delete: when any selected interaction is not marked for
// deletion, all are to be marked; when all are marked, the marks are to
// be cleared. Either way the bar asks first, naming how many.
func (b *Bar) MarkDeleted() {
	ids := b.ids()
	if len(ids) == 0 {
		return
	}
	st := b.store
	flag := false
	widgets.LoadThen(b.win, func() (err error) {
		flag, err = st.AnyWithout(ids, data.FlagDeleted)
		return err
	}, func() { b.confirmMark(ids, flag) })
}

// setDeleted marks the selection for deletion or clears the mark, as the
// deletion menu asks, after a confirmation.
func (b *Bar) setDeleted(deleted bool) {
	if ids := b.ids(); len(ids) > 0 {
		b.confirmMark(ids, deleted)
	}
}

// confirmMark asks whether to mark ids for deletion (or clear their
// marks) and does it on OK; the step can then be undone.
func (b *Bar) confirmMark(ids []data.ID, deleted bool) {
	title := lang.X("bulk.clearDeleted", "Clear deletion mark")
	question := lang.XN("bulk.unmark.question", "Clear the deletion mark of {{.count}} interactions?",
		len(ids), map[string]any{"Count": format.Count(len(ids))})
	confirm := lang.X("bulk.unmark.confirm", "Clear the mark")
	if deleted {
		title = lang.X("bulk.mark.title", "Mark for deletion")
		question = lang.XN("bulk.mark.question",
			"Mark {{.count}} interactions for deletion? They leave the list until “Show marked” is on; Ctrl+Z undoes it.",
			len(ids), map[string]any{"Count": format.Count(len(ids))})
		confirm = lang.X("bulk.mark.confirm", "Mark")
	}
	d := &markDialog{Question: widget.NewLabel(question)}
	d.Question.Wrapping = fyne.TextWrapWord
	d.Cancel, d.OK = widgets.DialogButtons(confirm, func() {
		d.Dialog.Hide()
		b.applyMark(title, ids, deleted)
	})
	if deleted {
		d.OK.Importance = widget.DangerImportance
	}
	d.Dialog = dialog.NewCustomWithoutButtons(title, d.Question, b.win)
	d.Dialog.SetButtons([]fyne.CanvasObject{d.Cancel, d.OK})
	d.Cancel.OnTapped = d.Dialog.Hide
	d.Dialog.Resize(fyne.NewSize(460, 0))
	b.mark = d
	d.Dialog.Show()
	b.win.Canvas().Focus(d.OK) // Enter confirms, Escape cancels
}

// applyMark sets the deletion marks of ids and remembers the step.
func (b *Bar) applyMark(action string, ids []data.ID, deleted bool) {
	if b.running > 0 {
		return
	}
	st := b.store
	b.last = &markStep{ids: ids, deleted: deleted}
	b.run(action, func() error { return st.MarkDeleted(ids, deleted) })
	b.showUndo()
}

// Undo takes back the last change of deletion marks (Ctrl+Z, or the
// Undo button beside the deletion menu).
func (b *Bar) Undo() {
	s := b.last
	if s == nil || b.running > 0 {
		return
	}
	b.last = nil
	st := b.store
	b.run(lang.X("bulk.undo", "Undo"), func() error { return st.MarkDeleted(s.ids, !s.deleted) })
	b.showUndo()
}

// CanUndo reports whether there is a change of marks to take back.
func (b *Bar) CanUndo() bool { return b.last != nil }

// showUndo shows the Undo button while there is a step to undo, saying
// what it takes back.
func (b *Bar) showUndo() {
	if b.last == nil {
		b.UndoButton.Hide()
		return
	}
	text := lang.XN("bulk.undo.unmark", "Undo: unmark {{.count}} (Ctrl+Z)", len(b.last.ids),
		map[string]any{"Count": format.Count(len(b.last.ids))})
	if !b.last.deleted {
		text = lang.XN("bulk.undo.mark", "Undo: mark {{.count}} again (Ctrl+Z)", len(b.last.ids),
			map[string]any{"Count": format.Count(len(b.last.ids))})
	}
	b.UndoButton.SetText(text)
	b.UndoButton.Show()
}
