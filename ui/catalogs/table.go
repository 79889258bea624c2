package catalogs

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/format"
	"interactions/ui/problem"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// item is one row of a catalog list.
type item struct {
	id      data.ID
	cells   []string
	fold    string   // the cells folded, for the search
	keys    []string // each cell folded, for the sort
	deleted bool
	group   data.ID // a partner's group
}

// newEntry makes a row of cells.
func newEntry(id data.ID, deleted bool, cells ...string) item {
	keys := make([]string, len(cells))
	for i, c := range cells {
		keys[i] = data.Fold(c)
	}
	return item{id: id, cells: cells, deleted: deleted, fold: strings.Join(keys, " "), keys: keys}
}

// Catalog is the list of one catalog: a search entry (search as you type
// over every column), a header whose columns sort, the rows (a marked one
// crossed out by its mark), and the commands: new, open, mark for
// deletion and undo, purge of the marked ones.
type Catalog struct {
	Title   string
	Columns []string
	Search  *widgets.EscEntry
	Header  *fyne.Container
	List    *widget.List
	Count   *widget.Label
	New     *widget.Button
	Open    *widget.Button
	Mark    *widget.Button
	Purge   *widget.Button

	// Shown are the rows the search leaves, sorted; Selected is the row
	// selected in them, -1 for none.
	Shown    []item
	Selected int
	SortCol  int
	Desc     bool

	all       []item
	sorted    bool            // all is in the order of SortCol and Desc
	filter    func(item) bool // a further filter of the screen (a group), nil for none
	afterRead func()          // takes over what the screen's read handed over, on the UI goroutine
	read      func() ([]item, error)
	open      func(id data.ID)
	create    func()
	mark      func(id data.ID, deleted bool) error
	deps      Deps
	tasks     background.Tasks
	tools     *fyne.Container
	dropper   *dropper // what takes the rows dragged out of the list; nil for nothing
	drag      *rowDrag // the drag of a row under way
	content   fyne.CanvasObject
	left      fyne.CanvasObject
}

// newCatalog builds the list; read reads its rows off the UI goroutine,
// open and create show the editor, mark sets or clears a deletion mark
// (off the UI goroutine).
func newCatalog(d Deps, title string, cols []string, read func() ([]item, error), open func(data.ID), create func(), mark func(data.ID, bool) error) *Catalog {
	c := &Catalog{Title: title, Columns: cols, deps: d, read: read, open: open, create: create, mark: mark, Selected: -1}
	c.Search = widgets.NewEscEntry()
	c.Search.SetPlaceHolder(lang.X("picker.search", "Search"))
	c.Search.OnChanged = func(string) { c.apply() }
	c.Search.OnSubmitted = func(string) { c.openSelected() }
	c.Header = container.NewGridWithColumns(len(cols))
	for i, name := range cols {
		b := widget.NewButton(name, func() { c.SortBy(i) })
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		c.Header.Add(b)
	}
	c.List = widget.NewList(func() int { return len(c.Shown) },
		func() fyne.CanvasObject { return newRow(c, len(cols)) },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*row).show(i) })
	c.List.OnSelected = func(i widget.ListItemID) { c.Selected = i; c.enable() }
	c.Count = widget.NewLabel(lang.X("list.loading", "Loading…"))
	c.New = widget.NewButtonWithIcon(lang.X("catalog.new", "New"), theme.ContentAddIcon(), create)
	c.New.Importance = widget.HighImportance
	c.Open = widget.NewButtonWithIcon(lang.X("preview.open", "Open"), theme.DocumentIcon(), c.openSelected)
	c.Mark = widget.NewButtonWithIcon(lang.X("catalog.mark", "Mark for deletion"), theme.DeleteIcon(), c.toggleMark)
	c.Purge = widget.NewButtonWithIcon(lang.X("catalog.purge", "Delete marked…"), theme.ContentClearIcon(), func() { showPurge(d) })
	c.tools = container.NewHBox(c.New, c.Open, c.Mark, c.Purge)
	c.enable()
	return c
}

