package navpanel

import (
	"image/color"
	"interactions/ui/problem"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"
)

// navPanelWidth is the narrowest the navigation panel gets.
const navPanelWidth = 260

// Store is what the navigation panel needs of the store.
type Store interface {
	Settings() data.Settings
	SubjectCounters(activeOnly bool) ([]data.Group, error) // real subjects, newest last interaction first
	Counters(g data.GroupBy) ([]data.Group, error)         // stored counters of one dimension (contact, responsible, attr)
	Names(refs []data.Ref) map[data.Ref]string
	AttrDefs() []data.AttrDef
}

// mode is one way the panel groups interactions: by subject, contact,
// responsible or an additional attribute.
type mode struct {
	Label string
	by    data.GroupBy
	attr  data.AttrDef // the attribute of a GroupAttr mode
}

// Pick is the item the user picked last: "All", or a group's key.
type Pick struct {
	all bool
	key data.GroupKey
}

// Panel is the navigation panel (панель навигации) at the left of the
// interactions list: a mode selector, and under it the groups of that mode
// with their unreviewed counts and last dates, read from the stored
// counters. Picking a group filters the list through OnPick.
//
// The panel is used on the UI goroutine only; store calls run on
// goroutines of their own and report back through doOnUI.
type Panel struct {
	// Content is the panel, to be placed in the screen.
	Content fyne.CanvasObject
	// OnPick is called on the UI goroutine when the user picks an item,
	// with an edit that sets (or, for "All", clears) that dimension of the
	// list's filter.
	OnPick func(edit func(*data.Filter))

	store Store

	mode   *widget.Select  // the mode selector
	active *widget.Check   // "Only active subjects", in the subject mode
	Search *widget.Entry   // narrows the groups by name
	Status *widget.Label   // "Loading…" or an error
	list   *widget.List    // "All" and the groups
	top    *fyne.Container // the controls above the list
	body   *fyne.Container // top and list

	modes  []mode
	cur    int  // the current mode, an index into modes
	Review bool // the option "use the reviewed flag": badges shown

	groups  []data.Group // of the current mode, in the store's order
	view    []int        // the groups shown (indexes into groups), under the search
	loading bool         // the counts of the current mode are on their way
	err     error        // of the last read of the counts
	gen     int          // bumped by every read of the counts; stale results are dropped

	names navNames

	picked   *Pick
	Selected int              // the list's highlighted item, -1 for none
	syncing  bool             // the panel itself moves the highlight: no OnPick
	tasks    background.Tasks // store calls not yet reported back
}

// New builds the panel on st and starts reading the counts of its
// first mode.
func New(st Store) *Panel {
	p := &Panel{store: st, Selected: -1, names: newNavNames()}

	p.mode = widget.NewSelect(nil, nil)
	p.mode.OnChanged = func(string) { p.modeChanged() }
	p.active = widget.NewCheck(lang.X("navpanel.activeOnly", "Only active subjects"), func(bool) { p.load(false) })
	p.Search = widget.NewEntry()
	p.Search.SetPlaceHolder(lang.X("navpanel.search", "Find by name"))
	p.Search.OnChanged = func(string) { p.applySearch() }
	p.Status = widget.NewLabel(lang.X("list.loading", "Loading…"))
	p.Status.Wrapping = fyne.TextWrapWord
	p.Status.Hide()
	p.list = p.newList()

	p.top = container.NewVBox(p.mode, p.active, p.Search, p.Status)
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(navPanelWidth, 0))
	p.body = container.NewBorder(p.top, nil, nil, nil, p.list)
	p.Content = container.NewStack(width, p.body)

	p.Reload()
	return p
}

// Reload rebuilds the mode list from the options and the additional
// attributes, keeps the current mode when it is still offered, and reads
// the counts again.
func (p *Panel) Reload() {
	settings := p.store.Settings()
	p.Review = settings.Options.Shows(data.PartReviewColumns)
	var old data.GroupBy
	if p.cur < len(p.modes) {
		old = p.modes[p.cur].by
	}
	p.modes = navModes(settings.Options, p.store.AttrDefs())
	labels := make([]string, len(p.modes))
	cur := 0
	for i, m := range p.modes {
		labels[i] = m.Label
		if m.by == old {
			cur = i
		}
	}
	changed := len(p.modes) == 0 || p.modes[cur].by != old
	p.cur = cur
	p.mode.Options = labels
	p.mode.SetSelectedIndex(cur) // modeChanged sees cur unchanged
	p.mode.Refresh()
	if changed {
		p.clearPick()
	}
	p.load(changed)
}

// Refresh reads the counts of the current mode again, as after a change
// of the data; the groups shown stay until the new counts come.
func (p *Panel) Refresh() {
	p.names.forget()
	p.load(false)
}

