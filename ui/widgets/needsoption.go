package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// NeedsOption is what a report or screen shows in place of itself while
// the option it needs is off: a sentence that names the option and where
// it is, and a button that opens Settings at it.
type NeedsOption struct {
	Message *widget.Label
	Open    *widget.Button
	content fyne.CanvasObject
}

// NewNeedsOption says that what needs the option titled option, found in
// the settings section section, and offers open.
func NewNeedsOption(what, option, section string, open func()) *NeedsOption {
	n := &NeedsOption{
		Message: widget.NewLabel(lang.X("settings.needs", "{{.What}} needs the option «{{.Option}}», which is off. Switch it on in Settings – {{.Section}}.",
			map[string]any{"What": what, "Option": option, "Section": section})),
		Open: widget.NewButtonWithIcon(lang.X("settings.open", "Open Settings"), theme.SettingsIcon(), open),
	}
	n.Message.Wrapping = fyne.TextWrapWord
	n.Open.Importance = widget.HighImportance
	n.content = container.NewVBox(n.Message, container.NewHBox(n.Open))
	return n
}

// Content returns the message and the button.
func (n *NeedsOption) Content() fyne.CanvasObject { return n.content }
