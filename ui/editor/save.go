package editor

import (
	"errors"
	"regexp"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/format"
	"interactions/ui/problem"
	"interactions/ui/widgets"
)

// Prompt is a question of the editor in a pop-up over its window, with
// its buttons as fields so that tests tap them.
type Prompt struct {
	Text    *widget.Label
	Buttons []*widget.Button
	pop     *widget.PopUp
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

// ask shows a modal question with buttons; each button closes it first.
func (e *Editor) ask(text string, buttons ...*widget.Button) {
	p := &Prompt{Text: widget.NewLabel(text), Buttons: buttons}
	p.Text.Wrapping = fyne.TextWrapWord
	objs := make([]fyne.CanvasObject, len(buttons))
	for i, b := range buttons {
		do := b.OnTapped
		b.OnTapped = func() {
			e.closePrompt()
			if do != nil {
				do()
			}
		}
		objs[i] = b
	}
	box := container.NewVBox(p.Text, container.NewCenter(container.NewHBox(objs...)))
	p.pop = widget.NewModalPopUp(container.NewPadded(box), e.Win.Canvas())
	p.pop.Resize(fyne.NewSize(480, p.pop.MinSize().Height))
	e.Prompt = p
	p.pop.Show()
}

func (e *Editor) closePrompt() {
	if e.Prompt != nil {
		e.Prompt.pop.Hide()
		e.Prompt = nil
	}
}

// RequestClose closes the window, first asking Save / Discard / Cancel
// when the form holds changes.
func (e *Editor) RequestClose() {
	if e.Prompt != nil {
		return
	}
	if !e.Changed() {
		e.Win.Close()
		return
	}
	save := widget.NewButton(lang.X("editor.save", "Save"), func() { e.submit(true) })
	save.Importance = widget.HighImportance
	discard := widget.NewButton(lang.X("editor.discard", "Discard"), e.Win.Close)
	cancel := widget.NewButton(lang.X("bulk.cancel", "Cancel"), nil)
	e.ask(lang.X("editor.unsaved", "The interaction has changes that are not saved. Save them?"), save, discard, cancel)
}

// submit collects the form and saves it; closeAfter closes the window
// once saved.
func (e *Editor) submit(closeAfter bool) {
	if e.Saving || e.Prompt != nil {
		return
	}
	e.Form.Clear()
	it, ok := e.collect()
	e.Scroll.Refresh()
	if !ok {
		return
	}
	if e.chainMoves(it) && !e.moveAsked {
		n := e.cat.chainSize
		yes := widget.NewButton(lang.X("editor.move.yes", "Move them"), func() {
			e.moveAsked = true
			e.submit(closeAfter)
		})
		yes.Importance = widget.HighImportance
		e.ask(lang.X("editor.move.question", "The interaction is in a chain of {{.N}}. Every interaction of the chain moves to the subject “{{.Subject}}”. Move them?",
			map[string]any{"N": format.Count(n), "Subject": e.Subject.Label.Text}),
			yes, widget.NewButton(lang.X("bulk.cancel", "Cancel"), nil))
		return
	}
	e.moveAsked = false
	e.Saving, e.closeAfter = true, closeAfter
	e.Save.Disable()
	e.SaveClose.Disable()
	pending := map[int][]byte{}
	if e.Attachments != nil {
		for k, v := range e.Attachments.pending {
			pending[k] = v
		}
	}
	st, atts := e.m.store, e.Attachments
	go func() {
		var err error
		if atts != nil {
			err = atts.storePending(pending, it.Email.Attachments)
		}
		if err == nil {
			err = st.SaveEdited(it)
		}
		background.Do(func() { e.saved(it, err) })
	}()
}

// chainMoves reports whether saving it moves a chain of more than one
// interaction to a real subject.
func (e *Editor) chainMoves(it *data.Interaction) bool {
	old := e.it.Subject
	return e.it.ID != 0 && old.Kind == data.RefInteraction && e.cat.chainSize > 1 &&
		!it.Subject.IsZero() && it.Subject.Kind != data.RefInteraction && it.Subject != old
}

// attrIndex matches the store's names of attribute values.
var attrIndex = regexp.MustCompile(`^attrs\[(\d+)\]`)

// saved shows the outcome of a save: the errors at their fields, or the
// saved interaction, told to every screen.
func (e *Editor) saved(it *data.Interaction, err error) {
	e.Saving = false
	e.Save.Enable()
	e.SaveClose.Enable()
	if err != nil {
		if fe, ok := data.AsFieldError(err); ok {
			field := fe.Field
			if m := attrIndex.FindStringSubmatch(field); m != nil {
				if i, _ := strconv.Atoi(m[1]); i < len(it.Attrs) {
					field = attrField(it.Attrs[i].Attr)
				}
			}
			e.Form.ShowProblem(field, problem.Field(fe))
		} else if errors.Is(err, data.ErrChanged) || errors.Is(err, data.ErrNotFound) {
			widgets.ShowError(e.Form.General, problem.Text(err))
		} else {
			e.Form.ShowErr(err)
		}
		e.Scroll.Refresh()
		return
	}
	if e.Attachments != nil {
		e.Attachments.Items = append([]data.Attachment(nil), it.Email.Attachments...)
		e.Attachments.pending = map[int][]byte{}
		e.Attachments.show()
	}
	e.it = it
	if it.Subject.Kind == data.RefInteraction {
		e.cat.chainSize = max(e.cat.chainSize, 1)
	} else {
		e.cat.chainSize = 0
	}
	e.initial = e.Form.State()
	e.updateTitle()
	e.m.saved()
	if e.closeAfter {
		e.Win.Close()
	}
}

// followUp opens the editor of a new interaction of type t based on this one.
func (e *Editor) followUp(t data.InteractionType) {
	e.m.FollowUp(e.it.ID, t, data.DirOutgoing)
}

// errText is the problem of a save for an error line.
func errText(err error) string {
	if fe, ok := data.AsFieldError(err); ok {
		return problem.Field(fe)
	}
	return problem.Text(err)
}
