package catalogs

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/format"
	"interactions/ui/widgets"
)

// Attributes is the screen of the additional attributes (Дополнительные
// реквизиты): fields the user defines at run time. A new one shows in the
// editors, list columns, filters, grouping and the navigation panel at
// once, through the change signal.
type Attributes struct {
	*Catalog
	deps Deps
}

// AttrEditor is the open editor of an attribute definition, for the tests.
type AttrEditor struct {
	*Record
	Name    *widgets.EscEntry
	Type    *widget.Select
	Types   *widget.CheckGroup
	Options []*widgets.EscEntry
	AddOpt  *widget.Button
	optIDs  []data.ID
	optBox  *fyne.Container
}

// lastAttr is the attribute editor opened last, for the tests.
var lastAttr *AttrEditor

var attrTypes = []data.AttrType{data.AttrText, data.AttrNumber, data.AttrDate, data.AttrBool, data.AttrList}

func attrTypeTitle(t data.AttrType) string {
	switch t {
	case data.AttrNumber:
		return lang.X("attr.type.number", "Number")
	case data.AttrDate:
		return lang.X("attr.type.date", "Date")
	case data.AttrBool:
		return lang.X("attr.type.bool", "Yes / no")
	case data.AttrList:
		return lang.X("attr.type.list", "Value from a list")
	}
	return lang.X("attr.type.text", "Text")
}

// NewAttributes returns the Additional attributes screen.
func NewAttributes(d Deps) *Attributes {
	s := &Attributes{deps: d}
	st := d.Store
	s.Catalog = newCatalog(d, lang.X("screen.attributes", "Additional attributes"),
		[]string{lang.X("catalog.field.name", "Name"), lang.X("attr.field.type", "Value type"), lang.X("attr.field.types", "Applies to")},
		func() ([]item, error) {
			var out []item
			for _, a := range st.AllAttrDefs() {
				out = append(out, newEntry(a.ID, a.Deleted, a.Name, attrTypeTitle(a.Type), typesText(a.Types)))
			}
			return out, nil
		},
		func(id data.ID) {
			if a, ok := st.AttrDef(id); ok {
				s.show(&a)
			}
		},
		func() { s.show(&data.AttrDef{Type: data.AttrText}) },
		func(id data.ID, deleted bool) error {
			a, ok := st.AttrDef(id)
			if !ok {
				return data.ErrNotFound
			}
			a.Deleted = deleted
			return st.SaveAttrDef(&a)
		})
	mark := s.Mark.OnTapped
	s.Mark.OnTapped = func() { s.confirmMark(mark) }
	s.build()
	return s
}

// confirmMark asks before an attribute is marked for deletion: its values
// stay until the marked records are deleted.
func (s *Attributes) confirmMark(mark func()) {
	id := s.SelectedID()
	if id == 0 || s.Shown[s.Selected].deleted {
		mark()
		return
	}
	dialog.ShowConfirm(lang.X("attr.markTitle", "Mark the attribute for deletion?"),
		lang.X("attr.markText", "The attribute disappears from the editors, columns, filters and the navigation panel. Its values stay on the interactions until the marked records are deleted, and come back if the mark is cleared."),
		func(ok bool) {
			if ok {
				mark()
			}
		}, s.deps.Win)
}

// typesText names the interaction types an attribute applies to.
func typesText(ts []data.InteractionType) string {
	if len(ts) == 0 {
		return lang.X("attr.allTypes", "All types")
	}
	var out []string
	for _, t := range ts {
		out = append(out, format.TypeTitle(t))
	}
	return strings.Join(out, ", ")
}

// show opens the editor of a.
func (s *Attributes) show(a *data.AttrDef) {
	r := newRecord(s.deps)
	e := &AttrEditor{Record: r, Name: entry(a.Name), optBox: container.NewVBox()}
	var titles []string
	for _, t := range attrTypes {
		titles = append(titles, attrTypeTitle(t))
	}
	e.Type = widget.NewSelect(titles, nil)
	e.Type.SetSelectedIndex(max(slices.Index(attrTypes, a.Type), 0))
	var types []string
	for _, t := range data.AllTypes {
		types = append(types, format.TypeTitle(t))
	}
	e.Types = widget.NewCheckGroup(types, nil)
	for _, t := range a.Types {
		e.Types.Selected = append(e.Types.Selected, format.TypeTitle(t))
	}
	for _, o := range a.Options {
		e.addOption(o.ID, o.Name)
	}
	e.AddOpt = widget.NewButtonWithIcon(lang.X("attr.addOption", "Add a value"), theme.ContentAddIcon(), func() { e.addOption(0, "") })
	opts := container.NewVBox(e.optBox, container.NewHBox(e.AddOpt))
	e.Type.OnChanged = func(string) { widgets.ShowIf(opts, attrTypes[e.Type.SelectedIndex()] == data.AttrList) }
	e.Type.OnChanged("")
	r.Form.Add(lang.X("catalog.field.name", "Name"), e.Name, "name")
	r.Form.Add(lang.X("attr.field.type", "Value type"), e.Type, "type")
	r.Form.Add(lang.X("attr.field.types", "Applies to"), container.NewVBox(e.Types,
		widget.NewLabel(lang.X("attr.typesHint", "None checked: every type."))), "types")
	r.Form.Add(lang.X("attr.field.options", "Values of the list"), opts, "options")
	lastAttr = e
	r.show(titleOf(lang.X("screen.attribute", "Additional attribute"), a.ID, a.Name), formBox(r), func() (func() error, bool) {
		c := *a
		c.Name = trim(e.Name)
		c.Type = attrTypes[max(e.Type.SelectedIndex(), 0)]
		c.Types = nil
		for _, t := range data.AllTypes {
			if slices.Contains(e.Types.Selected, format.TypeTitle(t)) {
				c.Types = append(c.Types, t)
			}
		}
		c.Options = nil
		if c.Type == data.AttrList {
			next := data.ID(1)
			for _, id := range e.optIDs {
				next = max(next, id+1)
			}
			for i, en := range e.Options {
				id := e.optIDs[i]
				if id == 0 {
					id, next = next, next+1
					e.optIDs[i] = id
				}
				if name := trim(en); name != "" {
					c.Options = append(c.Options, data.AttrOption{ID: id, Name: name})
				}
			}
		}
		return saveOver(a, &c, s.deps.Store.SaveAttrDef), true
	})
}

// addOption adds a row for a value of the list; id 0 is a new value.
func (e *AttrEditor) addOption(id data.ID, name string) {
	en := entry(name)
	en.OnEscape = e.escape
	e.Options = append(e.Options, en)
	e.optIDs = append(e.optIDs, id)
	e.optBox.Add(en)
}
