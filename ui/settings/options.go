package settings

import (
	"context"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/format"
)

// contextBackground is the context of saves: they are never cancelled.
var contextBackground = context.Background()

// optionsCard builds the card of a settings section: a toggle per option
// of the section (the CRM ones or the Organizer ones) with its hint.
func (v *View) optionsCard(title, path string, crm bool) *widget.Card {
	box := container.NewVBox()
	for _, o := range data.AllOptions {
		if o.CRM() != crm {
			continue
		}
		o := o
		check := widget.NewCheck(format.OptionTitle(o), func(on bool) {
			v.change(func(s *data.Settings) { s.Options.Set(o, on) })
		})
		hint := widget.NewLabel(format.OptionHint(o))
		hint.Wrapping = fyne.TextWrapWord
		hint.SizeName = theme.SizeNameCaptionText
		indent := canvas.NewRectangle(color.Transparent)
		indent.SetMinSize(fyne.NewSize(theme.IconInlineSize()+theme.Padding(), 0))
		row := container.New(layout.NewCustomPaddedVBoxLayout(0), check, container.NewBorder(nil, nil, indent, nil, hint))
		v.toggles[o], v.rows[o] = check, row
		box.Add(row)
	}
	return widget.NewCard(title, path, box)
}