// close stops the panel's background work; results still on their way
// are dropped.
func (p *Panel) close() {
	p.gen++
	p.names.forget()
}

// navModes lists the modes the options offer: subjects, contacts,
// responsible, then one per additional attribute.
func navModes(o data.Options, defs []data.AttrDef) []mode {
	var modes []mode
	if o.Shows(data.PartSubjectNav) {
		modes = append(modes, mode{Label: lang.X("navpanel.mode.subject", "By subject"), by: data.GroupBy{Kind: data.GroupSubject}})
	}
	modes = append(modes,
		mode{Label: lang.X("navpanel.mode.contact", "By contact"), by: data.GroupBy{Kind: data.GroupContact}},
		mode{Label: lang.X("navpanel.mode.responsible", "By responsible"), by: data.GroupBy{Kind: data.GroupResponsible}})
	if o.Shows(data.PartAttrNav) {
		seen := map[string]bool{}
		for _, m := range modes {
			seen[m.Label] = true
		}
		for _, d := range defs {
			label := lang.X("navpanel.mode.attr", "Attribute: {{.Name}}", map[string]any{"Name": d.Name})
			for seen[label] { // the selector tells its options apart by text
				label += " "
			}
			seen[label] = true
			modes = append(modes, mode{Label: label, by: data.GroupBy{Kind: data.GroupAttr, Attr: d.ID}, attr: d})
		}
	}
	return modes
}

// modeChanged switches to the mode chosen in the selector: the highlight
// goes (the screen keeps its filter), the search is cleared and the
// counts of the new mode are read.
func (p *Panel) modeChanged() {
	i := p.mode.SelectedIndex()
	if i < 0 || i == p.cur {
		return
	}
	p.cur = i
	p.groups, p.view = nil, nil // of the old mode
	p.clearPick()
	p.Search.SetText("")
	p.load(true)
}

// load reads the counts of the current mode in the background. With
// fresh, the groups of another mode are dropped at once.
func (p *Panel) load(fresh bool) {
	p.gen++
	gen := p.gen
	p.names.stopFull()
	subject := p.cur < len(p.modes) && p.modes[p.cur].by.Kind == data.GroupSubject
	if subject != p.active.Visible() {
		if subject {
			p.active.Show()
		} else {
			p.active.Hide()
		}
		p.relayout() // the box lays its visible objects out again
	}
	if fresh {
		p.groups, p.view = nil, nil
		p.list.Refresh()
	}
	if p.cur >= len(p.modes) {
		return
	}
	by, activeOnly := p.modes[p.cur].by, p.active.Checked
	p.loading = true
	p.showStatus()
	p.tasks.Run(func() func() {
		var gs []data.Group
		var err error
		if subject {
			gs, err = p.store.SubjectCounters(activeOnly)
		} else {
			gs, err = p.store.Counters(by)
		}
		return func() {
			if gen != p.gen {
				return
			}
			p.loading, p.err = false, err
			if err == nil {
				p.groups = gs
			}
			p.applySearch()
		}
	})
}

// showStatus shows "Loading…" while counts or names for the search are
// on their way, the error of the last read, or nothing.
func (p *Panel) showStatus() {
	switch {
	case p.err != nil:
		p.Status.SetText(lang.X("navpanel.error", "Could not read the counts: {{.Error}}", problem.Args(p.err)))
	case p.loading || p.names.fullRunning():
		p.Status.SetText(lang.X("list.loading", "Loading…"))
	default:
		if p.Status.Visible() {
			p.Status.Hide()
			p.relayout()
		}
		return
	}
	if !p.Status.Visible() {
		p.Status.Show()
		p.relayout()
	}
}

// relayout lays the panel out again after a control above the list was
// shown or hidden.
func (p *Panel) relayout() {
	p.top.Refresh()
	p.body.Refresh()
}

// Busy reports whether store calls of the panel are still running.
func (p *Panel) Busy() bool { return p.tasks.Busy() }

// Settled reports whether the panel has its counts and no store call runs.
func (p *Panel) Settled() bool { return !p.Busy() && !p.loading }

// SetMode shows the navigation by the grouping by, as if picked in the
// mode selector; it reports false when no mode of the panel groups so.
func (p *Panel) SetMode(by data.GroupBy) bool {
	for i, m := range p.modes {
		if m.by == by {
			p.mode.SetSelectedIndex(i)
			return true
		}
	}
	return false
}

// Groups returns the groups the panel counts in its current mode, before
// its search narrows them.
func (p *Panel) Groups() []data.Group { return p.groups }

// Shown returns the groups the panel's list shows, in its order: those
// of the current mode that its search leaves.
func (p *Panel) Shown() []data.Group {
	out := make([]data.Group, len(p.view))
	for i, k := range p.view {
		out[i] = p.groups[k]
	}
	return out
}
