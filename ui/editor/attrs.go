package editor

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/widgets"
)

// AttrField is the field of one additional attribute: an entry for text
// and numbers, a date field, a yes / no / not set choice, or a choice of
// the list's values.
type AttrField struct {
	Def    data.AttrDef
	Entry  *widgets.EscEntry  // text, number
	Date   *widgets.DateField // date
	Select *widget.Select     // yes/no, list
}

// buildAttrs adds a row for every attribute that applies to the type.
func (e *Editor) buildAttrs() {
	for _, d := range e.cat.defs {
		f := &AttrField{Def: d}
		var obj fyne.CanvasObject
		switch d.Type {
		case data.AttrDate:
			f.Date = e.dateField(false)
			obj = f.Date.Content
		case data.AttrBool:
			f.Select = e.selectOf([]string{lang.X("editor.none", "—"), lang.X("editor.yes", "Yes"), lang.X("editor.no", "No")})
			obj = f.Select
		case data.AttrList:
			opts := []string{lang.X("editor.none", "—")}
			for _, o := range d.Options {
				opts = append(opts, o.Name)
			}
			f.Select = e.selectOf(opts)
			obj = f.Select
		default:
			f.Entry = e.entry("")
			obj = f.Entry
		}
		e.Attrs[d.ID] = f
		e.Form.Add(d.Name, obj, attrField(d.ID))
	}
}

// fillAttrs shows the attribute values read.
func (e *Editor) fillAttrs() {
	for _, a := range e.it.Attrs {
		f, ok := e.Attrs[a.Attr]
		if !ok {
			continue
		}
		switch f.Def.Type {
		case data.AttrDate:
			t, _ := time.ParseInLocation(time.DateOnly, a.Value, time.Local)
			f.Date.Set(t)
		case data.AttrBool:
			if a.Value == "true" {
				f.Select.SetSelectedIndex(1)
			} else {
				f.Select.SetSelectedIndex(2)
			}
		case data.AttrList:
			for i, o := range f.Def.Options {
				if strconv.FormatUint(uint64(o.ID), 10) == a.Value {
					f.Select.SetSelectedIndex(i + 1)
				}
			}
		default:
			f.Entry.SetText(a.Value)
		}
	}
}

// collectAttrs reads the attribute fields into it. Values of attributes
// the editor does not show (switched off, or not for this type) stay.
func (e *Editor) collectAttrs(it *data.Interaction, bad func(field, msg string)) {
	var out []data.AttrValue
	for _, a := range it.Attrs {
		if _, shown := e.Attrs[a.Attr]; !shown {
			out = append(out, a)
		}
	}
	for _, d := range e.cat.defs {
		f := e.Attrs[d.ID]
		v := ""
		switch d.Type {
		case data.AttrDate:
			t, ok := f.Date.Value()
			if !ok {
				bad(attrField(d.ID), f.Date.Problem())
				continue
			}
			if !t.IsZero() {
				v = t.Format(time.DateOnly)
			}
		case data.AttrBool:
			switch f.Select.SelectedIndex() {
			case 1:
				v = "true"
			case 2:
				v = "false"
			}
		case data.AttrList:
			if i := f.Select.SelectedIndex(); i > 0 {
				v = strconv.FormatUint(uint64(d.Options[i-1].ID), 10)
			}
		default:
			v = strings.TrimSpace(f.Entry.Text)
		}
		if v != "" {
			out = append(out, data.AttrValue{Attr: d.ID, Value: v})
		}
	}
	it.Attrs = out
}

// attrField is the form's name of the row of attribute id.
func attrField(id data.ID) string { return "attr:" + strconv.FormatUint(uint64(id), 10) }
