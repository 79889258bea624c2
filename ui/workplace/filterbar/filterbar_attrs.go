package filterbar

import (
	"slices"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/widgets"
)

// attrWidgets are the drop of the additional-attribute condition and its
// pop-up: the attribute, its value (a choice for lists and yes/no, typed
// text for the rest), an error line and the buttons.
type attrWidgets struct {
	attrs      *filterDrop
	attrPick   *widget.Select // the attribute
	attrChoice *widget.Select // a list value or yes/no
	attrText   *widget.Entry  // a text, number or date
	attrErr    *widget.Label
	attrApply  *widget.Button
	attrRemove *widget.Button
	attrNone   *widget.Label // shown instead of the form when there are no attributes
	attrForm   fyne.CanvasObject
	attrPop    *widget.PopUp
}

// buildAttrs makes the attribute drop and its form.
func (b *Bar) buildAttrs() {
	b.attrs = newFilterDrop(lang.X("filter.attrs", "Attributes"), b.openAttrs)
	b.attrPick = widgets.NewSelect(nil, func(string) {
		if !b.quiet {
			b.showAttrValue()
		}
	})
	b.attrChoice = widgets.NewSelect(nil, nil)
	b.attrText = widget.NewEntry()
	b.attrText.OnSubmitted = func(string) { b.applyAttr() }
	b.attrErr = widget.NewLabel("")
	b.attrErr.Importance = widget.DangerImportance
	b.attrErr.Wrapping = fyne.TextWrapWord
	b.attrErr.Hide()
	b.attrApply = widget.NewButtonWithIcon(lang.X("filter.apply", "Apply"), theme.ConfirmIcon(), b.applyAttr)
	b.attrApply.Importance = widget.HighImportance
	b.attrRemove = widget.NewButtonWithIcon(lang.X("filter.attr.remove", "Remove"), theme.ContentClearIcon(), b.removeAttr)
	b.attrNone = widget.NewLabel(lang.X("filter.attr.none", "There are no additional attributes. Add them in Settings."))
	b.attrNone.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.X("filter.attr", "Attribute"), b.attrPick),
		widget.NewFormItem(lang.X("filter.attr.value", "Value"), container.NewStack(b.attrChoice, b.attrText)))
	b.attrForm = container.NewPadded(container.NewVBox(
		b.attrNone, form, b.attrErr,
		container.NewHBox(layout.NewSpacer(), b.attrRemove, b.attrApply)))
}

// openAttrs shows the attribute form under the drop, on the first
// attribute of the filter or the first one defined.
func (b *Bar) openAttrs() {
	if b.attrPop != nil {
		b.attrPop.Hide()
	}
	names := make([]string, len(b.defs))
	for i, d := range b.defs {
		names[i] = d.Name
	}
	setVisible(b.attrNone, len(b.defs) == 0)
	b.attrApply.Enable()
	if len(b.defs) == 0 {
		b.attrApply.Disable()
	}
	i := 0
	if len(b.filter.Attrs) > 0 {
		i = max(0, b.defIndex(b.filter.Attrs[0].Attr))
	}
	b.quietly(func() {
		b.attrPick.Options = names
		b.attrPick.ClearSelected()
		b.attrPick.SetSelectedIndex(i)
	})
	b.showAttrValue()
	b.attrPop = showBelow(b.win.Canvas(), b.attrForm, b.attrs, fyne.NewSize(360, 0))
}

// defIndex returns the index of attribute id in b.defs, or -1.
func (b *Bar) defIndex(id data.ID) int {
	return slices.IndexFunc(b.defs, func(d data.AttrDef) bool { return d.ID == id })
}

// pickedDef returns the attribute chosen in the form.
func (b *Bar) pickedDef() (data.AttrDef, bool) {
	i := b.attrPick.SelectedIndex()
	if i < 0 || i >= len(b.defs) {
		return data.AttrDef{}, false
	}
	return b.defs[i], true
}

// showAttrValue shows the value editor of the chosen attribute with the
// filter's value of it.
func (b *Bar) showAttrValue() {
	if b.attrErr.Visible() {
		b.attrErr.Hide()
		refitPopUp(b.attrPop)
	}
	def, ok := b.pickedDef()
	b.attrRemove.Disable()
	if !ok {
		b.attrChoice.Hide()
		b.attrText.Hide()
		return
	}
	cur := ""
	if j := slices.IndexFunc(b.filter.Attrs, func(a data.AttrValue) bool { return a.Attr == def.ID }); j >= 0 {
		cur = b.filter.Attrs[j].Value
		b.attrRemove.Enable()
	}
	switch def.Type {
	case data.AttrList, data.AttrBool:
		opts, values := attrChoices(def)
		b.attrChoice.Options = opts
		b.attrChoice.ClearSelected()
		b.attrChoice.SetSelectedIndex(max(0, slices.Index(values, cur)))
		b.attrChoice.Show()
		b.attrText.Hide()
	default:
		b.attrText.SetPlaceHolder("")
		if def.Type == data.AttrDate {
			b.attrText.SetPlaceHolder(lang.X("filter.date.hint", "yyyy-mm-dd"))
		}
		b.attrText.SetText(attrValueText(def, cur))
		b.attrText.Show()
		b.attrChoice.Hide()
	}
}

