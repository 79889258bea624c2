package preview

import (
	"context"
	"interactions/ui/problem"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/background"
	"interactions/ui/format"

	"interactions/ui/icons"
)

// chainShown is how many interactions of a chain the preview lists: the
// ones around the one shown.
const chainShown = 30

// Store is what the preview pane needs of the store.
type Store interface {
	Interaction(id data.ID) (*data.Interaction, error)
	Names(refs []data.Ref) map[data.Ref]string
	AttrDefs() []data.AttrDef
	Settings() data.Settings
	Scan(ctx context.Context, f data.Filter, order data.SortOrder, fn func(data.Cursor) bool) error
	Rows(keys []data.Cursor) ([]data.Row, error)
}

// Pane shows the interaction selected in the list: every field of
// its type, its contacts, subject, review state and additional
// attributes, and where it stands in its chain with the chain's other
// interactions in time order, the unreviewed ones marked.
//
// It is used on the UI goroutine only; the record, the names it refers
// to and the chain are read together on a goroutine of its own.
type Pane struct {
	// Content is the pane, to be placed in the screen.
	Content fyne.CanvasObject

	store  Store
	Scroll *container.Scroll
	box    *fyne.Container // what the pane shows, rebuilt for every interaction
	empty  *widget.Label

	id     data.ID // the interaction shown or on its way; 0 for none
	shown  *details
	gen    int
	cancel context.CancelFunc
	tasks  background.Tasks // the reads not yet reported back

	// OnOpen opens the editor of the interaction shown; OnChain opens the
	// view of its chain. Without them the pane offers neither.
	OnOpen  func(data.ID)
	OnChain func(data.Ref)
}

// details is everything the pane shows of one interaction.
type details struct {
	it       *data.Interaction
	names    map[data.Ref]string
	defs     []data.AttrDef
	opts     data.Options
	chain    []data.Row // the part of the chain listed, in time order
	chainPos int        // the place of it in the chain, from 1; 0 when unknown
	chainLen int
	err      error
}

// New builds an empty pane over st.
func New(st Store) *Pane {
	p := &Pane{store: st}
	p.empty = widget.NewLabel(lang.X("preview.empty", "Select an interaction to see it here."))
	p.empty.Wrapping = fyne.TextWrapWord
	p.box = container.NewVBox(p.empty)
	p.Scroll = container.NewVScroll(p.box)
	p.Content = p.Scroll
	return p
}

// Show shows interaction id, read in the background; 0 shows nothing.
func (p *Pane) Show(id data.ID) {
	if id == p.id {
		return
	}
	p.id = id
	p.load()
}

// Reload reads the interaction shown again, after the data changed.
func (p *Pane) Reload() { p.load() }

// Busy reports whether a read is on its way.
func (p *Pane) Busy() bool { return p.tasks.Busy() }

// Close stops a read on its way.
func (p *Pane) Close() {
	p.gen++
	if p.cancel != nil {
		p.cancel()
	}
}

func (p *Pane) load() {
	p.Close()
	if p.id == 0 {
		p.shown = nil
		p.box.Objects = []fyne.CanvasObject{p.empty}
		p.box.Refresh()
		return
	}
	gen, id := p.gen, p.id
	var ctx context.Context
	ctx, p.cancel = context.WithCancel(context.Background())
	p.tasks.Run(func() func() {
		d := readPreview(ctx, p.store, id)
		return func() {
			if gen == p.gen {
				p.show(d)
			}
		}
	})
}

// readPreview reads an interaction, the names it refers to and its chain.
func readPreview(ctx context.Context, st Store, id data.ID) *details {
	it, err := st.Interaction(id)
	if err != nil {
		return &details{err: err}
	}
	d := &details{it: it, defs: st.AttrDefs(), opts: st.Settings().Options}
	refs := []data.Ref{{Kind: data.RefEmployee, ID: it.Responsible}, it.Subject}
	if it.Author != 0 {
		refs = append(refs, data.Ref{Kind: data.RefEmployee, ID: it.Author})
	}
	if it.BasedOn != 0 {
		refs = append(refs, data.Ref{Kind: data.RefInteraction, ID: it.BasedOn})
	}
	d.names = st.Names(refs)
	d.err = readChain(ctx, st, d)
	return d
}

