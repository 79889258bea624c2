package preview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// commands returns the pane's buttons for d: open its editor, show its
// chain; nil while the pane has no one to ask.
func (p *Pane) commands(d *details) fyne.CanvasObject {
	if p.OnOpen == nil && p.OnChain == nil {
		return nil
	}
	box := container.NewHBox()
	id, subject := d.it.ID, d.it.Subject
	if p.OnOpen != nil {
		box.Add(widget.NewButtonWithIcon(lang.X("preview.open", "Open"), theme.DocumentIcon(), func() { p.OnOpen(id) }))
	}
	if p.OnChain != nil && !subject.IsZero() {
		box.Add(widget.NewButtonWithIcon(lang.X("editor.chain", "Chain"), theme.ListIcon(), func() { p.OnChain(subject) }))
	}
	return box
}
