package editor

import (
	"errors"
	"regexp"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/format"
	"interactions/ui/problem"
	"interactions/ui/widgets"
)

// ask shows a modal question with buttons; each button closes it first.
func (e *Editor) ask(text string, buttons ...*widget.Button) {
	var p *widgets.Prompt
	p = widgets.Ask(e.Win.Canvas(), text, func() {
		if e.Prompt == p {
			e.Prompt = nil
		}
	}, buttons...)
	e.Prompt = p
}

func (e *Editor) closePrompt() {
	if e.Prompt != nil {
		e.Prompt.Hide()
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
		e.finish(false)
		return
	}
	e.Form.Clear()
	it, ok := e.collect()
	e.Scroll.Refresh()
	if !ok {
		e.finish(false)
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
		e.finish(false)
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
		var stored []data.ID
		if atts != nil {
			stored, err = atts.storePending(pending, it.Email.Attachments)
		}
		if err == nil {
			err = st.SaveEdited(it)
		}
		if err != nil && len(stored) > 0 {
			// A refused save leaves no attachment behind: the next
			// attempt stores the bytes again.
			if derr := st.DropBlobs(stored); derr != nil {
				fyne.LogError("drop the attachments of a refused save", derr)
			}
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
		e.finish(false)
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
	e.finish(true)
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
