package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/format"

	"interactions/ui/session"

	"interactions/ui/widgets"

	"interactions/ui/list"

	"interactions/ui/workplace/navpanel"

	"interactions/ui/workplace/preview"

	"interactions/ui/workplace/bulk"

	"interactions/ui/workplace/create"

	"interactions/ui/keys"
	"interactions/ui/workplace/filterbar"
)

// interactionsStore is what the Interactions screen needs of the store:
// what its list, preview and the components it places need.
type interactionsStore interface {
	list.Source
	preview.Store
	filterbar.Store
	navpanel.ScopeStore
	bulk.Store
	create.Store
}

// Preferences that keep which side panes the user shows: the navigation
// panel (shown at first) and the preview (hidden at first, so that a
// window of the first start's size has room for every column).
const (
	showNavPref     = "list.showNav"
	showPreviewPref = "list.showPreview"
)

// Where the splits of the screen start: the navigation panel takes a
// fifth of the width, the preview two fifths of the rest.
const (
	navSplitOffset     = 0.22
	previewSplitOffset = 0.6
)

// interactionsView is the Interactions workplace (Взаимодействия): the
// filter bar, the saved filters and the create button on top; the navigation panel, the list
// and the preview pane side by side; the bulk actions and a status line
// with the count under them.
type interactionsView struct {
	store interactionsStore
	win   fyne.Window
	model *list.Model
	sel   *listSelection

	filters *filterbar.Bar
	saved   *filterbar.Saved // the saved filters (закладки)
	nav     *navpanel.Panel
	bulk    *bulk.Bar
	create  *create.Menu
	preview *preview.Pane
	table   *list.Table
	Search  *widget.Entry // the filter bar's search, focused by Ctrl+F

	navToggle     *widget.Button
	previewToggle *widget.Button
	columns       *widget.Button // "Columns…": the additional attribute columns
	count         *widget.Label  // the status line
	hint          *widget.Label  // over an empty list: why it is empty
	hintBox       *fyne.Container
	hintBack      *canvas.Rectangle

	list        fyne.CanvasObject // the table with the hint over it
	previewPart *container.Split  // list | preview
	navPart     *container.Split  // nav | the rest
	body        *fyne.Container   // holds what of the three parts is shown
	showNav     bool
	showPreview bool

	content fyne.CanvasObject

	opts data.Options
	Now  func() time.Time
}

// newInteractionsView builds the screen on st, with its dialogs over win,
// and starts reading the list.
func newInteractionsView(st interactionsStore, win fyne.Window) *interactionsView {
	v := &interactionsView{store: st, win: win, sel: newListSelection(), Now: session.Clock(st)}
	v.opts = st.Settings().Options
	v.model = list.NewModel(list.Scoped(st, func() data.Options { return v.opts }))
	prefs := fyne.CurrentApp().Preferences()
	v.showNav = prefs.BoolWithFallback(showNavPref, true)
	v.showPreview = prefs.BoolWithFallback(showPreviewPref, false)

	v.table = list.NewTable(v.model, v.currentColumns())
	v.table.Review, v.table.Now = v.opts.UseReview, v.Now
	v.table.Selected = v.sel.has
	v.table.OnRowTapped = v.clickRow
	v.table.OnHeaderTapped = v.sortByColumn
	v.table.OnMove = v.moveSelection
	v.table.OnOpen = v.openSelected
	v.table.OnOtherKey = func(ev *fyne.KeyEvent) bool { return keys.Handle(win.Canvas(), v, ev) }

	v.filters = filterbar.New(st, win)
	v.filters.OnChanged = v.setFilter
	v.filters.OnGroupChanged = v.setGroup
	v.Search = v.filters.Search
	v.saved = filterbar.NewSaved(st, win, v.current)
	v.saved.OnPick = v.applySaved

	v.nav = navpanel.New(navpanel.Scoped(st, func() data.Options { return v.opts }))
	v.nav.OnPick = v.navPicked
	v.bulk = bulk.New(st, win, v.selectedIDs)
	v.bulk.OnDone = v.changedData
	v.create = create.New(st, win, v.created)
	v.preview = preview.New(st)

	v.navToggle = widget.NewButtonWithIcon(lang.X("list.navigation", "Navigation"), theme.MenuIcon(), v.toggleNav)
	v.previewToggle = widget.NewButtonWithIcon(lang.X("list.preview", "Preview"), theme.VisibilityIcon(), v.togglePreview)
	v.columns = widget.NewButtonWithIcon(lang.X("list.columns", "Columns…"), theme.ListIcon(), v.chooseColumns)
	v.count = widget.NewLabel("")
	v.hint = widget.NewLabel("")

	v.hintBack = canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	v.hintBack.CornerRadius = theme.InputRadiusSize()
	v.hintBox = container.NewCenter(container.NewStack(v.hintBack, container.NewPadded(v.hint)))
	v.hintBox.Hide()
	v.list = container.NewStack(v.table, v.hintBox)
	v.previewPart = container.NewHSplit(v.list, v.preview.Content)
	v.previewPart.Offset = previewSplitOffset
	v.navPart = container.NewHSplit(v.nav.Content, v.previewPart)
	v.navPart.Offset = navSplitOffset
	v.body = container.NewStack()

	v.layoutBody()

	heading := widgets.NewHeading(lang.X("screen.interactions", "Interactions"))
	tools := container.NewHBox(v.saved.Content, v.navToggle, v.previewToggle, v.columns, v.create)
	top := container.NewVBox(container.NewBorder(nil, nil, heading, tools), v.filters.Content)
	// The bulk actions scroll sideways rather than widen a narrow window.
	bottom := container.NewVBox(container.NewHScroll(v.bulk.Content), v.count)
	v.content = container.NewBorder(top, bottom, nil, nil, v.body)
	v.applyOptions()

	v.model.OnChanged = v.refresh
	v.model.SetGroup(v.filters.Group())
	v.model.SetFilter(v.filters.Filter())
	v.selectionChanged()
	return v
}

