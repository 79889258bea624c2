package filterbar

import (
	"interactions/ui/problem"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/background"
	"interactions/ui/format"
)

// pickItem is one choice of a searchable picker.
type pickItem struct {
	ref    data.Ref
	name   string
	detail string // what it is: "Partner", the contact person's partner, the subject's kind and partner
	key    string // data.Fold of the name and the partner's names: what typing narrows
}

// filterPicker chooses one of thousands of records by typing: a drop shows
// the choice; a tap opens a pop-up with a search entry over a virtual
// list. The records are read once, on a goroutine of their own, when the
// pop-up first opens (again after reload); typing narrows them to those
// whose name (or partner's name) holds the text, case and ё/е aside, names that
// begin with it first.
type filterPicker struct {
	drop      *filterDrop
	OnChanged func(data.Ref) // called when the user picks; the zero Ref for "any"

	anyText string
	name    func(data.Ref) string             // the display name of a chosen record
	loader  func() func() ([]pickItem, error) // returns the read to run off the UI goroutine

	Search *pickerEntry
	list   *widget.List
	note   *widget.Label
	box    fyne.CanvasObject
	pop    *widget.PopUp

	items   []pickItem
	loaded  bool
	loading bool
	err     error
	gen     int   // bumped by reload: reads of an older generation are dropped
	shown   []int // the items the list shows, -1 for "any"
	hl      int   // the highlighted row, picked by Enter
	ref     data.Ref
}

// newFilterPicker returns a picker showing anyText while nothing is chosen.
func newFilterPicker(anyText, hint string, name func(data.Ref) string, loader func() func() ([]pickItem, error)) *filterPicker {
	p := &filterPicker{anyText: anyText, name: name, loader: loader}
	p.drop = newFilterDrop(anyText, p.open)
	p.drop.SetText(anyText)
	p.Search = newPickerEntry(p)
	p.Search.SetPlaceHolder(hint)
	p.Search.OnChanged = func(string) { p.refilter() }
	p.Search.OnSubmitted = func(string) { p.choose(p.hl) }
	p.note = widget.NewLabel("")
	p.note.Importance = widget.LowImportance
	p.list = widget.NewList(
		func() int { return len(p.shown) },
		func() fyne.CanvasObject {
			name, detail := widget.NewLabel(""), widget.NewLabel("")
			name.Truncation, detail.Truncation = fyne.TextTruncateEllipsis, fyne.TextTruncateEllipsis
			detail.Importance = widget.LowImportance
			return container.New(&splitLayout{ratio: 0.6}, name, detail)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			name, detail := c.Objects[0].(*widget.Label), c.Objects[1].(*widget.Label)
			if id < 0 || id >= len(p.shown) {
				return
			}
			if i := p.shown[id]; i < 0 {
				name.SetText(p.anyText)
				detail.SetText("")
			} else {
				name.SetText(p.items[i].name)
				detail.SetText(p.items[i].detail)
			}
			if bold := id == p.hl; name.TextStyle.Bold != bold {
				name.TextStyle.Bold = bold
				name.Refresh()
			}
		})
	p.list.OnSelected = func(id widget.ListItemID) {
		p.list.UnselectAll()
		p.choose(id)
	}
	p.box = container.NewBorder(p.Search, p.note, nil, nil, p.list)
	return p
}

// Ref returns the chosen record; the zero Ref for "any".
func (p *filterPicker) Ref() data.Ref { return p.ref }

// setRef shows r as the choice without calling OnChanged.
func (p *filterPicker) setRef(r data.Ref) {
	if r == p.ref && p.drop.Selected != "" {
		return
	}
	p.ref = r
	text := p.anyText
	if !r.IsZero() {
		text = p.itemName(r)
	}
	p.drop.SetText(text)
}

// itemName returns the name of r: from the loaded items, else the store.
func (p *filterPicker) itemName(r data.Ref) string {
	for _, it := range p.items {
		if it.ref == r {
			return it.name
		}
	}
	if n := p.name(r); n != "" {
		return n
	}
	return r.String()
}

// reload forgets the records read: the next opening reads them again (at
// once, when the pop-up is open now), and the choice's name is read anew.
func (p *filterPicker) reload() {
	p.gen++
	p.items, p.loaded, p.loading, p.err = nil, false, false, nil
	if p.pop != nil && p.pop.Visible() {
		p.startLoad()
		p.refilter()
	}
	r := p.ref
	p.ref = data.Ref{Kind: data.RefNone, ID: ^data.ID(0)} // force setRef to read the name
	p.setRef(r)
}