// AddTools adds buttons of other parts of the window (import, export) to
// the tool row.
func (c *Catalog) AddTools(objs ...fyne.CanvasObject) {
	for _, o := range objs {
		c.tools.Add(o)
	}
}

// build lays the screen out, with left (a group tree) beside the list
// when given.
func (c *Catalog) build(extra ...fyne.CanvasObject) fyne.CanvasObject {
	for _, o := range extra {
		c.tools.Add(o)
	}
	top := container.NewVBox(container.NewBorder(nil, nil, widgets.NewHeading(c.Title), nil, container.NewHScroll(c.tools)), c.Search)
	var body fyne.CanvasObject = container.NewBorder(c.Header, nil, nil, nil, c.List)
	if c.left != nil {
		split := container.NewHSplit(c.left, body)
		split.Offset = 0.25
		body = split
	}
	c.content = container.NewBorder(top, c.Count, nil, nil, body)
	c.Reload()
	return c.content
}

// Content returns the screen's widgets.
func (c *Catalog) Content() fyne.CanvasObject { return c.content }

// Changed reads the list again after the catalogs changed.
func (c *Catalog) Changed(ch session.Change) {
	if ch.Has(session.Catalogs | session.Settings) {
		c.Reload()
	}
}

// Close stops nothing: reads answer into a closed screen harmlessly.
func (c *Catalog) Close() {}

// Busy reports whether the list is being read.
func (c *Catalog) Busy() bool { return c.tasks.Busy() }

// Reload reads the rows again, keeping the search, the sort and the row
// selected.
func (c *Catalog) Reload() {
	background.Read(&c.tasks, context.Background(), c.read, func(rows []item, err error) {
		if err != nil {
			c.Count.SetText(lang.X("list.error", "Could not read the list: {{.Error}}", problem.Args(err)))
			return
		}
		c.all, c.sorted = rows, false
		if c.afterRead != nil {
			c.afterRead()
		}
		c.apply()
	})
}

// apply shows the rows the search and the screen's filter leave, sorted.
func (c *Catalog) apply() {
	var keep data.ID
	if c.Selected >= 0 && c.Selected < len(c.Shown) {
		keep = c.Shown[c.Selected].id
	}
	if !c.sorted {
		// Sorted once per read or sort order: the search keeps the order.
		col, desc := c.SortCol, c.Desc
		slices.SortStableFunc(c.all, func(a, b item) int {
			r := cmp.Compare(a.keys[col], b.keys[col])
			if desc {
				r = -r
			}
			return r
		})
		c.sorted = true
	}
	words := strings.Fields(data.Fold(c.Search.Text))
	c.Shown = c.Shown[:0]
	for _, e := range c.all {
		if c.filter != nil && !c.filter(e) {
			continue
		}
		ok := true
		for _, w := range words {
			if !strings.Contains(e.fold, w) {
				ok = false
				break
			}
		}
		if ok {
			c.Shown = append(c.Shown, e)
		}
	}
	c.Selected = slices.IndexFunc(c.Shown, func(e item) bool { return e.id == keep && keep != 0 })
	c.List.UnselectAll()
	if c.Selected >= 0 {
		c.List.Select(c.Selected)
	}
	c.List.Refresh()
	c.Count.SetText(lang.X("catalog.count", "{{.Shown}} of {{.All}}", map[string]any{"Shown": format.Count(len(c.Shown)), "All": format.Count(len(c.all))}))
	c.enable()
}

// SortBy sorts by column i; again reverses it.
func (c *Catalog) SortBy(i int) {
	if c.SortCol == i {
		c.Desc = !c.Desc
	} else {
		c.SortCol, c.Desc = i, false
	}
	c.sorted = false
	for j, o := range c.Header.Objects {
		b := o.(*widget.Button)
		b.Icon = nil
		if j == i {
			b.Icon = theme.MenuDropDownIcon()
			if c.Desc {
				b.Icon = theme.MenuDropUpIcon()
			}
		}
		b.Refresh()
	}
	c.apply()
}