// attrChoices returns the labels and canonical values of a list or
// yes/no attribute.
func attrChoices(def data.AttrDef) (labels, values []string) {
	if def.Type == data.AttrBool {
		return []string{lang.X("filter.attr.yes", "Yes"), lang.X("filter.attr.no", "No")}, []string{"true", "false"}
	}
	for _, o := range def.Options {
		labels = append(labels, o.Name)
		values = append(values, strconv.FormatUint(uint64(o.ID), 10))
	}
	return labels, values
}

// applyAttr puts the value of the form into the filter, in canonical form
// (data.AttrDef.CheckValue); a bad value shows an error and changes nothing.
func (b *Bar) applyAttr() {
	def, ok := b.pickedDef()
	if !ok {
		return
	}
	var raw string
	switch def.Type {
	case data.AttrList, data.AttrBool:
		_, values := attrChoices(def)
		if i := b.attrChoice.SelectedIndex(); i >= 0 && i < len(values) {
			raw = values[i]
		}
	case data.AttrDate:
		t, err := parseFilterDate(b.attrText.Text)
		if err != nil {
			b.showAttrError(badDateMessage(def.Name, b.attrText.Text))
			return
		}
		if !t.IsZero() {
			raw = t.Format(time.DateOnly)
		}
	default:
		raw = b.attrText.Text
	}
	v, err := def.CheckValue(raw)
	if err != nil {
		msg := lang.X("filter.attr.empty", "{{.Name}}: type a value.", map[string]any{"Name": def.Name})
		if def.Type == data.AttrNumber && raw != "" {
			msg = lang.X("filter.attr.notNumber", "{{.Name}}: “{{.Text}}” is not a number.", map[string]any{"Name": def.Name, "Text": raw})
		}
		b.showAttrError(msg)
		return
	}
	b.attrPop.Hide()
	b.edit(func(f *data.Filter) {
		f.Attrs = slices.DeleteFunc(f.Attrs, func(a data.AttrValue) bool { return a.Attr == def.ID })
		f.Attrs = append(f.Attrs, data.AttrValue{Attr: def.ID, Value: v})
	})
}

func (b *Bar) showAttrError(msg string) {
	b.attrErr.SetText(msg)
	b.attrErr.Show()
	refitPopUp(b.attrPop)
}

// removeAttr takes the chosen attribute's condition out of the filter.
func (b *Bar) removeAttr() {
	def, ok := b.pickedDef()
	if !ok {
		return
	}
	b.attrPop.Hide()
	b.edit(func(f *data.Filter) {
		f.Attrs = slices.DeleteFunc(f.Attrs, func(a data.AttrValue) bool { return a.Attr == def.ID })
	})
}

// attrsSummary names the attribute conditions: "Attributes" (none), "Name:
// value", or "Attributes (N)".
func (b *Bar) attrsSummary() string {
	switch len(b.filter.Attrs) {
	case 0:
		return lang.X("filter.attrs.any", "Attributes")
	case 1:
		a := b.filter.Attrs[0]
		if i := b.defIndex(a.Attr); i >= 0 {
			return lang.X("filter.attrs.one", "{{.Name}}: {{.Value}}",
				map[string]any{"Name": b.defs[i].Name, "Value": attrValueLabel(b.defs[i], a.Value)})
		}
	}
	return lang.X("filter.attrs.several", "Attributes ({{.count}})", map[string]any{"Count": len(b.filter.Attrs)})
}

// attrValueLabel writes a canonical value for the user: a list value's
// name, yes/no, a date in the interface's format.
func attrValueLabel(def data.AttrDef, v string) string {
	if v == "" {
		return lang.X("filter.attr.noValue", "(no value)")
	}
	if def.Type == data.AttrList || def.Type == data.AttrBool {
		labels, values := attrChoices(def)
		if i := slices.Index(values, v); i >= 0 {
			return labels[i]
		}
	}
	return attrValueText(def, v)
}

// attrValueText writes a canonical value as it is typed: a date in the
// interface's format, anything else as is.
func attrValueText(def data.AttrDef, v string) string {
	if def.Type == data.AttrDate {
		if t, err := time.ParseInLocation(time.DateOnly, v, time.Local); err == nil {
			return formatFilterDate(t)
		}
	}
	return v
}
