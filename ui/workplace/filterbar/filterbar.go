package filterbar

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/widgets"
)

// filterSearchDelay is how long typing in the filter bar's search must
// pause before the search applies.
const filterSearchDelay = 250 * time.Millisecond

// Store is what the filter bar and saved filters need of the store.
type Store interface {
	Settings() data.Settings
	Employees() ([]data.Employee, error)
	Partners() ([]data.Partner, error)
	NamesOfKind(kind data.RefKind) ([]data.Named, error)
	NamesWithPartners(kind data.RefKind) ([]data.Named, error)
	AttrDefs() []data.AttrDef
	Name(r data.Ref) string
	SavedFilters() ([]data.SavedFilter, error)
	SaveFilter(f *data.SavedFilter) error
	DeleteFilter(id data.ID) error
}

var _ Store = (*data.Store)(nil)

// Bar is the filter bar of the Interactions workplace (Отбор): type,
// status, responsible and period, and the grouping at the end, in the
// first row; contact, subject, importance, additional attributes, the
// text search and "Clear filters" in the second. It holds a data.Filter and a data.GroupBy and
// reports every change the user makes through OnChanged and
// OnGroupChanged; SetFilter and SetGroup show values set elsewhere (a
// saved filter, the navigation panel) without reporting them back.
//
// It is used on the UI goroutine only. The long catalogs of the contact
// and subject pickers are read on goroutines of their own; the few
// employees and the attribute definitions (kept in memory by the store)
// are read at once.
type Bar struct {
	// Content is the bar, to be placed above the list.
	Content fyne.CanvasObject
	// OnChanged is called with the new filter after every change the user makes.
	OnChanged func(data.Filter)
	// OnGroupChanged is called with the new grouping when the user picks one.
	OnGroupChanged func(data.GroupBy)

	st  Store
	win fyne.Window
	Now func() time.Time // the clock of "today", "this week" and "this month"

	kinds       *filterDrop
	kindAll     *widgets.PopUpCheck
	kindChecks  map[data.Kind]*widgets.PopUpCheck
	kindPop     *widget.PopUp
	Status      *widget.Select
	responsible *widget.Select
	importance  *widget.Select
	group       *widget.Select
	Search      *widget.Entry
	clear       *widget.Button
	contact     *filterPicker
	subject     *filterPicker
	periodWidgets
	attrWidgets

	row1, row2       *filterRowLayout
	row1Box, row2Box *fyne.Container

	opts        data.Options
	weekStart   time.Weekday
	respIDs     []data.ID // the employee of each responsible option; 0 for "any"
	defs        []data.AttrDef
	Groups      []data.GroupBy // the grouping of each group option
	counts      data.StatusCounts
	countsKnown bool
	filter      data.Filter
	groupBy     data.GroupBy
	quiet       bool        // widgets are being set from the filter: their callbacks do nothing
	searchStop  func() bool // stops the pending search; nil when none waits
	// afterFunc starts the pause of the search: time.AfterFunc, which
	// tests replace to fire the pause themselves.
	afterFunc    func(d time.Duration, fire func()) (stop func() bool)
	searchSeq    int
	customPeriod bool // the period shown is a custom one
}

// New builds the filter bar on st; pop-ups open over win.
func New(st Store, win fyne.Window) *Bar {
	b := &Bar{st: st, win: win, Now: time.Now,
		afterFunc: func(d time.Duration, fire func()) func() bool { return time.AfterFunc(d, fire).Stop }}

	b.kinds = newFilterDrop(lang.X("filter.type", "Type"), b.openKinds)
	b.Status = b.newSelect(lang.X("filter.status", "Status"), b.statusChanged)
	b.responsible = b.newSelect(lang.X("column.responsible", "Responsible"), b.responsibleChanged)
	b.importance = b.newSelect(lang.X("filter.importance", "Importance"), b.importanceChanged)
	b.group = b.newSelect(lang.X("filter.group", "Grouping"), b.groupChanged)
	b.buildPeriod()
	b.buildAttrs()
	b.contact = newFilterPicker(
		lang.X("filter.contact.any", "Any contact"),
		lang.X("filter.contact.hint", "Type a partner or contact person"),
		st.Name, b.contactLoader)
	b.contact.OnChanged = func(r data.Ref) { b.edit(func(f *data.Filter) { f.Contact = r }) }
	b.subject = newFilterPicker(
		lang.X("filter.subject.any", "Any subject"),
		lang.X("filter.subject.hint", "Type a deal, claim, event or order"),
		st.Name, b.subjectLoader)
	b.subject.OnChanged = func(r data.Ref) { b.edit(func(f *data.Filter) { f.Subject = r }) }

	b.Search = widget.NewEntry()
	b.Search.SetPlaceHolder(lang.X("search.placeholder", "Search (Ctrl+F)"))
	b.Search.OnChanged = b.searchChanged
	b.Search.OnSubmitted = func(text string) {
		b.stopSearch()
		b.applySearch(text)
	}
	b.clear = widget.NewButtonWithIcon(lang.X("filter.clear", "Clear filters"), theme.ContentClearIcon(), b.Clear)

	// The first row: what to show, and the grouping at its end; the second:
	// whom and what about, the search, and Clear filters at its end.
	spacer := layout.NewSpacer()
	b.row1 = newFilterRowLayout(spacer, 0)
	b.row2 = newFilterRowLayout(b.Search, 160)
	b.row2.natural[b.contact.drop] = 180
	b.row2.natural[b.subject.drop] = 180
	b.row2.elastic[b.contact.drop] = true
	b.row2.elastic[b.subject.drop] = true
	// Long names give way first, so that the status counts stay readable.
	b.row1.elastic[b.responsible] = true
	b.row1.elastic[b.group] = true
	b.row1Box = container.New(b.row1, b.kinds, b.Status, b.responsible, b.period, spacer, b.group)
	b.row2Box = container.New(b.row2, b.contact.drop, b.subject.drop, b.importance, b.attrs, b.Search, b.clear)
	b.Content = container.NewVBox(b.row1Box, b.row2Box)

	b.Reload()
	return b
}

