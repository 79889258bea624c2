package ical

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"interactions/data"
)

// Source is the name the UIDs of imported events are recorded under.
const Source = "ical"

// Result says what an import did.
type Result struct {
	New, Updated int
}

// Import reads an .ics file and stores its events as meetings (and, for
// events this program exported from planned interactions, planned
// interactions) in one transaction: all of them or, on the first error
// or when ctx is cancelled, none. An event whose UID names an interaction
// of this database (the same id and creation time), or whose UID an
// earlier import recorded, updates that interaction instead of doubling
// it. Attendees and the organizer are matched to contact persons and
// partners by e-mail address, others kept as free-text contacts; an
// organizer who is an employee becomes the responsible. progress, when
// not nil, is told how many of how many are written.
func Import(ctx context.Context, s *data.Store, r io.Reader, o Options, c *Catalog, progress func(done, total int)) (Result, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return Result{}, err
	}
	evs, err := Parse(raw, o)
	if err != nil {
		return Result{}, err
	}
	if len(evs) == 0 {
		return Result{}, ErrNoEvents
	}
	items, res, err := Plan(s, evs, c)
	if err != nil {
		return Result{}, err
	}
	var tell func(int)
	if progress != nil {
		tell = func(done int) { progress(done, len(items)) }
	}
	if err := s.SaveImported(ctx, Source, items, tell); err != nil {
		if i, ok := failedItem(err); ok && i < len(evs) {
			return Result{}, &LineError{Line: evs[i].Line, Event: evs[i].Number, Summary: evs[i].Summary,
				Err: errors.New(strings.TrimPrefix(err.Error(), "data: import: "))}
		}
		return Result{}, err
	}
	return res, nil
}

// ErrNoEvents is returned for a calendar without events.
var ErrNoEvents = errors.New("the file holds no events (VEVENT)")

// failedItem finds the position SaveImported's error names ("[i]: ").
func failedItem(err error) (int, bool) {
	msg := err.Error()
	at := strings.Index(msg, "[")
	end := strings.Index(msg, "]")
	if at < 0 || end < at {
		return 0, false
	}
	i, err2 := strconv.Atoi(msg[at+1 : end])
	return i, err2 == nil
}

// Plan turns the events into the interactions to store: the ones an
// event updates read from the store and changed, the others new.
func Plan(s *data.Store, evs []Event, c *Catalog) ([]data.Imported, Result, error) {
	if c == nil {
		c = &Catalog{}
	}
	keys := make([]string, len(evs))
	for i, ev := range evs {
		keys[i] = ev.Key
	}
	known, err := s.ImportedIDs(Source, keys)
	if err != nil {
		return nil, Result{}, err
	}
	// An event this program exported names its interaction in the UID.
	var ownIDs []data.ID
	for _, ev := range evs {
		if id, ok := ownID(ev.UID); ok && ev.Key == ev.UID {
			ownIDs = append(ownIDs, id)
		}
	}
	for _, id := range known {
		ownIDs = append(ownIDs, id)
	}
	stored, err := s.Interactions(ownIDs)
	if err != nil {
		return nil, Result{}, err
	}
	byID := map[data.ID]*data.Interaction{}
	for _, it := range stored {
		if it.Meeting != nil || it.Planned != nil {
			byID[it.ID] = it
		}
	}
	who := newDirectory(c)
	responsible := s.Settings().CurrentUser
	if responsible == 0 {
		for _, e := range c.Employees {
			if !e.Inactive && !e.Deleted {
				responsible = e.ID
				break
			}
		}
	}
	var res Result
	items := make([]data.Imported, 0, len(evs))
	taken := map[data.ID]bool{}
	for _, ev := range evs {
		var it *data.Interaction
		if id, ok := ownID(ev.UID); ok && ev.Key == ev.UID && byID[id] != nil && sameSecond(byID[id].Created, ev.Created) {
			it = byID[id]
		} else if id, ok := known[ev.Key]; ok && byID[id] != nil {
			it = byID[id]
		}
		if it != nil && taken[it.ID] {
			it = nil
		}
		if it == nil {
			kind := data.TypeMeeting
			if ev.Kind == "planned" {
				kind = data.TypePlanned
			}
			it = s.NewInteraction(kind, data.DirNone)
			it.Date = ev.Start
			if it.Responsible == 0 {
				it.Responsible = responsible
			}
			if it.Responsible == 0 {
				return nil, Result{}, errors.New("no employee can be responsible for the imported meetings: add an employee or choose the current user in the settings")
			}
			res.New++
		} else {
			res.Updated++
			taken[it.ID] = true
		}
		fill(it, &ev, who)
		items = append(items, data.Imported{Interaction: it, Key: ev.Key})
	}
	return items, res, nil
}

