package ical

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"

	goical "github.com/emersion/go-ical"
	"github.com/teambition/rrule-go"
)

// MaxOccurrences is how many events one file may bring in, recurring
// events' occurrences counted one by one.
const MaxOccurrences = 20000

// ErrRecurring is the refusal of a recurring event when no period to
// expand it over was given.
var ErrRecurring = errors.New("a recurring event (RRULE); choose a period to bring its occurrences in as separate meetings")

// Options says how Parse reads a file.
type Options struct {
	// From and To (To not included) are the period recurring events are
	// expanded over; both zero refuses recurring events with ErrRecurring.
	From, To time.Time
	// Local is the zone of floating times and all-day events; nil is
	// time.Local.
	Local *time.Location
}

// Attendee is an ATTENDEE or the ORGANIZER of an event.
type Attendee struct {
	Name  string // CN
	Email string // the mailto: address, "" when it is not one
}

// Event is one VEVENT of a file, or one occurrence of a recurring one.
type Event struct {
	Key         string // UID, and for an occurrence "/" and its recurrence id
	UID         string
	Line        int // where its VEVENT begins
	Number      int // 1 is the file's first VEVENT
	Summary     string
	Location    string
	Description string
	Start, End  time.Time
	AllDay      bool
	NoEnd       bool   // neither DTEND nor DURATION
	Kind        string // X-INTERACTIONS-TYPE: "planned", "meeting" or ""
	Cancelled   bool
	Created     time.Time
	Attendees   []Attendee
	Organizer   *Attendee
}

// Parse reads the VEVENTs of an .ics file. A recurring event becomes
// one Event per occurrence in the period of o (with the occurrences a
// RECURRENCE-ID event changes taken from that event), or fails the file
// when no period is given. The first bad line or event fails the whole
// file with a *LineError.
func Parse(data []byte, o Options) (evs []Event, err error) {
	defer func() {
		if r := recover(); r != nil {
			evs, err = nil, fmt.Errorf("the file cannot be read (%v)", r)
		}
	}()
	d, err := decode(strings.NewReader(string(data)))
	if err != nil {
		return nil, err
	}
	if o.Local == nil {
		o.Local = time.Local
	}
	zs := &zones{own: map[string]*vtimezone{}, local: o.Local}
	var comps []*goical.Component
	for _, cal := range d.cals {
		for _, c := range cal.Children {
			switch c.Name {
			case goical.CompTimezone:
				z, err := parseVTimezone(c)
				if err != nil {
					return nil, err
				}
				zs.own[z.id] = z
			case goical.CompEvent:
				comps = append(comps, c)
			}
		}
	}
	p := &parser{o: o, zs: zs, overrides: map[string]*Event{}}
	var masters []*Event
	var rules []*goical.Component
	for i, c := range comps {
		line := 0
		if i < len(d.eventLines) {
			line = d.eventLines[i]
		}
		ev, err := p.event(c)
		if ev != nil {
			ev.Line, ev.Number = line, i+1
		}
		if err != nil {
			le := &LineError{Line: line, Event: i + 1, Err: err}
			if ev != nil {
				le.Summary = ev.Summary
			}
			return nil, le
		}
		if rid := c.Props.Get(goical.PropRecurrenceID); rid != nil {
			t, _, err := p.when(rid)
			if err != nil {
				return nil, &LineError{Line: line, Event: i + 1, Summary: ev.Summary, Err: fmt.Errorf("RECURRENCE-ID: %w", err)}
			}
			ev.Key = ev.UID + "/" + t.UTC().Format("20060102T150405Z")
			p.overrides[ev.Key] = ev
			continue
		}
		masters = append(masters, ev)
		rules = append(rules, c)
	}
	used := map[string]bool{}
	for i, ev := range masters {
		if rules[i].Props.Get(goical.PropRecurrenceRule) == nil && rules[i].Props.Get(goical.PropRecurrenceDates) == nil {
			evs = append(evs, *ev)
			continue
		}
		occ, err := p.expand(ev, rules[i])
		if err != nil {
			return nil, &LineError{Line: ev.Line, Event: ev.Number, Summary: ev.Summary, Err: err}
		}
		for _, x := range occ {
			if ov, ok := p.overrides[x.Key]; ok {
				x = *ov
				used[x.Key] = true
			}
			evs = append(evs, x)
		}
	}
	var lone []string
	for k := range p.overrides {
		if !used[k] {
			lone = append(lone, k)
		}
	}
	sort.Strings(lone)
	for _, k := range lone {
		ev := p.overrides[k]
		if p.inPeriod(ev) {
			evs = append(evs, *ev)
		}
	}
	if len(evs) > MaxOccurrences {
		return nil, fmt.Errorf("the file holds more than %d events (occurrences counted); choose a shorter period", MaxOccurrences)
	}
	seen := map[string]int{}
	for _, ev := range evs {
		if n, dup := seen[ev.Key]; dup {
			return nil, &LineError{Line: ev.Line, Event: ev.Number, Summary: ev.Summary,
				Err: fmt.Errorf("UID %q is that of event %d too", shorten(ev.UID), n)}
		}
		seen[ev.Key] = ev.Number
	}
	return evs, nil
}