// layoutBody shows the navigation panel and the preview as toggled.
func (v *interactionsView) layoutBody() {
	right := v.list
	if v.showPreview {
		v.previewPart.Leading = v.list
		right = v.previewPart
	}
	var shown fyne.CanvasObject = right
	if v.showNav {
		v.navPart.Trailing = right
		shown = v.navPart
	}
	v.body.Objects = []fyne.CanvasObject{shown}
	v.body.Refresh()
	v.navToggle.Importance = toggleImportance(v.showNav)
	v.previewToggle.Importance = toggleImportance(v.showPreview)
	v.navToggle.Refresh()
	v.previewToggle.Refresh()
	v.previewPart.Refresh()
	v.navPart.Refresh()
}

// toggleImportance is how a toggle button looks: raised while its pane
// is shown, flat while hidden.
func toggleImportance(on bool) widget.Importance {
	if on {
		return widget.MediumImportance
	}
	return widget.LowImportance
}

// toggleNav shows or hides the navigation panel.
func (v *interactionsView) toggleNav() {
	v.showNav = !v.showNav
	fyne.CurrentApp().Preferences().SetBool(showNavPref, v.showNav)
	v.layoutBody()
}

// togglePreview shows or hides the preview pane.
func (v *interactionsView) togglePreview() {
	v.showPreview = !v.showPreview
	fyne.CurrentApp().Preferences().SetBool(showPreviewPref, v.showPreview)
	v.layoutBody()
	v.updatePreview()
}

// currentColumns returns the columns the options and the user's choice show.
func (v *interactionsView) currentColumns() []list.Column {
	return list.Columns(v.opts, list.AttrColumnDefs(v.store.AttrDefs(), list.ChosenAttrColumns()))
}

// applyOptions shows what the options turn on: the columns, the bold of
// unreviewed rows, the "Columns…" button of the additional attributes.
func (v *interactionsView) applyOptions() {
	v.table.Review = v.opts.UseReview
	v.table.SetColumns(v.currentColumns())
	if v.opts.UseAttributes {
		v.columns.Show()
	} else {
		v.columns.Hide()
	}
}

// chooseColumns opens the dialog of the additional attribute columns.
func (v *interactionsView) chooseColumns() {
	c := list.NewColumnsChooser(v.store.AttrDefs(), list.ChosenAttrColumns(), v.win, func(ids []data.ID) {
		list.SetChosenAttrColumns(ids)
		v.applyOptions()
	})
	c.Dialog.Show()
}

// sortByColumn sorts by column col of the table: again reverses it.
func (v *interactionsView) sortByColumn(col int) {
	if col < 0 || col >= len(v.table.Cols) || !v.table.Cols[col].Sortable {
		return
	}
	v.model.SetSort(v.model.Sort().Next(v.table.Cols[col].SortKey))
	v.table.ScrollToTop()
	v.table.Refresh()
}

// setFilter shows the list of another filter from its top.
func (v *interactionsView) setFilter(f data.Filter) {
	v.model.SetFilter(f)
	v.table.ScrollToTop()
}

// setGroup groups the list by another key.
func (v *interactionsView) setGroup(g data.GroupBy) {
	v.model.SetGroup(g)
	v.table.ScrollToTop()
}

// navPicked applies a pick of the navigation panel to the filter.
func (v *interactionsView) navPicked(edit func(*data.Filter)) {
	f := v.model.Filter()
	edit(&f)
	v.filters.SetFilter(f)
	v.setFilter(f)
}

// current returns the filter and the grouping shown, for a saved filter.
func (v *interactionsView) current() (data.Filter, data.GroupBy) {
	return v.model.Filter(), v.model.Group()
}