// newSelect returns a select with a short placeholder (its minimum width)
// that calls changed when the user picks an option.
func (b *Bar) newSelect(placeholder string, changed func()) *widget.Select {
	s := widget.NewSelect(nil, func(string) {
		if !b.quiet {
			changed()
		}
	})
	s.PlaceHolder = placeholder
	return s
}

// Filter returns the filter the bar shows.
func (b *Bar) Filter() data.Filter {
	f := b.filter
	f.Kinds = slices.Clone(f.Kinds)
	f.Attrs = slices.Clone(f.Attrs)
	return f
}

// Group returns the grouping the bar shows.
func (b *Bar) Group() data.GroupBy { return b.groupBy }

// SetFilter shows f in the widgets without calling OnChanged.
func (b *Bar) SetFilter(f data.Filter) {
	b.stopSearch()
	b.filter = f.Normal()
	b.show()
}

// SetGroup shows g in the grouping select without calling OnGroupChanged.
func (b *Bar) SetGroup(g data.GroupBy) {
	b.groupBy = g
	b.show()
}

// ForgetStatusCounts shows the status choices without counts, while the
// counts of a new filter are on their way.
func (b *Bar) ForgetStatusCounts() {
	if !b.countsKnown {
		return
	}
	b.countsKnown = false
	b.quietly(func() { b.setOptions(b.Status, b.statusOptions(), b.row1, 260) })
	b.showStatus()
}

// SetStatusCounts shows the counts of the current filter next to the
// status choices.
func (b *Bar) SetStatusCounts(sc data.StatusCounts) {
	if b.countsKnown && b.counts == sc {
		return
	}
	b.counts, b.countsKnown = sc, true
	b.quietly(func() { b.setOptions(b.Status, b.statusOptions(), b.row1, 260) })
	b.showStatus()
}

// FocusSearch puts the cursor into the text search.
func (b *Bar) FocusSearch() { b.win.Canvas().Focus(b.Search) }

// Clear resets every filter but the grouping (and the deletion-mark mode,
// which the bar does not show) and reports the change.
func (b *Bar) Clear() {
	b.stopSearch()
	b.apply(data.Filter{Deleted: b.filter.Deleted})
}

// Reload reads the options and catalogs again after they changed: the
// pickers are filled anew, what an option that is off belongs to is
// hidden, and a filter or grouping that relied on it is dropped — the
// drop is reported through OnChanged and OnGroupChanged.
func (b *Bar) Reload() {
	set := b.st.Settings()
	b.opts, b.weekStart = set.Options, set.FirstWeekday
	b.defs = b.st.AttrDefs()
	for _, p := range []*widget.PopUp{b.kindPop, b.periodPop, b.attrPop} {
		if p != nil {
			p.Hide()
		}
	}
	b.contact.close()
	b.subject.close()
	b.loadEmployees()
	b.contact.reload()
	b.subject.reload()

	setVisible(b.kinds, len(b.enabledKinds()) > 0)
	setVisible(b.Status, b.opts.Shows(data.PartStatusFilter))
	setVisible(b.subject.drop, b.opts.Shows(data.PartSubjectFilter))
	setVisible(b.attrs, b.opts.Shows(data.PartAttrFilter))

	b.quietly(func() {
		b.setOptions(b.Status, b.statusOptions(), b.row1, 260)
		b.setOptions(b.importance, importanceOptions(), b.row2, 200)
		b.setOptions(b.group, b.groupOptions(), b.row1, 220)
	})

	f, g := data.FitFilter(b.filter, b.groupBy, b.opts, b.defs)
	fChanged, gChanged := !f.Equal(b.filter), g != b.groupBy
	b.filter, b.groupBy = f, g
	b.show()
	if fChanged && b.OnChanged != nil {
		b.OnChanged(b.Filter())
	}
	if gChanged && b.OnGroupChanged != nil {
		b.OnGroupChanged(g)
	}
}

