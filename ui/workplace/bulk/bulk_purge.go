package bulk

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
	Marked     []string       // what the dialog lists: the first marked interactions
	Show       *widget.Button // shows the marked interactions in the list
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
	var page data.Page
	marked := data.Filter{Deleted: data.DeletedOnly}
	widgets.LoadThen(b.win, func() (err error) {
		if n, err = st.Count(marked); err != nil || n == 0 {
			return err
		}
		page, err = st.List(data.Query{Filter: marked, Limit: purgeListed})
		return err
	}, func() { b.showPurge(n, page.Rows) })
}

// purgeListed is how many of the marked interactions the purge dialog
// lists by date and topic; "Show them" shows them all in the list.
const purgeListed = 8

func (b *Bar) showPurge(n int, rows []data.Row) {
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
	lines := container.NewVBox()
	for _, r := range rows {
		line := format.DateTime(r.Interaction.Date) + "  " + r.Interaction.Topic
		d.Marked = append(d.Marked, line)
		l := widget.NewLabel(line)
		l.Truncation = fyne.TextTruncateEllipsis
		lines.Add(l)
	}
	if more := n - len(rows); more > 0 {
		lines.Add(widget.NewLabel(lang.XN("bulk.purge.more", "…and {{.count}} more", more,
			map[string]any{"Count": format.Count(more)})))
	}
	d.Show = widget.NewButton(lang.X("bulk.purge.show", "Show them in the list"), func() {
		d.Dialog.Hide()
		if b.OnShowMarked != nil {
			b.OnShowMarked()
		}
	})
	d.Cancel, d.OK = widgets.DialogButtons(lang.X("bulk.purge.confirm", "Purge"), func() {
		d.Dialog.Hide()
		if b.running > 0 {
			return
		}
		st := b.store
		b.runThen(title, func() error {
			_, err := st.Purge()
			return err
		}, func() {
			if b.OnPurged != nil {
				b.OnPurged()
			}
		})
	})
	d.OK.Importance = widget.DangerImportance
	d.Dialog = dialog.NewCustomWithoutButtons(title, container.NewVBox(d.Question, lines), b.win)
	d.Dialog.SetButtons([]fyne.CanvasObject{d.Show, d.Cancel, d.OK})
	d.Cancel.OnTapped = d.Dialog.Hide
	d.Dialog.Resize(fyne.NewSize(560, 0))
	b.purge = d
	d.Dialog.Show()
}