// applySaved shows a saved filter with its grouping.
func (v *interactionsView) applySaved(f data.Filter, g data.GroupBy) {
	v.filters.SetFilter(f)
	v.filters.SetGroup(g)
	v.model.SetGroup(g)
	v.setFilter(f)
}

// created shows a new interaction: the list read again, the new one selected.
func (v *interactionsView) created(id data.ID) {
	v.changedData()
	s := v.sel
	s.gen++
	clear(s.ids)
	s.ids[id] = true
	s.focus, s.anchor, s.pending = -1, -1, false
	v.selectionChanged()
	v.preview.Show(id)
}

// changedData reads what a change of interactions touches: the list, its
// counts, the navigation panel's counts and the preview.
func (v *interactionsView) changedData() {
	v.model.Reload()
	v.nav.Refresh()
	v.preview.Reload()
}

// refresh shows the model's state: rows, counts, the status line and the hint.
func (v *interactionsView) refresh() {
	v.table.Refresh()
	v.selectPending()
	if sc, ok := v.model.StatusCounts(); ok {
		v.filters.SetStatusCounts(sc)
	} else {
		v.filters.ForgetStatusCounts() // no counts of another filter meanwhile
	}

	total, known := v.model.Total()
	line := ""
	switch {
	case v.model.Err() != nil:
		line = lang.X("list.error", "Could not read the list: {{.Error}}", map[string]any{"Error": v.model.Err().Error()})
	case known:
		line = format.InteractionCount(total)
	case v.model.Loading() || v.model.Len() == 0:
		line = lang.X("list.loading", "Loading…")
	default:
		line = lang.X("list.counting", "Counting…")
	}
	if v.model.Notice() != nil {
		line += " " + lang.X("list.tooManyToSort", "Too many interactions to sort by this column: narrow the filter. Sorted by date.")
	}
	v.count.SetText(line)

	switch {
	case !known || total > 0:
		v.hintBox.Hide()
		return
	case v.model.Filter().IsEmpty():
		v.hint.SetText(lang.X("list.empty", "There are no interactions yet. The ones you create or import will appear here."))
	default:
		v.hint.SetText(lang.X("list.noMatch", "No interactions match the filter."))
	}
	v.hintBack.FillColor = theme.Color(theme.ColorNameBackground)
	v.hintBox.Show()
}

// selectionChanged shows the selection: the rows' highlight, the count of
// the bulk bar and the preview of the row under the cursor.
func (v *interactionsView) selectionChanged() {
	v.table.Refresh()
	v.bulk.SetSelectionCount(len(v.sel.ids))
	v.updatePreview()
}

// updatePreview shows the interaction under the cursor in the preview,
// while the preview is shown; with nothing selected it shows nothing.
func (v *interactionsView) updatePreview() {
	if !v.showPreview {
		return
	}
	if row, ok := v.focusedRow(); ok {
		v.preview.Show(row.Interaction.ID)
	} else if len(v.sel.ids) == 0 {
		v.preview.Show(0)
	}
}

// openSelected opens the interaction under the cursor. Until the editors
// come, that shows the preview pane (when hidden) and scrolls it to the
// top; on a group header it expands or collapses the group.
func (v *interactionsView) openSelected() {
	if v.sel.focus >= 0 {
		if it := v.model.Item(v.sel.focus); it.Group != nil {
			v.model.Toggle(it.Group)
			return
		}
	}
	row, ok := v.focusedRow()
	if !ok {
		return
	}
	if !v.showPreview {
		v.togglePreview()
	}
	v.preview.Show(row.Interaction.ID)
	v.preview.Scroll.ScrollToTop()
}

// FocusSearch puts the cursor in the filter bar's search.
func (v *interactionsView) FocusSearch() { v.filters.FocusSearch() }

// CreateDefault creates an interaction of the first enabled type (Ctrl+N).
func (v *interactionsView) CreateDefault() { v.create.CreateDefault() }

// ToggleReviewed marks the selection reviewed or unreviewed (Ctrl+R).
func (v *interactionsView) ToggleReviewed() { v.bulk.ToggleReviewed() }

// MarkDeleted sets or clears the deletion mark of the selection (Delete).
func (v *interactionsView) MarkDeleted() { v.bulk.MarkDeleted() }

// reload reads everything again after the data or the settings changed
// under the screen.
func (v *interactionsView) reload() {
	v.opts = v.store.Settings().Options
	v.applyOptions()
	v.filters.Reload()
	v.nav.Reload()
	v.bulk.Reload()
	v.create.Reload()
	v.model.SetGroup(v.filters.Group())
	v.model.ReloadFilter(v.filters.Filter())
	v.preview.Reload()
}

// close stops the screen's background work.
func (v *interactionsView) close() {
	v.model.Close()
	v.preview.Close()
}

// busy reports whether the screen still waits for store calls.
func (v *interactionsView) busy() bool {
	return v.model.Busy() || v.preview.Busy() || v.nav.Busy()
}