// edit changes the filter with fn and reports the change.
func (b *Bar) edit(fn func(f *data.Filter)) {
	f := b.Filter()
	fn(&f)
	b.apply(f)
}

// apply makes f the bar's filter, shows it and reports it, when it differs.
func (b *Bar) apply(f data.Filter) {
	f = f.Normal()
	if f.Equal(b.filter) {
		return
	}
	b.filter = f
	b.show()
	if b.OnChanged != nil {
		b.OnChanged(b.Filter())
	}
}

// show sets every widget from the filter and the grouping, quietly.
func (b *Bar) show() {
	b.quietly(func() {
		f := b.filter
		b.kinds.SetText(b.kindsSummary())
		b.syncKindChecks()
		b.showStatus()
		b.showResponsible()
		b.showPeriod()
		b.importance.SetSelectedIndex(int(min(f.Importance, data.ImportanceHigh)))
		b.contact.setRef(f.Contact)
		b.subject.setRef(f.Subject)
		b.attrs.SetText(b.attrsSummary())
		if strings.TrimSpace(b.Search.Text) != f.Text {
			b.Search.SetText(f.Text)
		}
		if i := slices.Index(b.Groups, b.groupBy); i >= 0 {
			b.group.SetSelectedIndex(i)
		} else {
			b.group.ClearSelected()
		}
		if f.IsSet() {
			b.clear.Enable()
		} else {
			b.clear.Disable()
		}
	})
	b.row1.fitSelect(b.kinds, &b.kinds.Select, 240)
	b.row2.fitSelect(b.attrs, &b.attrs.Select, 220)
	b.row1Box.Refresh()
	b.row2Box.Refresh()
}

// quietly runs fn with the widgets' callbacks switched off.
func (b *Bar) quietly(fn func()) {
	was := b.quiet
	b.quiet = true
	defer func() { b.quiet = was }()
	fn()
}

// setOptions replaces the options of s, keeping the selected index, and
// records the natural width of s in row.
func (b *Bar) setOptions(s *widget.Select, opts []string, row *filterRowLayout, maxWidth float32) {
	i := s.SelectedIndex()
	s.Options = opts
	if i >= 0 && i < len(opts) {
		s.Selected = opts[i]
	} else {
		s.Selected = ""
	}
	s.Refresh()
	row.fitSelect(s, s, maxWidth)
	for _, box := range []*fyne.Container{b.row1Box, b.row2Box} {
		if box != nil && box.Layout == row {
			box.Refresh() // lay the row out again for the new natural width
		}
	}
}

func (b *Bar) statusChanged() {
	if i := b.Status.SelectedIndex(); i >= 0 && i < len(filterStatuses) {
		b.edit(func(f *data.Filter) { f.Status = filterStatuses[i] })
	}
}

func (b *Bar) responsibleChanged() {
	if i := b.responsible.SelectedIndex(); i >= 0 && i < len(b.respIDs) {
		b.edit(func(f *data.Filter) { f.Responsible = b.respIDs[i] })
	}
}

func (b *Bar) importanceChanged() {
	if i := b.importance.SelectedIndex(); i >= 0 {
		b.edit(func(f *data.Filter) { f.Importance = data.Importance(i) })
	}
}

func (b *Bar) groupChanged() {
	i := b.group.SelectedIndex()
	if i < 0 || i >= len(b.Groups) || b.Groups[i] == b.groupBy {
		return
	}
	b.groupBy = b.Groups[i]
	if b.OnGroupChanged != nil {
		b.OnGroupChanged(b.groupBy)
	}
}

// searchChanged applies the search once typing pauses for filterSearchDelay.
func (b *Bar) searchChanged(text string) {
	if b.quiet {
		return
	}
	b.stopSearch()
	seq := b.searchSeq
	b.searchStop = b.afterFunc(filterSearchDelay, func() {
		background.Do(func() {
			if seq == b.searchSeq {
				b.applySearch(text)
			}
		})
	})
}

// stopSearch drops a search that waits for typing to pause.
func (b *Bar) stopSearch() {
	b.searchSeq++
	if b.searchStop != nil {
		b.searchStop()
		b.searchStop = nil
	}
}

func (b *Bar) applySearch(text string) {
	b.edit(func(f *data.Filter) { f.Text = strings.TrimSpace(text) })
}

// setVisible shows or hides o.
func setVisible(o fyne.CanvasObject, visible bool) {
	if visible {
		o.Show()
	} else {
		o.Hide()
	}
}
