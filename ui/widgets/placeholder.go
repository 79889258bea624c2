package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/ui/session"
)

// Placeholder is a screen that is not built yet: its title and a note
// saying so, and nothing that pretends to work. It is a whole screen of
// the window: content, told of changes (it shows none), closed.
type Placeholder struct {
	Heading *widget.RichText
	Note    *widget.Label
	content fyne.CanvasObject
}

// NewPlaceholder returns the placeholder screen titled title.
func NewPlaceholder(title string) *Placeholder {
	p := &Placeholder{
		Heading: NewHeading(title),
		Note:    widget.NewLabel(lang.X("screen.notBuilt", "This screen is not built yet.")),
	}
	p.content = container.NewVBox(p.Heading, p.Note)
	return p
}

// Content returns the title and the note.
func (p *Placeholder) Content() fyne.CanvasObject { return p.content }

// Changed does nothing: the placeholder shows no data.
func (p *Placeholder) Changed(session.Change) {}

// Close does nothing: the placeholder runs no background work.
func (p *Placeholder) Close() {}

// NotBuilt reports that the screen is a placeholder.
func (p *Placeholder) NotBuilt() bool { return true }
