package editor

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/format"
	"interactions/ui/problem"
	"interactions/ui/widgets"
)

// buildCommon adds the rows every type has before its own: date,
// direction, topic and contacts.
func (e *Editor) buildCommon() {
	it := e.it
	e.Date = e.dateField(true)
	e.Form.Add(lang.X("create.field.date", "Date"), e.Date.Content, "date")
	if it.Type == data.TypeCall || it.Type == data.TypeEmail {
		e.Direction = widget.NewRadioGroup([]string{lang.X("direction.incoming", "Incoming"), lang.X("direction.outgoing", "Outgoing")}, nil)
		e.Direction.Horizontal, e.Direction.Required = true, true
		e.Form.Watch(func() string { return e.Direction.Selected })
		e.Form.Add(lang.X("create.field.direction", "Direction"), e.Direction, "direction")
	}
	e.Topic = e.entry("")
	e.Form.Add(lang.X("column.topic", "Topic"), e.Topic, "topic")
	e.Contacts = newContactList(e)
	e.Form.Watch(e.Contacts.state)
	label := lang.X("editor.field.contacts", "Contacts")
	if it.Type == data.TypeMeeting || it.Type == data.TypePlanned {
		label = lang.X("editor.field.attendees", "Attendees")
	}
	e.Form.Add(label, e.Contacts.Content, "contacts")
}

// buildRest adds the rows after the type's own: description, responsible,
// importance, subject, the review workflow and the additional attributes.
func (e *Editor) buildRest() {
	c := e.cat
	e.Description = e.multiLine(4)
	e.Form.Add(lang.X("create.field.description", "Description"), e.Description, "description")
	e.Responsible = widgets.NewEmployeePicker(c.employees, e.it.Responsible)
	e.Form.Watch(func() string { return e.Responsible.Select.Selected })
	e.Form.Add(lang.X("create.field.responsible", "Responsible"), e.Responsible.Select, "responsible", "author")
	e.Importance = widget.NewRadioGroup([]string{lang.X("create.importance.low", "Low"),
		lang.X("create.importance.normal", "Normal"), lang.X("create.importance.high", "High")}, nil)
	e.Importance.Horizontal, e.Importance.Required = true, true
	e.Form.Watch(func() string { return e.Importance.Selected })
	e.Form.Add(lang.X("create.field.importance", "Importance"), e.Importance, "importance")
	if c.subjects != nil {
		e.Subject = widgets.NewRefField(e.Win, lang.X("column.subject", "Subject"), nil)
		e.Subject.Offer = func() []widgets.Choice {
			first := []widgets.Choice{widgets.OwnChain()}
			if s := e.it.Subject; s.Kind == data.RefInteraction && (e.it.ID == 0 || s.ID != e.it.ID) {
				first = []widgets.Choice{chainChoice(s, c.names[s]), widgets.OwnChain()}
			}
			return append(first, c.subjects...)
		}
		e.Subject.More = chainSearch(e.m.store, e.it.ID)
		e.Form.Watch(func() string { return e.Subject.Label.Text })
		e.Form.Add(lang.X("column.subject", "Subject"), e.Subject.Content, "subject", "basedOn")
	}
	if c.opts.Shows(data.PartReviewFields) {
		e.Reviewed = widget.NewCheck(lang.X("editor.reviewed", "Reviewed"), nil)
		e.Form.Watch(func() string { return boolText(e.Reviewed.Checked) })
		e.ReviewAfter = e.dateField(true)
		presets := widget.NewSelect(presetTitles(), nil)
		presets.PlaceHolder = lang.X("editor.reviewPreset", "Defer…")
		presets.OnChanged = func(s string) {
			if s == "" {
				return
			}
			i := presets.SelectedIndex()
			e.ReviewAfter.Set(presetTime(i, e.m.sess.Now(), e.m.sess.Settings().WorkdayStart))
			e.Reviewed.SetChecked(false)
			presets.ClearSelected()
		}
		e.Reviewed.OnChanged = func(on bool) {
			if on {
				e.ReviewAfter.Set(time.Time{})
			}
		}
		row := container.NewBorder(nil, nil, e.Reviewed, presets, e.ReviewAfter.Content)
		e.Form.Add(lang.X("editor.field.review", "Reviewed, review after"), row, "reviewed", "reviewAfter")
	}
	e.buildAttrs()
}