// parser reads the events of one file.
type parser struct {
	o         Options
	zs        *zones
	overrides map[string]*Event
}

// inPeriod reports whether a changed occurrence without its recurring
// event in the file belongs in: always without a period.
func (p *parser) inPeriod(ev *Event) bool {
	if p.o.From.IsZero() && p.o.To.IsZero() {
		return true
	}
	return !ev.Start.Before(p.o.From) && ev.Start.Before(p.o.To)
}

// when reads a DATE or DATE-TIME property: the instant, and whether it
// is a date (an all-day value, taken at midnight in the local zone).
func (p *parser) when(prop *goical.Prop) (time.Time, bool, error) {
	w, utc, err := parseWall(prop.Value)
	if err != nil {
		return time.Time{}, false, err
	}
	if w.Year() < 1900 || w.Year() > 2200 {
		return time.Time{}, false, fmt.Errorf("%q is outside the years 1900–2200", prop.Value)
	}
	date := len(strings.TrimSpace(prop.Value)) == 8
	if v := prop.Params.Get(goical.ParamValue); strings.EqualFold(v, "DATE") != date && v != "" {
		return time.Time{}, false, fmt.Errorf("%q is not a value of type %s", prop.Value, v)
	}
	switch {
	case utc:
		return w, false, nil
	case date:
		return locZone{p.zs.local}.instant(w), true, nil
	}
	z, err := p.zs.find(prop.Params.Get(goical.PropTimezoneID))
	if err != nil {
		return time.Time{}, false, err
	}
	return z.instant(w), false, nil
}

// event reads a VEVENT's own properties.
func (p *parser) event(c *goical.Component) (*Event, error) {
	ev := &Event{
		UID:         strings.TrimSpace(propText(c.Props.Get(goical.PropUID))),
		Summary:     oneLine(propText(c.Props.Get(goical.PropSummary))),
		Location:    strings.TrimSpace(propText(c.Props.Get(goical.PropLocation))),
		Description: strings.TrimSpace(propText(c.Props.Get(goical.PropDescription))),
		Kind:        strings.ToLower(strings.TrimSpace(propText(c.Props.Get(propKind)))),
	}
	ev.Key = ev.UID
	if ev.UID == "" {
		return ev, errors.New("the event has no UID")
	}
	if len(ev.UID) > 1000 {
		return ev, errors.New("the UID is longer than 1000 characters")
	}
	st := c.Props.Get(goical.PropDateTimeStart)
	if st == nil {
		return ev, errors.New("the event has no start (DTSTART)")
	}
	var err error
	if ev.Start, ev.AllDay, err = p.when(st); err != nil {
		return ev, fmt.Errorf("DTSTART: %w", err)
	}
	switch end, dur := c.Props.Get(goical.PropDateTimeEnd), c.Props.Get(goical.PropDuration); {
	case end != nil:
		e, allDay, err := p.when(end)
		if err != nil {
			return ev, fmt.Errorf("DTEND: %w", err)
		}
		if allDay != ev.AllDay {
			return ev, errors.New("DTSTART and DTEND are not both dates or both date-times")
		}
		if e.Before(ev.Start) {
			return ev, errors.New("the event ends (DTEND) before it starts (DTSTART)")
		}
		ev.End = e
	case dur != nil:
		d, err := dur.Duration()
		if err != nil || d < 0 || d > 366*24*time.Hour {
			return ev, fmt.Errorf("DURATION %q is not a duration of up to a year", shorten(dur.Value))
		}
		ev.End = ev.Start.Add(d)
	case ev.AllDay:
		ev.End = ev.Start.AddDate(0, 0, 1)
	default:
		ev.End, ev.NoEnd = ev.Start, true
	}
	if ev.AllDay && !ev.End.After(ev.Start) {
		ev.End = ev.Start.AddDate(0, 0, 1)
	}
	if s := c.Props.Get(goical.PropStatus); s != nil {
		ev.Cancelled = strings.EqualFold(strings.TrimSpace(s.Value), string(goical.EventCancelled))
	}
	if cr := c.Props.Get(goical.PropCreated); cr != nil {
		ev.Created, _, _ = p.when(cr)
	}
	for _, a := range c.Props.Values(goical.PropAttendee) {
		ev.Attendees = append(ev.Attendees, person(&a))
	}
	if org := c.Props.Get(goical.PropOrganizer); org != nil {
		o := person(org)
		ev.Organizer = &o
	}
	if ev.Summary == "" {
		ev.Summary = ev.Location
	}
	if ev.Summary == "" {
		return ev, errors.New("the event has no summary (SUMMARY), which becomes the topic")
	}
	if len(ev.Summary) > 1024 {
		return ev, errors.New("the summary is longer than 1024 bytes")
	}
	return ev, nil
}

