// Package ical writes meetings and planned interactions as iCalendar
// (RFC 5545) events, so that a calendar program shows them.
package ical

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"time"

	goical "github.com/emersion/go-ical"

	"interactions/data"
)

// ProductID names this program in the files it writes.
const ProductID = "-//Interactions//Interactions CRM//EN"

// ErrNothing is returned when no meeting or planned interaction matches.
var ErrNothing = errors.New("no meetings or planned interactions match")

// exportPage is how many rows one read of the store returns.
const exportPage = 2000

// Catalog gives the names and e-mail addresses of contacts.
type Catalog struct {
	Partners  []data.Partner
	Persons   []data.Person
	Employees []data.Employee // the import makes an organizer who is one the responsible
}

// UID is the event UID of an interaction: stable, so that a calendar
// program updates the event when the file is imported again.
func UID(id data.ID) string {
	return "interaction-" + strconv.FormatUint(uint64(id), 10) + "@interactions"
}

// Export writes the meetings and planned interactions the filter selects
// (its type filter narrowed to those two kinds) as one VCALENDAR, oldest
// first, and returns how many events it wrote. Times are written in UTC
// ("Z"), which every calendar program converts to its own time zone. A
// planned interaction without a planned time is an all-day event on its
// date. Contacts with an e-mail address (their own, or the contact
// person's or partner's first) are ATTENDEEs.
func Export(w io.Writer, s *data.Store, f data.Filter, c *Catalog) (int, error) {
	f.Kinds = onlyCalendarKinds(f.Kinds)
	if len(f.Kinds) == 0 {
		return 0, ErrNothing
	}
	cal := goical.NewCalendar()
	cal.Props.SetText(goical.PropVersion, "2.0")
	cal.Props.SetText(goical.PropProductID, ProductID)
	cal.Props.SetText(goical.PropCalendarScale, "GREGORIAN")
	who := newContacts(c)
	q := data.Query{Filter: f, Order: data.OldestFirst, Limit: exportPage}
	for {
		page, err := s.List(q)
		if err != nil {
			return 0, err
		}
		for i := range page.Rows {
			cal.Children = append(cal.Children, event(page.Rows[i].Interaction, who))
		}
		if !page.More || len(page.Rows) == 0 {
			break
		}
		q.After = page.Next
	}
	if len(cal.Children) == 0 {
		return 0, ErrNothing
	}
	if err := goical.NewEncoder(w).Encode(cal); err != nil {
		return 0, fmt.Errorf("ical: %w", err)
	}
	return len(cal.Children), nil
}

// onlyCalendarKinds keeps the meeting and planned kinds of ks; none means
// both.
func onlyCalendarKinds(ks []data.Kind) []data.Kind {
	if len(ks) == 0 {
		return []data.Kind{data.KindMeeting, data.KindPlanned}
	}
	var out []data.Kind
	for _, k := range ks {
		if k == data.KindMeeting || k == data.KindPlanned {
			out = append(out, k)
		}
	}
	return out
}

func event(it *data.Interaction, who *contacts) *goical.Component {
	ev := goical.NewEvent()
	ev.Props.SetText(goical.PropUID, UID(it.ID))
	stamp := it.Modified
	if stamp.IsZero() {
		stamp = it.Created
	}
	ev.Props.SetDateTime(goical.PropDateTimeStamp, stamp.UTC())
	if !it.Created.IsZero() {
		ev.Props.SetDateTime(goical.PropCreated, it.Created.UTC())
	}
	switch {
	case it.Meeting != nil:
		ev.Props.SetDateTime(goical.PropDateTimeStart, it.Meeting.Start.UTC())
		ev.Props.SetDateTime(goical.PropDateTimeEnd, it.Meeting.End.UTC())
		if it.Meeting.Place != "" {
			ev.Props.SetText(goical.PropLocation, it.Meeting.Place)
		}
	case it.Planned != nil && !it.Planned.At.IsZero():
		ev.Props.SetDateTime(goical.PropDateTimeStart, it.Planned.At.UTC())
		ev.Props.SetText(propKind, "planned")
	default:
		ev.Props.SetText(propKind, "planned")
		day := it.Date.In(time.Local)
		ev.Props.SetDate(goical.PropDateTimeStart, day)
		ev.Props.SetDate(goical.PropDateTimeEnd, day.AddDate(0, 0, 1))
	}
	ev.Props.SetText(goical.PropSummary, it.Topic)
	if it.Description != "" {
		ev.Props.SetText(goical.PropDescription, it.Description)
	}
	if it.Deleted {
		ev.Props.SetText(goical.PropStatus, "CANCELLED")
	}
	for _, ct := range it.Contacts {
		name, mail := who.of(ct)
		if mail == "" {
			continue
		}
		p := goical.NewProp(goical.PropAttendee)
		p.Value = (&url.URL{Scheme: "mailto", Opaque: mail}).String()
		if name != "" {
			p.Params.Set(goical.ParamCommonName, name)
		}
		ev.Props.Add(p)
	}
	return ev.Component
}

// contacts finds the name and e-mail address of an interaction's contact.
type contacts struct {
	partners map[data.ID]*data.Partner
	persons  map[data.ID]*data.Person
}

func newContacts(c *Catalog) *contacts {
	w := &contacts{partners: map[data.ID]*data.Partner{}, persons: map[data.ID]*data.Person{}}
	if c == nil {
		return w
	}
	for i := range c.Partners {
		w.partners[c.Partners[i].ID] = &c.Partners[i]
	}
	for i := range c.Persons {
		w.persons[c.Persons[i].ID] = &c.Persons[i]
	}
	return w
}

func (w *contacts) of(ct data.Contact) (name, mail string) {
	name = ct.Name
	if data.ValidEmail(ct.Address) {
		mail = ct.Address
	}
	var ci []data.ContactInfo
	switch ct.Ref.Kind {
	case data.RefPerson:
		if p := w.persons[ct.Ref.ID]; p != nil {
			name, ci = p.Name, p.ContactInfo
		}
	case data.RefPartner:
		if p := w.partners[ct.Ref.ID]; p != nil {
			name, ci = p.Name, p.ContactInfo
		}
	}
	for _, c := range ci {
		if mail == "" && c.Kind == data.CIEmail {
			mail = c.Value
		}
	}
	return name, mail
}
