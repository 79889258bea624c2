package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Prompt is a question in a modal pop-up over a window, with its buttons
// as fields so that tests tap them: "Save / Discard / Cancel" of an editor
// closed with changes, and the like.
type Prompt struct {
	Text    *widget.Label
	Buttons []*widget.Button
	pop     *widget.PopUp
	onHide  func()
}

// Ask shows text over the canvas c with buttons; each button hides the
// prompt first, then does what it did. onHide is called when the prompt
// goes, by a button or by Hide.
func Ask(c fyne.Canvas, text string, onHide func(), buttons ...*widget.Button) *Prompt {
	p := &Prompt{Text: widget.NewLabel(text), Buttons: buttons, onHide: onHide}
	p.Text.Wrapping = fyne.TextWrapWord
	objs := make([]fyne.CanvasObject, len(buttons))
	for i, b := range buttons {
		do := b.OnTapped
		b.OnTapped = func() {
			p.Hide()
			if do != nil {
				do()
			}
		}
		objs[i] = b
	}
	box := container.NewVBox(p.Text, container.NewCenter(container.NewHBox(objs...)))
	p.pop = widget.NewModalPopUp(container.NewPadded(box), c)
	p.pop.Resize(fyne.NewSize(480, p.pop.MinSize().Height))
	p.pop.Show()
	return p
}

// Button returns the prompt's button labelled text, nil for none.
func (p *Prompt) Button(text string) *widget.Button {
	for _, b := range p.Buttons {
		if b.Text == text {
			return b
		}
	}
	return nil
}

// Hide takes the prompt away without an answer.
func (p *Prompt) Hide() {
	p.pop.Hide()
	if p.onHide != nil {
		p.onHide()
		p.onHide = nil
	}
}
