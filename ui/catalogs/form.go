package catalogs

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/widgets"
)

// saveOver returns the store call that saves c, the form's reading of
// the record base: once saved, c (with its id and version) becomes the
// base that the window's next save starts from.
func saveOver[T any](base, c *T, save func(*T) error) func() error {
	return func() error {
		if err := save(c); err != nil {
			return err
		}
		*base = *c
		return nil
	}
}

// entry returns a one-line entry holding text.
func entry(text string) *widgets.EscEntry {
	e := widgets.NewEscEntry()
	e.SetText(text)
	return e
}

// multiLine returns a multi-line entry holding text.
func multiLine(text string) *widgets.EscEntry {
	e := widgets.NewEscMultiLineEntry()
	e.SetText(text)
	e.SetMinRowsVisible(3)
	return e
}

// trim returns the entry's text without surrounding spaces.
func trim(e *widgets.EscEntry) string { return strings.TrimSpace(e.Text) }

// contactKinds are the kinds of contact information, in the order shown.
var contactKinds = []data.ContactKind{data.CIPhone, data.CIEmail, data.CIPostal, data.CILegal, data.CIWebsite, data.CIOther}

// contactKindTitle names a kind of contact information.
func contactKindTitle(k data.ContactKind) string {
	switch k {
	case data.CIPhone:
		return lang.X("ci.phone", "Phone")
	case data.CIEmail:
		return lang.X("ci.email", "E-mail")
	case data.CIPostal:
		return lang.X("ci.postal", "Postal address")
	case data.CILegal:
		return lang.X("ci.legal", "Legal address")
	case data.CIWebsite:
		return lang.X("ci.website", "Website")
	}
	return lang.X("ci.other", "Other")
}

// ContactInfoList edits entries of contact information: each a kind, a
// value and a comment.
type ContactInfoList struct {
	Rows    []*ContactInfoRow
	Add     *widget.Button
	Content *fyne.Container
	box     *fyne.Container
	// onEscape is what Escape in a row's entries does: the editor's.
	onEscape func()
}

// ContactInfoRow is one entry of contact information.
type ContactInfoRow struct {
	Kind           *widget.Select
	Value, Comment *widgets.EscEntry
	row            fyne.CanvasObject
}

func newContactInfoList(list []data.ContactInfo) *ContactInfoList {
	l := &ContactInfoList{box: container.NewVBox()}
	l.Add = widget.NewButtonWithIcon(lang.X("ci.add", "Add contact information"), theme.ContentAddIcon(), func() {
		l.add(data.ContactInfo{Kind: data.CIPhone})
	})
	for _, c := range list {
		l.add(c)
	}
	l.Content = container.NewVBox(l.box, container.NewHBox(l.Add))
	return l
}

func (l *ContactInfoList) add(c data.ContactInfo) {
	var titles []string
	for _, k := range contactKinds {
		titles = append(titles, contactKindTitle(k))
	}
	r := &ContactInfoRow{Kind: widget.NewSelect(titles, nil), Value: entry(c.Value), Comment: entry(c.Comment)}
	r.Comment.SetPlaceHolder(lang.X("ci.comment", "comment"))
	r.Value.OnEscape, r.Comment.OnEscape = l.onEscape, l.onEscape
	for i, k := range contactKinds {
		if k == c.Kind {
			r.Kind.SetSelectedIndex(i)
		}
	}
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	r.row = container.NewBorder(nil, nil, r.Kind, remove, container.NewGridWithColumns(2, r.Value, r.Comment))
	remove.OnTapped = func() {
		for i, o := range l.Rows {
			if o == r {
				l.Rows = append(l.Rows[:i], l.Rows[i+1:]...)
			}
		}
		l.box.Remove(r.row)
	}
	l.Rows = append(l.Rows, r)
	l.box.Add(r.row)
}

// list returns the entries; an empty value is left out.
func (l *ContactInfoList) list() []data.ContactInfo {
	var out []data.ContactInfo
	for _, r := range l.Rows {
		v := trim(r.Value)
		if v == "" {
			continue
		}
		out = append(out, data.ContactInfo{Kind: contactKinds[max(r.Kind.SelectedIndex(), 0)], Value: v, Comment: trim(r.Comment)})
	}
	return out
}

// titleOf is an editor's title: the kind of record and its name, or
// "(new)" for a new one.
func titleOf(kind string, id data.ID, name string) string {
	if id == 0 {
		return lang.X("create.title", "{{.Type}} (new)", map[string]any{"Type": kind})
	}
	return kind + ": " + name
}

// formBox is the form of r with its general error line, scrolled.
func formBox(r *Record) fyne.CanvasObject {
	return container.NewVScroll(container.NewVBox(r.Form.Form, r.Form.General))
}

// loadThen reads off the UI goroutine, then calls show on it, or says
// why the record could not be read.
func loadThen(d Deps, load func() error, show func()) {
	widgets.LoadThen(d.Win, load, show)
}
