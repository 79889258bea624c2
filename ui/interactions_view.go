package ui

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
)

// searchDelay is how long typing must pause before the search runs.
const searchDelay = 300 * time.Millisecond

// interactionsStore is what the Interactions screen needs of the store.
type interactionsStore interface {
	listSource
	Settings() data.Settings
}

// statusChoices are the values of the status selector, in its order.
var statusChoices = []data.Status{data.StatusAll, data.StatusToReview, data.StatusDeferred, data.StatusReviewed}

// interactionsView is the Interactions workplace (Взаимодействия): a
// status selector and a search entry above the list of interactions, and
// a status line with the count under it.
type interactionsView struct {
	store interactionsStore
	model *listModel

	status   *widget.Select
	search   *widget.Entry
	table    *widget.Table
	columns  []listColumn
	count    *widget.Label // the status line
	hint     *widget.Label // over an empty list: why it is empty
	hintBox  *fyne.Container
	hintBack *canvas.Rectangle

	content fyne.CanvasObject

	review      bool // the option "use the reviewed flag and review after"
	searchTimer *time.Timer
	searchSeq   int
}

// newInteractionsView builds the screen and starts reading the list.
func newInteractionsView(st interactionsStore) *interactionsView {
	v := &interactionsView{store: st, model: newListModel(st)}
	v.review = st.Settings().Options.UseReview
	v.table, v.columns = newListTable(v.model, func() bool { return v.review })

	v.status = widget.NewSelect(v.statusOptions(), nil)
	v.status.SetSelectedIndex(0)
	v.status.OnChanged = func(string) { v.statusChanged() }
	if !v.review {
		v.status.Hide()
	}

	v.search = widget.NewEntry()
	v.search.SetPlaceHolder(lang.X("search.placeholder", "Search: topic, contacts, text (Ctrl+F)"))
	v.search.OnChanged = v.searchChanged

	v.count = widget.NewLabel("")
	v.hint = widget.NewLabel("")

	heading := newHeading(lang.X("screen.interactions", "Interactions"))
	toolbar := container.NewBorder(nil, nil, container.NewHBox(heading, v.status), nil, v.search)
	fitted := container.New(&columnFitter{table: v.table, cols: v.columns}, v.table)
	v.hintBack = canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	v.hintBack.CornerRadius = theme.InputRadiusSize()
	v.hintBox = container.NewCenter(container.NewStack(v.hintBack, container.NewPadded(v.hint)))
	v.hintBox.Hide()
	list := container.NewStack(fitted, v.hintBox)
	v.content = container.NewBorder(toolbar, v.count, nil, nil, list)

	v.model.OnChanged = v.refresh
	v.model.SetFilter(data.Filter{})
	return v
}

// statusOptions returns the labels of the status selector, with counts
// once they are known.
func (v *interactionsView) statusOptions() []string {
	names := []string{
		lang.X("status.all", "All"),
		lang.X("status.toReview", "To review"),
		lang.X("status.deferred", "Deferred"),
		lang.X("status.reviewed", "Reviewed"),
	}
	sc, ok := v.model.StatusCounts()
	if !ok {
		return names
	}
	for i, n := range []int{sc.All, sc.ToReview, sc.Deferred, sc.Reviewed} {
		names[i] = lang.X("status.withCount", "{{.Status}} ({{.Count}})", map[string]any{"Status": names[i], "Count": formatCount(n)})
	}
	return names
}

func (v *interactionsView) statusChanged() {
	i := v.status.SelectedIndex()
	if i < 0 || i >= len(statusChoices) {
		return
	}
	f := v.model.Filter()
	if f.Status == statusChoices[i] {
		return
	}
	f.Status = statusChoices[i]
	v.setFilter(f)
}

// setFilter shows the list of another filter from its top.
func (v *interactionsView) setFilter(f data.Filter) {
	v.model.SetFilter(f)
	v.table.ScrollToTop()
}

// searchChanged runs the search once typing pauses for searchDelay.
func (v *interactionsView) searchChanged(text string) {
	v.searchSeq++
	seq := v.searchSeq
	if v.searchTimer != nil {
		v.searchTimer.Stop()
	}
	v.searchTimer = time.AfterFunc(searchDelay, func() {
		doOnUI(func() {
			if seq == v.searchSeq {
				v.applySearch(text)
			}
		})
	})
}

func (v *interactionsView) applySearch(text string) {
	f := v.model.Filter()
	text = strings.TrimSpace(text)
	if f.Text == text {
		return
	}
	f.Text = text
	v.setFilter(f)
}

// refresh shows the model's state: rows, counts, the status line and the hint.
func (v *interactionsView) refresh() {
	v.table.Refresh()

	if opts := v.statusOptions(); !slices.Equal(opts, v.status.Options) {
		i := v.status.SelectedIndex()
		v.status.Options = opts
		if i >= 0 {
			v.status.Selected = opts[i]
		}
		v.status.Refresh()
	}

	total, known := v.model.Total()
	switch {
	case v.model.Err() != nil:
		v.count.SetText(lang.X("list.error", "Could not read the list: {{.Error}}", map[string]any{"Error": v.model.Err().Error()}))
	case known:
		v.count.SetText(countOf(total))
	case v.model.Loading() || v.model.Len() == 0:
		v.count.SetText(lang.X("list.loading", "Loading…"))
	default:
		v.count.SetText(lang.X("list.counting", "Counting…"))
	}

	switch {
	case !known || total > 0:
		v.hintBox.Hide()
		return
	case isEmptyFilter(v.model.Filter()):
		v.hint.SetText(lang.X("list.empty", "There are no interactions yet. The ones you create or import will appear here."))
	default:
		v.hint.SetText(lang.X("list.noMatch", "No interactions match the filter."))
	}
	v.hintBack.FillColor = theme.Color(theme.ColorNameBackground)
	v.hintBox.Show()
}

// reload reads the list again after the data changed under it.
func (v *interactionsView) reload() {
	v.review = v.store.Settings().Options.UseReview
	if v.review {
		v.status.Show()
	} else {
		v.status.Hide()
		v.status.SetSelectedIndex(0) // no status filter while the option is off
	}
	v.model.Reload()
}

// close stops the screen's background work.
func (v *interactionsView) close() {
	if v.searchTimer != nil {
		v.searchTimer.Stop()
	}
	v.model.Close()
}

func isEmptyFilter(f data.Filter) bool {
	return len(f.Kinds) == 0 && f.Status == data.StatusAll && f.Responsible == 0 && f.Contact.IsZero() &&
		f.Subject.IsZero() && f.From.IsZero() && f.To.IsZero() && f.Importance == 0 && f.Text == "" &&
		len(f.Attrs) == 0 && f.Deleted == data.DeletedHide
}