// readChain finds the place of d.it in its chain (the interactions of its
// subject, oldest first) and reads the chain around it.
func readChain(ctx context.Context, st Store, d *details) error {
	it := d.it
	if it.Subject.IsZero() {
		return nil
	}
	f := data.Filter{Subject: it.Subject}
	if it.Deleted {
		f.Deleted = data.DeletedInclude
	}
	var keys []data.Cursor
	err := st.Scan(ctx, f, data.OldestFirst, func(c data.Cursor) bool {
		keys = append(keys, c)
		return true
	})
	if err != nil {
		return err
	}
	d.chainLen = len(keys)
	at := slices.IndexFunc(keys, func(c data.Cursor) bool { return c.ID() == it.ID })
	d.chainPos = at + 1
	lo := max(0, min(at-chainShown/2, len(keys)-chainShown))
	hi := min(len(keys), lo+chainShown)
	d.chain, err = st.Rows(keys[lo:hi])
	return err
}

// show builds the pane's content for d.
func (p *Pane) show(d *details) {
	p.shown = d
	if d.err != nil && d.it == nil {
		p.box.Objects = []fyne.CanvasObject{widget.NewLabel(lang.X("preview.error", "Could not read the interaction: {{.Error}}", problem.Args(d.err)))}
		p.box.Refresh()
		return
	}
	it := d.it
	title := widget.NewLabelWithStyle(it.Topic, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	kind := container.NewHBox(widget.NewIcon(icons.Type(it.Type)), widget.NewLabel(format.TypeTitle(it.Type)))
	if res := icons.Direction(it.Direction); res != nil {
		kind.Add(widget.NewIcon(res))
		kind.Add(widget.NewLabel(format.DirectionTitle(it.Direction)))
	}
	objs := []fyne.CanvasObject{title, kind, p.form(fields(d))}
	if c := p.commands(d); c != nil {
		objs = append([]fyne.CanvasObject{c}, objs...)
	}
	if text := previewText(it); text != "" {
		body := widget.NewLabel(text)
		body.Wrapping = fyne.TextWrapWord
		objs = append(objs, widget.NewSeparator(), body)
	}
	objs = append(objs, p.chainBox(d)...)
	p.box.Objects = objs
	p.box.Refresh()
	p.Scroll.ScrollToTop()
}

// form lays the fields out one under another, each name in small bold
// type above its value, so that a narrow pane wraps only long values.
// The names are in the text colour: the grey of disabled text was hard
// to read on the dark theme's black.
func (p *Pane) form(fields []field) fyne.CanvasObject {
	box := container.NewVBox()
	for _, f := range fields {
		name := widget.NewLabelWithStyle(f.name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		name.SizeName = theme.SizeNameCaptionText // in the text colour: readable on dark and light
		value := widget.NewLabel(f.value)
		value.Wrapping = fyne.TextWrapWord
		value.Importance = f.importance
		box.Add(container.New(layout.NewCustomPaddedVBoxLayout(0), name, value))
	}
	return box
}

// chainBox shows the place in the chain and the chain around it.
func (p *Pane) chainBox(d *details) []fyne.CanvasObject {
	if d.chainLen < 1 {
		return nil
	}
	pos := lang.X("preview.chainPosition", "{{.N}} of {{.M}} in the chain", map[string]any{"N": format.Count(d.chainPos), "M": format.Count(d.chainLen)})
	objs := []fyne.CanvasObject{widget.NewSeparator(), widget.NewLabelWithStyle(pos, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	for _, r := range d.chain {
		in := r.Interaction
		line := format.DateTime(in.Date) + "  " + in.Topic
		if d.opts.Shows(data.PartReviewFields) && !in.Reviewed {
			line = lang.X("preview.chainUnreviewed", "● {{.Line}}", map[string]any{"Line": line})
		}
		l := widget.NewLabel(line)
		l.Truncation = fyne.TextTruncateEllipsis
		l.TextStyle.Bold = d.opts.Shows(data.PartReviewFields) && !in.Reviewed
		if in.ID == d.it.ID {
			l.Importance = widget.HighImportance
		}
		objs = append(objs, container.NewBorder(nil, nil, widget.NewIcon(icons.Type(in.Type)), nil, l))
	}
	return objs
}

// Shown returns the id of the interaction the pane shows, once read; 0
// while it shows none or still reads it.
func (p *Pane) Shown() data.ID {
	if p.shown == nil || p.shown.it == nil {
		return 0
	}
	return p.shown.it.ID
}
