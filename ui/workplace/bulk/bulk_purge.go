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

// purgeDialog asks before the interactions marked for deletion are
// removed for good, and says how many they are.
type purgeDialog struct {
	Question   *widget.Label
	Cancel, OK *widget.Button
	count      int
	Dialog     *dialog.CustomDialog
}

// openPurge counts the marked interactions, then asks to purge them; with
// none marked it says so. It does not depend on the selection.
func (b *Bar) openPurge() {
	if b.running > 0 {
		return
	}
	st := b.store
	n := 0
	widgets.LoadThen(b.win, func() (err error) {
		n, err = st.Count(data.Filter{Deleted: data.DeletedOnly})
		return err
	}, func() { b.showPurge(n) })
}

func (b *Bar) showPurge(n int) {
	title := lang.X("bulk.purge.title", "Purge marked interactions")
	if n == 0 {
		dialog.ShowInformation(title, lang.X("bulk.purge.nothing", "Nothing is marked for deletion."), b.win)
		return
	}
	d := &purgeDialog{count: n}
	d.Question = widget.NewLabel(lang.XN("bulk.purge.question",
		"{{.count}} interactions marked for deletion will be removed for good. This cannot be undone.",
		n, map[string]any{"Count": format.Count(n)}))
	d.Question.Wrapping = fyne.TextWrapWord
	d.Cancel, d.OK = widgets.DialogButtons(lang.X("bulk.purge.confirm", "Purge"), func() {
		d.Dialog.Hide()
		if b.running > 0 {
			return
		}
		st := b.store
		b.run(title, func() error {
			_, err := st.Purge()
			return err
		})
	})
	d.OK.Importance = widget.DangerImportance
	d.Dialog = dialog.NewCustomWithoutButtons(title, d.Question, b.win)
	d.Dialog.SetButtons([]fyne.CanvasObject{d.Cancel, d.OK})
	d.Cancel.OnTapped = d.Dialog.Hide
	d.Dialog.Resize(fyne.NewSize(440, 0))
	b.purge = d
	d.Dialog.Show()
}
