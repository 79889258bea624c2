package workplace

import (
	"interactions/ui/problem"
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

// Store is what the Interactions screen needs of the store:
// what its list, preview and the components it places need.
type Store interface {
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

// View is the Interactions workplace (Взаимодействия): the
// filter bar, the saved filters and the create button on top; the navigation panel, the list
// and the preview pane side by side; the bulk actions and a status line
// with the count under them.
type View struct {
	store Store
	win   fyne.Window
	model *list.Model
	sel   *selection

	filters *filterbar.Bar
	saved   *filterbar.Saved // the saved filters (закладки)
	nav     *navpanel.Panel
	bulk    *bulk.Bar
	create  *create.Menu
	preview *preview.Pane
	table   *list.Table

	navToggle     *widget.Button
	previewToggle *widget.Button
	columns       *widget.Button // "Columns…": the additional attribute columns
	markedToggle  *widget.Button // "Show marked": interactions marked for deletion shown too
	count         *widget.Label  // the status line
	hint          *widget.Label  // over an empty list: why it is empty
	hintBox       *fyne.Container
	hintBack      *canvas.Rectangle
	tools         *fyne.Container // the tool row; AddTools adds to it

	list        fyne.CanvasObject // the table with the hint over it
	previewPart *container.Split  // list | preview
	navPart     *container.Split  // nav | the rest
	body        *fyne.Container   // holds what of the three parts is shown
	showNav     bool
	showPreview bool
	// narrow is true while the body is narrower than navAutoHideWidth;
	// navHiddenByWidth while the panel is hidden for that, not by the user.
	narrow, navHiddenByWidth bool

	content fyne.CanvasObject

	status  *fyne.Container      // the status line: the count and the note of the marked, side by side
	marked  markedStatus         // the status line's note of the marked ones
	chooser *list.ColumnsChooser // the columns dialog shown last

	sess *session.Session // the options, and the change signal to send
	Now  func() time.Time

	onOpen func(data.ID) // opens the editor of an interaction, once UseEditors set it
}

// New builds the screen on st, with its dialogs over win,
// and starts reading the list.
func New(st Store, sess *session.Session, win fyne.Window) *View {
	v := &View{store: st, sess: sess, win: win, sel: newSelection(), Now: sess.Now}
	v.model = list.NewModel(list.Scoped(st, sess.Options))
	prefs := fyne.CurrentApp().Preferences()
	v.showNav = prefs.BoolWithFallback(showNavPref, true)
	v.showPreview = prefs.BoolWithFallback(showPreviewPref, false)

	v.table = list.NewTable(v.model, v.currentColumns())
	v.table.SetClock(v.Now)
	v.table.Selected = v.sel.has
	v.table.OnRowTapped = v.clickRow
	v.table.OnHeaderTapped = v.sortByColumn
	v.table.OnMove = v.moveSelection
	v.table.OnHome = v.moveToEnd
	v.table.OnSpace = v.ToggleReviewed
	v.table.OnOpen = v.openSelected
	v.table.OnOtherKey = func(ev *fyne.KeyEvent) bool { return keys.Handle(win.Canvas(), v, ev) }

	v.filters = filterbar.New(st, win)
	v.filters.OnChanged = v.setFilter
	v.filters.OnGroupChanged = v.setGroup
	v.saved = filterbar.NewSaved(st, win, v.current)
	v.saved.OnPick = v.applySaved

	v.nav = navpanel.New(navpanel.Scoped(st, sess.Options))
	v.nav.OnPick = v.navPicked
	v.bulk = bulk.New(st, win, v.selectedIDs)
	v.bulk.OnDone = func() { sess.Notify(session.Interactions) }
	v.bulk.OnPurged = func() { sess.Notify(session.Purged) }
	v.bulk.OnShowMarked = v.showOnlyMarked
	v.create = create.New(st, win, v.created)
	v.preview = preview.New(st)

	v.navToggle = widget.NewButtonWithIcon(lang.X("list.navigation", "Navigation"), theme.MenuIcon(), v.toggleNav)
	v.previewToggle = widget.NewButtonWithIcon(lang.X("list.preview", "Preview"), theme.VisibilityIcon(), v.togglePreview)
	v.markedToggle = v.newMarkedToggle()
	v.columns = widget.NewButtonWithIcon(lang.X("list.columns", "Columns…"), theme.ListIcon(), v.chooseColumns)
	v.count = widget.NewLabel("")
	v.status = v.newStatus()
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
	v.body = v.newBody()

	v.layoutBody()

	heading := widgets.NewHeading(lang.X("screen.interactions", "Interactions"))
	v.tools = widgets.NewToolRow([]fyne.CanvasObject{v.saved.Content, v.navToggle, v.previewToggle, v.columns, v.markedToggle, v.create},
		v.columns, v.previewToggle, v.navToggle, v.markedToggle)
	top := container.NewVBox(container.NewBorder(nil, nil, heading, nil, v.tools), v.filters.Content)
	bottom := container.NewVBox(v.bulk.Content, v.status)
	v.content = container.NewBorder(top, bottom, nil, nil, v.body)
	v.applyOptions()

	v.model.OnChanged = v.refresh
	v.model.SetGroup(v.filters.Group())
	v.model.SetFilter(v.filters.Filter())
	v.countMarked()
	v.selectionChanged()
	return v
}

// AddTools puts buttons of other parts of the window (import, export)
// in the tool row, before the create button; they drop their labels
// last when the row is narrow.
func (v *View) AddTools(buttons ...*widget.Button) {
	objs := v.tools.Objects
	rest := append([]fyne.CanvasObject(nil), objs[len(objs)-1:]...)
	objs = objs[:len(objs)-1]
	for _, b := range buttons {
		objs = append(objs, b)
	}
	v.tools.Objects = append(objs, rest...)
	if l, ok := v.tools.Layout.(*widgets.ToolRow); ok {
		l.Collapse(buttons...)
	}
	v.tools.Refresh()
}

// ListFilter returns the list's filter as the list reads it: the options'
// scope applied.
func (v *View) ListFilter() data.Filter { return v.sess.Options().Scope(v.model.Filter()) }

// layoutBody shows the navigation panel and the preview as toggled.
func (v *View) layoutBody() {
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
func (v *View) toggleNav() {
	v.showNav, v.navHiddenByWidth = !v.showNav, false
	fyne.CurrentApp().Preferences().SetBool(showNavPref, v.showNav)
	v.layoutBody()
}

// togglePreview shows or hides the preview pane.
func (v *View) togglePreview() {
	v.showPreview = !v.showPreview
	fyne.CurrentApp().Preferences().SetBool(showPreviewPref, v.showPreview)
	v.layoutBody()
	v.updatePreview()
}

// currentColumns returns the columns the options and the user's choice show.
func (v *View) currentColumns() []list.Column {
	return list.Columns(v.sess.Options(), list.AttrColumnDefs(v.store.AttrDefs(), list.ChosenAttrColumns()))
}

// applyOptions shows what the options turn on: the columns, the bold of
// unreviewed rows.
func (v *View) applyOptions() {
	v.table.SetReview(v.sess.Options().Shows(data.PartReviewColumns))
	v.table.SetColumns(v.currentColumns())
}

// chooseColumns opens the columns dialog: the additional attribute
// columns (while the options show them) and the order of the columns,
// with a way back to the usual order and widths.
func (v *View) chooseColumns() {
	c := list.NewColumnsChooser(v.store.AttrDefs(), list.ChosenAttrColumns(), v.win, func(ids []data.ID) {
		list.SetChosenAttrColumns(ids)
		v.applyOptions()
	})
	if !v.sess.Options().Shows(data.PartAttrColumns) {
		c.HideAttrs()
	}
	c.AddOrder(v.table.Cols, func() {
		v.table.ResetColumnWidths()
		v.applyOptions()
	})
	v.chooser = c
	c.Dialog.Show()
}

// sortByColumn sorts by column col of the table: again reverses it.
func (v *View) sortByColumn(col int) {
	if col < 0 || col >= len(v.table.Cols) || !v.table.Cols[col].Sortable {
		return
	}
	v.model.SetSort(v.model.Sort().Next(v.table.Cols[col].SortKey))
	v.table.ScrollToTop()
	v.table.Refresh()
}

// setFilter shows the list of another filter from its top.
func (v *View) setFilter(f data.Filter) {
	v.model.SetFilter(f)
	v.table.ScrollToTop()
	v.pruneSelection()
	v.countMarked()
}

// setGroup groups the list by another key.
func (v *View) setGroup(g data.GroupBy) {
	v.model.SetGroup(g)
	v.table.ScrollToTop()
}

// navPicked applies a pick of the navigation panel to the filter.
func (v *View) navPicked(edit func(*data.Filter)) {
	f := v.model.Filter()
	edit(&f)
	v.filters.SetFilter(f)
	v.setFilter(f)
}

// current returns the filter and the grouping shown, for a saved filter.
func (v *View) current() (data.Filter, data.GroupBy) {
	return v.model.Filter(), v.model.Group()
}

// applySaved shows a saved filter with its grouping.
func (v *View) applySaved(f data.Filter, g data.GroupBy) {
	v.filters.SetFilter(f)
	v.filters.SetGroup(g)
	v.model.SetGroup(g)
	v.setFilter(f)
}

// created shows a new interaction: the list read again, the new one selected.
func (v *View) created(id data.ID) {
	v.sess.Notify(session.Interactions)
	v.sel.only(id)
	v.selectionChanged()
	v.preview.Show(id)
}

// changedData reads what a change of interactions touches: the list, its
// counts, the navigation panel's counts and the preview.
func (v *View) changedData() {
	v.model.Reload()
	v.pruneSelection()
	v.countMarked()
	v.nav.Refresh()
	v.preview.Reload()
}

// refresh shows the model's state: rows, counts, the status line and the hint.
func (v *View) refresh() {
	v.table.Refresh()
	v.syncMarkedToggle()
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
		line = lang.X("list.error", "Could not read the list: {{.Error}}", problem.Args(v.model.Err()))
	case known:
		line = format.InteractionCount(total)
	case v.model.Loading() || v.model.Len() == 0:
		line = lang.X("list.loading", "Loading…")
	default:
		line = lang.X("list.counting", "Counting…")
	}
	if v.model.Notice() != nil {
		line += " · " + lang.X("list.tooManyToSort", "Too many interactions to sort by this column: narrow the filter. Sorted by date.")
	}
	if v.count.Text != line {
		v.count.SetText(line)
		v.status.Refresh() // the line's parts move with its width
	}

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
func (v *View) selectionChanged() {
	v.table.Refresh()
	v.bulk.SetSelectionCount(len(v.sel.ids))
	v.updatePreview()
}

// updatePreview shows the interaction under the cursor in the preview,
// while the preview is shown; with nothing selected it shows nothing.
func (v *View) updatePreview() {
	if !v.showPreview {
		return
	}
	if row, ok := v.focusedRow(); ok {
		v.preview.Show(row.Interaction.ID)
	} else if len(v.sel.ids) == 0 {
		v.preview.Show(0)
	}
}

// openSelected opens the editor of the interaction under the cursor
// (without editors it shows the preview pane, when hidden, and scrolls it
// to the top); on a group header it expands or collapses the group.
func (v *View) openSelected() {
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
	if v.onOpen != nil {
		v.onOpen(row.Interaction.ID)
		return
	}
	if !v.showPreview {
		v.togglePreview()
	}
	v.preview.Show(row.Interaction.ID)
	v.preview.Scroll.ScrollToTop()
}

// FocusSearch puts the cursor in the filter bar's search.
func (v *View) FocusSearch() { v.filters.FocusSearch() }

// CreateDefault creates an interaction of the first enabled type (Ctrl+N).
func (v *View) CreateDefault() { v.create.CreateDefault() }

// ToggleReviewed marks the selection reviewed or unreviewed (Ctrl+R).
func (v *View) ToggleReviewed() { v.bulk.ToggleReviewed() }

// MarkDeleted sets or clears the deletion mark of the selection (Delete).
func (v *View) MarkDeleted() { v.bulk.MarkDeleted() }

// Changed reads again what c touches: after a change of interactions the
// list, its counts, the navigation panel's counts and the preview; after a
// change of the catalogs or the settings everything the screen shows.
func (v *View) Changed(c session.Change) {
	switch {
	case c.Has(session.Catalogs | session.Settings):
		v.reload()
	case c.Has(session.Interactions):
		v.changedData()
	}
}

// reload reads everything again after the data or the settings changed
// under the screen.
func (v *View) reload() {
	v.applyOptions()
	v.filters.Reload()
	v.nav.Reload()
	v.bulk.Reload()
	v.create.Reload()
	v.model.SetGroup(v.filters.Group())
	v.model.ReloadFilter(v.filters.Filter())
	v.pruneSelection()
	v.countMarked()
	v.preview.Reload()
}

// Close stops the screen's background work.
func (v *View) Close() {
	if v.marked.stop != nil {
		v.marked.stop()
	}
	v.model.Close()
	v.preview.Close()
}

// Busy reports whether the screen still waits for store calls.
func (v *View) Busy() bool {
	return v.model.Busy() || v.preview.Busy() || v.nav.Busy() || v.marked.tasks.Busy()
}

// Writing reports whether a bulk change of the selection is being written.
func (v *View) Writing() bool { return v.bulk.Working() }

// Content returns the screen's widgets, for the window to show.
func (v *View) Content() fyne.CanvasObject { return v.content }

// SearchFocused reports whether the cursor is in the filter bar's search.
func (v *View) SearchFocused() bool { return v.win.Canvas().Focused() == v.filters.Search }

// Settled reports whether the list has its rows, total and counts and the
// screen waits for no store call.
func (v *View) Settled() bool { return v.model.Settled() && !v.Busy() }