// chainChoice is the choice of the chain whose root is r.
func chainChoice(r data.Ref, topic string) widgets.Choice {
	return widgets.NewChoice(r, lang.X("group.chain", "Chain: {{.Topic}}", map[string]any{"Topic": topic}))
}

// fill shows the interaction read in the common fields and the type's.
func (e *Editor) fill() {
	it, c := e.it, e.cat
	e.Date.Set(it.Date)
	if e.Direction != nil {
		e.Direction.SetSelected(e.Direction.Options[indexOf([]data.Direction{data.DirIncoming, data.DirOutgoing}, it.Direction)])
	}
	e.Topic.SetText(it.Topic)
	e.Description.SetText(it.Description)
	e.Contacts.set(it.Contacts, c.names)
	e.Importance.SetSelected(e.Importance.Options[indexOf(e.importances, it.Importance)])
	if e.Subject != nil {
		switch s := it.Subject; {
		case s.IsZero() || (s.Kind == data.RefInteraction && s.ID == it.ID):
			e.Subject.Set(widgets.OwnChain())
		case s.Kind == data.RefInteraction:
			e.Subject.Set(chainChoice(s, c.names[s]))
		default:
			e.Subject.Set(choiceOf(c.subjects, s, c.names[s]))
		}
	}
	if e.Reviewed != nil {
		e.Reviewed.SetChecked(it.Reviewed)
		e.ReviewAfter.Set(it.ReviewAfter)
	}
	e.fillType()
	e.fillAttrs()
}

// collect builds the interaction from the form on a copy of the one read.
// Values it cannot read (a date, a number) are shown under their fields
// and it reports false; everything else the store validates on save.
func (e *Editor) collect() (*data.Interaction, bool) {
	ok := true
	bad := func(field, msg string) {
		e.Form.ShowProblem(field, msg)
		ok = false
	}
	it := clone(e.it)
	date := func(field string, d *widgets.DateField, required bool) time.Time {
		t, good := d.Value()
		switch {
		case !good:
			bad(field, d.Problem())
		case t.IsZero() && required:
			bad(field, problem.Field(&data.FieldError{Field: field, Code: data.ProblemNotSet}))
		}
		return t
	}
	it.Date = date("date", e.Date, true)
	if e.Direction != nil {
		it.Direction = data.DirOutgoing
		if e.Direction.Selected == e.Direction.Options[0] {
			it.Direction = data.DirIncoming
		}
	}
	it.Topic = strings.TrimSpace(e.Topic.Text)
	it.Description = strings.TrimSpace(e.Description.Text)
	it.Contacts = e.Contacts.contacts()
	it.Responsible = e.Responsible.Value()
	if i := slices.Index(e.Importance.Options, e.Importance.Selected); i >= 0 {
		it.Importance = e.importances[i]
	}
	if e.Subject != nil {
		it.Subject = e.Subject.Value()
	}
	if e.Reviewed != nil {
		it.Reviewed = e.Reviewed.Checked
		it.ReviewAfter = date("reviewAfter", e.ReviewAfter, false)
	}
	e.collectType(it, bad)
	e.collectAttrs(it, bad)
	return it, ok
}

// presetTitles are the presets of "review after" (SPEC 2).
func presetTitles() []string {
	return []string{lang.X("bulk.reviewAfter.15m", "In 15 minutes"), lang.X("bulk.reviewAfter.30m", "In 30 minutes"),
		lang.X("bulk.reviewAfter.1h", "In 1 hour"), lang.X("bulk.reviewAfter.3h", "In 3 hours"),
		lang.X("editor.review.workday", "Next working day")}
}

// presetTime is the moment preset i means from now; the next working day
// starts at startHour.
func presetTime(i int, now time.Time, startHour int) time.Time {
	now = now.Truncate(time.Minute)
	switch i {
	case 0:
		return now.Add(15 * time.Minute)
	case 1:
		return now.Add(30 * time.Minute)
	case 2:
		return now.Add(time.Hour)
	case 3:
		return now.Add(3 * time.Hour)
	}
	return format.NextWorkday(now, startHour)
}

func boolText(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// Row returns the form row labelled label, for tests and focus.
func (e *Editor) Row(label string) fyne.CanvasObject {
	for _, item := range e.Form.Form.Items {
		if item.Text == label {
			return item.Widget
		}
	}
	return nil
}
