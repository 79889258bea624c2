package catalogs

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/format"
)

// interactionsShown is how many of a record's interactions its tab lists:
// the newest.
const interactionsShown = 200

// interactionsTab lists the newest interactions the filter selects; a
// double tap (or Open) opens the editor of one.
func interactionsTab(d Deps, f data.Filter) fyne.CanvasObject {
	var rows []data.Row
	count := widget.NewLabel(lang.X("list.loading", "Loading…"))
	selected := -1
	list := widget.NewList(func() int { return len(rows) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			it := rows[i].Interaction
			o.(*widget.Label).SetText(format.DateTime(it.Date) + "   " + format.TypeTitle(it.Type) + "   " + it.Topic + "   " + rows[i].Responsible)
		})
	open := widget.NewButton(lang.X("preview.open", "Open"), func() {
		if selected >= 0 && selected < len(rows) && d.Editor != nil {
			d.Editor.Open(rows[selected].Interaction.ID)
		}
	})
	list.OnSelected = func(i widget.ListItemID) { selected = i }
	st := d.Store
	var page data.Page
	var total int
	loadThen(d, func() (err error) {
		if page, err = st.List(data.Query{Filter: f, Limit: interactionsShown}); err != nil {
			return err
		}
		total, err = st.Count(f)
		return err
	}, func() {
		rows = page.Rows
		count.SetText(format.InteractionCount(total))
		list.Refresh()
	})
	if d.Editor == nil {
		open.Hide()
	}
	return container.NewBorder(container.NewBorder(nil, nil, count, open), nil, nil, nil, list)
}