// fill sets the fields of it from the event.
func fill(it *data.Interaction, ev *Event, who *directory) {
	fresh := it.ID == 0
	it.Topic = ev.Summary
	it.Description = ev.Description
	switch {
	case it.Meeting != nil:
		it.Meeting.Start, it.Meeting.End = ev.Start, ev.End
		it.Meeting.Place = ev.Location
	case it.Planned != nil:
		it.Planned.At = time.Time{}
		if !ev.AllDay {
			it.Planned.At = ev.Start
		}
		if !ev.AllDay || !sameDay(it.Date, ev.Start) {
			it.Date = ev.Start
		}
	}
	if ev.Cancelled {
		it.Deleted = true
	}
	people := append([]Attendee(nil), ev.Attendees...)
	if ev.Organizer != nil {
		if emp, ok := who.employee(ev.Organizer.Email); ok {
			if fresh {
				it.Responsible = emp
			}
		} else {
			people = append(people, *ev.Organizer)
		}
	}
	has := map[data.Ref]bool{}
	for _, ct := range it.Contacts {
		has[ct.Ref] = true
	}
	for _, a := range people {
		ct, ok := who.contact(a)
		if !ok || has[ct.Ref] {
			continue
		}
		has[ct.Ref] = true
		it.Contacts = append(it.Contacts, ct)
	}
}

// ownID reads the interaction id of a UID this program wrote.
func ownID(uid string) (data.ID, bool) {
	rest, ok := strings.CutPrefix(uid, "interaction-")
	if !ok {
		return 0, false
	}
	num, ok := strings.CutSuffix(rest, "@interactions")
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseUint(num, 10, 64)
	return data.ID(n), err == nil && n > 0
}

func sameSecond(a, b time.Time) bool {
	return !b.IsZero() && a.Truncate(time.Second).Equal(b.Truncate(time.Second))
}

func sameDay(a, b time.Time) bool {
	a, b = a.In(time.Local), b.In(time.Local)
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// directory finds contact persons, partners and employees by e-mail.
type directory struct {
	persons, partners, employees map[string]data.ID
	names                        map[data.Ref]string
}

func newDirectory(c *Catalog) *directory {
	d := &directory{persons: map[string]data.ID{}, partners: map[string]data.ID{}, employees: map[string]data.ID{},
		names: map[data.Ref]string{}}
	for _, p := range c.Persons {
		if p.Deleted {
			continue
		}
		d.names[data.Ref{Kind: data.RefPerson, ID: p.ID}] = p.Name
		for _, ci := range p.ContactInfo {
			if k := mailKey(ci.Value); ci.Kind == data.CIEmail && k != "" && d.persons[k] == 0 {
				d.persons[k] = p.ID
			}
		}
	}
	for _, p := range c.Partners {
		if p.Deleted {
			continue
		}
		d.names[data.Ref{Kind: data.RefPartner, ID: p.ID}] = p.Name
		for _, ci := range p.ContactInfo {
			if k := mailKey(ci.Value); ci.Kind == data.CIEmail && k != "" && d.partners[k] == 0 {
				d.partners[k] = p.ID
			}
		}
	}
	for _, e := range c.Employees {
		if k := mailKey(e.Email); k != "" && !e.Deleted && d.employees[k] == 0 {
			d.employees[k] = e.ID
		}
	}
	return d
}

func mailKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func (d *directory) employee(mail string) (data.ID, bool) {
	id, ok := d.employees[mailKey(mail)]
	return id, ok && mailKey(mail) != ""
}

// contact is the contact an attendee is: the contact person or partner
// with that e-mail address, else a free-text contact.
func (d *directory) contact(a Attendee) (data.Contact, bool) {
	k := mailKey(a.Email)
	if k != "" {
		if id, ok := d.persons[k]; ok {
			r := data.Ref{Kind: data.RefPerson, ID: id}
			return data.Contact{Ref: r, Name: d.names[r], Address: a.Email}, true
		}
		if id, ok := d.partners[k]; ok {
			r := data.Ref{Kind: data.RefPartner, ID: id}
			return data.Contact{Ref: r, Name: d.names[r], Address: a.Email}, true
		}
	}
	name := a.Name
	if name == "" {
		name = a.Email
	}
	name = cut(name, 200)
	if name == "" {
		return data.Contact{}, false
	}
	ct := data.Contact{Ref: data.FreeContactRef(name), Name: name}
	if data.ValidEmail(a.Email) {
		ct.Address = a.Email
	}
	return ct, true
}

func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// String says what the import did, in English for the command line.
func (r Result) String() string {
	return fmt.Sprintf("%d events imported: %d new, %d updated", r.New+r.Updated, r.New, r.Updated)
}