// SelectedID returns the id of the row selected, 0 for none.
func (c *Catalog) SelectedID() data.ID {
	if c.Selected < 0 || c.Selected >= len(c.Shown) {
		return 0
	}
	return c.Shown[c.Selected].id
}

// enable lets the commands on a row act only while one is selected, and
// names the mark command after the row's mark.
func (c *Catalog) enable() {
	if c.SelectedID() == 0 {
		c.Open.Disable()
		c.Mark.Disable()
		return
	}
	c.Open.Enable()
	c.Mark.Enable()
	if c.Shown[c.Selected].deleted {
		c.Mark.SetText(lang.X("catalog.unmark", "Clear deletion mark"))
	} else {
		c.Mark.SetText(lang.X("catalog.mark", "Mark for deletion"))
	}
}

func (c *Catalog) openSelected() {
	if id := c.SelectedID(); id != 0 {
		c.open(id)
	}
}

// toggleMark sets or clears the deletion mark of the row selected.
func (c *Catalog) toggleMark() {
	id := c.SelectedID()
	if id == 0 {
		return
	}
	deleted := !c.Shown[c.Selected].deleted
	run(c.deps, func() error { return c.mark(id, deleted) }, nil)
}

// run does work off the UI goroutine; then, on it, says why it failed or
// tells every screen that the catalogs changed and calls done.
func run(d Deps, work func() error, done func(error)) {
	go func() {
		err := work()
		background.Do(func() {
			if err == nil {
				d.Sess.Notify(session.Catalogs)
			} else if done == nil {
				widgets.ShowLoadError(d.Win, err)
			}
			if done != nil {
				done(err)
			}
		})
	}()
}

// row is one line of a catalog list: a tap selects it, a double tap opens it.
type row struct {
	widget.BaseWidget
	c      *Catalog
	i      int
	labels []*widget.Label
	box    *fyne.Container
}

func newRow(c *Catalog, n int) *row {
	r := &row{c: c, box: container.NewGridWithColumns(n)}
	for range n {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		r.labels = append(r.labels, l)
		r.box.Add(l)
	}
	r.ExtendBaseWidget(r)
	return r
}

func (r *row) show(i int) {
	r.i = i
	if i >= len(r.c.Shown) {
		return
	}
	e := r.c.Shown[i]
	for j, l := range r.labels {
		text := e.cells[j]
		if j == 0 && e.deleted {
			text = lang.X("catalog.marked", "✕ {{.Name}}", map[string]any{"Name": text})
		}
		l.Importance = widget.MediumImportance
		if e.deleted {
			l.Importance = widget.LowImportance
		}
		l.Truncation = truncationFor(l, text, l.Size().Width)
		l.SetText(text)
	}
}

// truncationFor is how a cell of width shows text: whole when it fits
// (the measure of a text is cached; the ellipsis would shape the text
// each time it is drawn, which made the search as you type slow), with
// an ellipsis when it does not or before the cell has a width.
func truncationFor(l *widget.Label, text string, width float32) fyne.TextTruncation {
	if width <= 0 {
		return fyne.TextTruncateEllipsis
	}
	w := fyne.MeasureText(text, theme.TextSize(), l.TextStyle).Width + 2*theme.InnerPadding()
	if w < width {
		return fyne.TextTruncateOff
	}
	return fyne.TextTruncateEllipsis
}

// Resize lays the cells out at the new size and fits their texts again.
func (r *row) Resize(s fyne.Size) {
	if s == r.Size() {
		return
	}
	r.BaseWidget.Resize(s)
	for _, l := range r.labels {
		if t := truncationFor(l, l.Text, l.Size().Width); t != l.Truncation {
			l.Truncation = t
			l.Refresh()
		}
	}
}

// CreateRenderer draws the labels.
func (r *row) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.box) }

// Tapped selects the row.
func (r *row) Tapped(*fyne.PointEvent) { r.c.List.Select(r.i) }

// DoubleTapped opens the row's editor.
func (r *row) DoubleTapped(*fyne.PointEvent) {
	r.c.List.Select(r.i)
	r.c.openSelected()
}
