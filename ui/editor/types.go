package editor

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"interactions/data"
)

// buildType adds the rows of the type's own fields.
func (e *Editor) buildType() {
	switch e.it.Type {
	case data.TypeMeeting:
		e.Start = e.dateField(true)
		e.Form.Add(lang.X("create.field.start", "Start"), e.Start.Content, "start", "meeting")
		e.End = e.dateField(true)
		e.Form.Add(lang.X("create.field.end", "End"), e.End.Content, "end")
		e.Place = e.entry("")
		e.Form.Add(lang.X("create.field.place", "Place"), e.Place, "place")
	case data.TypePlanned:
		e.PlannedAt = e.dateField(true)
		e.Form.Add(lang.X("create.field.plannedAt", "Planned for"), e.PlannedAt.Content, "at", "planned")
	case data.TypeCall:
		e.CallContact = e.selectOf(nil)
		e.Contacts.onChange = append(e.Contacts.onChange, e.offerCallContacts)
		e.Form.Add(lang.X("editor.field.callContact", "Contact called"), e.CallContact, "contact", "call")
		e.Phone = e.entry("+7 …")
		e.Form.Add(lang.X("create.field.phone", "Phone number"), e.Phone, "phone")
		e.Duration = e.entry(lang.X("editor.hint.duration", "minutes, or m:ss"))
		e.Form.Add(lang.X("editor.field.duration", "Duration"), e.Duration, "duration")
	case data.TypeSMS:
		e.buildSMS()
	case data.TypeEmail:
		e.buildEmail()
	}
}

// fillType shows the type's own fields of the interaction read.
func (e *Editor) fillType() {
	it := e.it
	switch {
	case it.Meeting != nil:
		e.Start.Set(it.Meeting.Start)
		e.End.Set(it.Meeting.End)
		e.Place.SetText(it.Meeting.Place)
	case it.Planned != nil:
		e.PlannedAt.Set(it.Planned.At)
	case it.Call != nil:
		e.offerCallContacts()
		if it.Call.Contact.Ref.Kind != data.RefNone {
			for i, c := range e.Contacts.contacts() {
				if c.Ref == it.Call.Contact.Ref || (c.Ref.Kind == data.RefFree && c.Name == it.Call.Contact.Name) {
					e.CallContact.SetSelectedIndex(i + 1)
				}
			}
		}
		e.Phone.SetText(it.Call.Phone)
		if it.Call.Duration > 0 {
			e.Duration.SetText(durationText(it.Call.Duration))
		}
	case it.SMS != nil:
		e.fillSMS()
	case it.Email != nil:
		e.fillEmail()
	}
}

// collectType reads the type's own fields into it.
func (e *Editor) collectType(it *data.Interaction, bad func(field, msg string)) {
	switch {
	case it.Meeting != nil:
		var ok bool
		if it.Meeting.Start, ok = e.Start.Value(); !ok {
			bad("start", e.Start.Problem())
		}
		if it.Meeting.End, ok = e.End.Value(); !ok {
			bad("end", e.End.Problem())
		}
		it.Meeting.Place = strings.TrimSpace(e.Place.Text)
	case it.Planned != nil:
		var ok bool
		if it.Planned.At, ok = e.PlannedAt.Value(); !ok {
			bad("at", e.PlannedAt.Problem())
		}
	case it.Call != nil:
		it.Call.Contact = data.Contact{}
		if i := e.CallContact.SelectedIndex(); i > 0 && i-1 < len(e.callContacts) {
			it.Call.Contact = e.callContacts[i-1]
		}
		it.Call.Phone = strings.TrimSpace(e.Phone.Text)
		d, ok := parseDuration(e.Duration.Text)
		if !ok {
			bad("duration", lang.X("editor.problem.duration", "write minutes, or minutes and seconds as 4:05"))
		}
		it.Call.Duration = d
	case it.SMS != nil:
		e.collectSMS(it, bad)
	case it.Email != nil:
		e.collectEmail(it, bad)
	}
}

// offerCallContacts offers the contacts of the list as the contact called,
// keeping the one chosen when it is still there.
func (e *Editor) offerCallContacts() {
	was := e.CallContact.Selected
	e.callContacts = e.Contacts.contacts()
	opts := []string{lang.X("editor.none", "—")}
	for _, c := range e.callContacts {
		opts = append(opts, c.Name)
	}
	e.CallContact.Options = opts
	e.CallContact.Selected = ""
	for i, o := range opts {
		if o == was && i > 0 {
			e.CallContact.Selected = was
		}
	}
	if e.CallContact.Selected == "" && len(opts) > 1 && e.it.ID == 0 {
		e.CallContact.Selected = opts[1]
	}
	e.CallContact.Refresh()
}

// durationText writes a call's length as minutes, or m:ss.
func durationText(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	if s%60 == 0 {
		return strconv.Itoa(s / 60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// parseDuration reads whole minutes ("4") or minutes and seconds ("4:05").
func parseDuration(s string) (time.Duration, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, true
	}
	m, sec, found := strings.Cut(s, ":")
	mins, err := strconv.Atoi(m)
	if err != nil || mins < 0 {
		return 0, false
	}
	d := time.Duration(mins) * time.Minute
	if found {
		n, err := strconv.Atoi(sec)
		if err != nil || n < 0 || n > 59 || len(sec) != 2 {
			return 0, false
		}
		d += time.Duration(n) * time.Second
	}
	return d, true
}