// open shows the pop-up under the drop with an empty search.
func (p *filterPicker) open() {
	c := fyne.CurrentApp().Driver().CanvasForObject(p.drop)
	if c == nil {
		return
	}
	if p.pop != nil {
		p.pop.Hide()
	}
	if !p.loaded && !p.loading {
		p.startLoad()
	}
	p.Search.SetText("")
	p.refilter()
	p.pop = showBelow(c, p.box, p.drop, fyne.NewSize(440, 360))
	c.Focus(p.Search)
}

// close hides the pop-up.
func (p *filterPicker) close() {
	if p.pop != nil {
		p.pop.Hide()
	}
}

// startLoad reads the records on a goroutine of its own.
func (p *filterPicker) startLoad() {
	p.loading = true
	gen, read := p.gen, p.loader()
	go func() {
		items, err := read()
		background.Do(func() {
			if gen != p.gen {
				return
			}
			p.items, p.err, p.loaded, p.loading = items, err, true, false
			p.refilter()
		})
	}()
}

// refilter narrows the list to the items matching the search text.
func (p *filterPicker) refilter() {
	q := data.Fold(strings.TrimSpace(p.Search.Text))
	p.shown = p.shown[:0]
	if q == "" {
		p.shown = append(p.shown, -1)
		for i := range p.items {
			p.shown = append(p.shown, i)
		}
	} else {
		var later []int
		for i := range p.items {
			switch k := p.items[i].key; {
			case strings.HasPrefix(k, q):
				p.shown = append(p.shown, i)
			case strings.Contains(k, q):
				later = append(later, i)
			}
		}
		p.shown = append(p.shown, later...)
	}
	p.hl = 0
	if q != "" && len(p.shown) == 0 {
		p.hl = -1
	}
	switch {
	case p.err != nil:
		p.note.SetText(lang.X("filter.pick.error", "Could not read the list: {{.Error}}", problem.Args(p.err)))
	case !p.loaded:
		p.note.SetText(lang.X("list.loading", "Loading…"))
	case q != "" && len(p.shown) == 0:
		p.note.SetText(lang.X("filter.pick.none", "Nothing found"))
	case q != "":
		p.note.SetText(lang.X("filter.pick.found", "Found: {{.count}}", map[string]any{"Count": format.Count(len(p.shown))}))
	default:
		p.note.SetText(lang.X("filter.pick.total", "Total: {{.count}}", map[string]any{"Count": format.Count(len(p.items))}))
	}
	p.list.Refresh()
	p.list.ScrollToTop()
}

// choose picks row id of the list and closes the pop-up.
func (p *filterPicker) choose(id int) {
	if id < 0 || id >= len(p.shown) {
		return
	}
	r := data.Ref{}
	if i := p.shown[id]; i >= 0 {
		r = p.items[i].ref
	}
	p.close()
	changed := r != p.ref
	p.setRef(r)
	if changed && p.OnChanged != nil {
		p.OnChanged(r)
	}
}

// moveHighlight moves the highlighted row by delta.
func (p *filterPicker) moveHighlight(delta int) {
	if len(p.shown) == 0 {
		return
	}
	p.hl = min(max(p.hl+delta, 0), len(p.shown)-1)
	p.list.ScrollTo(p.hl)
	p.list.Refresh()
}

// pickerEntry is the search entry of a picker: Up and Down move the
// highlight, Escape closes the pop-up.
type pickerEntry struct {
	widget.Entry
	p *filterPicker
}

func newPickerEntry(p *filterPicker) *pickerEntry {
	e := &pickerEntry{p: p}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey handles the picker's keys and passes the rest to the entry.
func (e *pickerEntry) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyDown:
		e.p.moveHighlight(1)
	case fyne.KeyUp:
		e.p.moveHighlight(-1)
	case fyne.KeyPageDown:
		e.p.moveHighlight(10)
	case fyne.KeyPageUp:
		e.p.moveHighlight(-10)
	case fyne.KeyEscape:
		e.p.close()
	default:
		e.Entry.TypedKey(ev)
	}
}

// splitLayout gives its first object ratio of the width and the second
// the rest: a name and its detail on one line.
type splitLayout struct{ ratio float32 }

func (l *splitLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := size.Width * l.ratio
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(w, size.Height))
	objs[1].Move(fyne.NewPos(w, 0))
	objs[1].Resize(fyne.NewSize(size.Width-w, size.Height))
}

func (l *splitLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := max(objs[0].MinSize().Height, objs[1].MinSize().Height)
	return fyne.NewSize(objs[0].MinSize().Width+objs[1].MinSize().Width, h)
}