// propKind is this program's property naming the interaction type an
// event was exported from.
const propKind = "X-INTERACTIONS-TYPE"

// person reads the address and common name of an ATTENDEE or ORGANIZER.
func person(prop *goical.Prop) Attendee {
	pp := Attendee{Name: oneLine(prop.Params.Get(goical.ParamCommonName))}
	v := strings.TrimSpace(prop.Value)
	if len(v) > 7 && strings.EqualFold(v[:7], "mailto:") {
		addr := v[7:]
		if u, err := url.PathUnescape(addr); err == nil {
			addr = u
		}
		pp.Email = strings.TrimSpace(addr)
	}
	return pp
}

// expand lists the occurrences of a recurring event in the period.
func (p *parser) expand(ev *Event, c *goical.Component) ([]Event, error) {
	if p.o.From.IsZero() && p.o.To.IsZero() {
		return nil, ErrRecurring
	}
	st := c.Props.Get(goical.PropDateTimeStart)
	z := zone(locZone{time.UTC})
	if !ev.AllDay {
		if _, utc, _ := parseWall(st.Value); !utc {
			var err error
			if z, err = p.zs.find(st.Params.Get(goical.PropTimezoneID)); err != nil {
				return nil, err
			}
		}
	} else {
		z = locZone{p.zs.local}
	}
	startWall := z.wall(ev.Start)
	length := ev.End.Sub(ev.Start)
	from, to := z.wall(p.o.From).Add(-length), z.wall(p.o.To)
	var walls []time.Time
	if rp := c.Props.Get(goical.PropRecurrenceRule); rp != nil {
		opt, err := rrule.StrToROptionInLocation(rp.Value, time.UTC)
		if err != nil {
			return nil, fmt.Errorf("RRULE %q: %v", shorten(rp.Value), err)
		}
		if opt.Freq > rrule.DAILY {
			return nil, fmt.Errorf("RRULE %q: events repeating more often than daily are not taken", shorten(rp.Value))
		}
		if !opt.Until.IsZero() && strings.HasSuffix(strings.ToUpper(untilValue(rp.Value)), "Z") {
			opt.Until = z.wall(opt.Until)
		}
		opt.Dtstart = startWall
		rule, err := rrule.NewRRule(*opt)
		if err != nil {
			return nil, fmt.Errorf("RRULE %q: %v", shorten(rp.Value), err)
		}
		next := rule.Iterator()
		for n := 0; ; n++ {
			t, ok := next()
			if !ok || t.After(to) {
				break
			}
			if n > 200000 {
				return nil, errors.New("the rule gives too many occurrences before the period")
			}
			if t.After(from) {
				walls = append(walls, t)
			}
			if len(walls) > MaxOccurrences {
				return nil, fmt.Errorf("more than %d occurrences in the period; choose a shorter one", MaxOccurrences)
			}
		}
	} else {
		walls = append(walls, startWall)
	}
	for _, rp := range c.Props.Values(goical.PropRecurrenceDates) {
		ts, err := p.dateList(&rp)
		if err != nil {
			return nil, fmt.Errorf("RDATE: %w", err)
		}
		for _, t := range ts {
			walls = append(walls, z.wall(t))
		}
	}
	excluded := map[time.Time]bool{}
	for _, xp := range c.Props.Values(goical.PropExceptionDates) {
		ts, err := p.dateList(&xp)
		if err != nil {
			return nil, fmt.Errorf("EXDATE: %w", err)
		}
		for _, t := range ts {
			excluded[t.UTC()] = true
		}
	}
	var out []Event
	seen := map[time.Time]bool{}
	for _, w := range walls {
		start := z.instant(w)
		if excluded[start.UTC()] || seen[start.UTC()] {
			continue
		}
		seen[start.UTC()] = true
		if !start.Before(p.o.To) || !start.Add(length).After(p.o.From) && !start.Equal(p.o.From) {
			continue
		}
		x := *ev
		x.Start, x.End = start, start.Add(length)
		if ev.AllDay {
			x.End = z.instant(w.Add(length))
		}
		x.Key = ev.UID + "/" + start.UTC().Format("20060102T150405Z")
		out = append(out, x)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out, nil
}

// dateList reads an RDATE or EXDATE: a comma-separated list of dates or
// date-times sharing the property's parameters.
func (p *parser) dateList(prop *goical.Prop) ([]time.Time, error) {
	var out []time.Time
	for _, v := range strings.Split(prop.Value, ",") {
		if strings.Contains(v, "/") {
			return nil, fmt.Errorf("periods (%q) are not taken", shorten(v))
		}
		one := *prop
		one.Value = v
		t, _, err := p.when(&one)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// untilValue is the UNTIL part of an RRULE value.
func untilValue(rule string) string {
	for _, part := range strings.Split(rule, ";") {
		if k, v, ok := strings.Cut(part, "="); ok && strings.EqualFold(k, "UNTIL") {
			return v
		}
	}
	return ""
}

// oneLine joins the lines and spaces of s into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
