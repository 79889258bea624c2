package data

import (
	"slices"
	"time"
)

// EventKind is a kind of event of the Event calendar (Календарь событий).
type EventKind uint8

// The kinds of calendar events.
const (
	// EventMeeting is a meeting, from its start to its end.
	EventMeeting EventKind = iota + 1
	// EventPlanned is a planned interaction at its planned time (its date
	// when it has none).
	EventPlanned
	// EventUnprocessed is an unreviewed call, SMS or e-mail, at its
	// review-after time, or at its date when it has none.
	EventUnprocessed
	// EventPayment is the payment due date of a customer order.
	EventPayment
	// EventShipment is the shipment date of a customer order.
	EventShipment
	// EventDealClose is the planned close date of a deal.
	EventDealClose
	// EventMarketing is a marketing event, from its start to its end.
	EventMarketing
)

// AllEventKinds lists the event kinds in display order.
var AllEventKinds = []EventKind{EventMeeting, EventPlanned, EventUnprocessed, EventPayment, EventShipment,
	EventDealClose, EventMarketing}

var eventKindNames = [...]string{"", "meeting", "planned", "unprocessed", "payment", "shipment", "deal", "marketing"}

// String returns the stable English name of the kind.
func (k EventKind) String() string {
	if int(k) < len(eventKindNames) && k != 0 {
		return eventKindNames[k]
	}
	return "unknown"
}

// IsInteraction reports whether events of the kind are interactions.
func (k EventKind) IsInteraction() bool {
	return k == EventMeeting || k == EventPlanned || k == EventUnprocessed
}

// EventKinds returns the event kinds the options show (see Shows):
// meetings and planned interactions with their types, unprocessed
// interactions with the review workflow and some interaction type, the
// subject dates with subjects.
func (o Options) EventKinds() []EventKind {
	var out []EventKind
	if o.Shows(PartMeetings) {
		out = append(out, EventMeeting)
	}
	if o.Shows(PartPlanned) {
		out = append(out, EventPlanned)
	}
	if o.Shows(PartUnprocessed) && slices.ContainsFunc(AllTypes, o.TypeEnabled) {
		out = append(out, EventUnprocessed)
	}
	if o.Shows(PartSubjectDates) {
		out = append(out, EventPayment, EventShipment, EventDealClose, EventMarketing)
	}
	return out
}

// CalendarQuery chooses the events of the calendar.
type CalendarQuery struct {
	From, To       time.Time   // the period, [From, To)
	Responsible    ID          // only this employee's events (subjects: partners they manage); 0 all
	OnlyUnreviewed bool        // only unreviewed interactions
	Kinds          []EventKind // nil: every kind the options show
}

// CalendarEvent is one event of the calendar.
type CalendarEvent struct {
	Kind  EventKind
	Start time.Time
	End   time.Time // zero for an event at one moment
	// Title is the topic of an interaction, the name of a deal or
	// marketing event, or the number of an order.
	Title       string
	Interaction ID              // the interaction of a meeting, planned or unprocessed event
	Type        InteractionType // its type
	Subject     Ref             // the order, deal or marketing event; an interaction's subject
	Partner     ID              // the partner of an order or deal
	Responsible ID              // the responsible of an interaction
	Unreviewed  bool            // an unreviewed interaction
	Done        bool            // the order is paid or shipped, the deal won or lost, the event over
	// Moment is the date key of an interaction's row, to open it in a list.
	Moment Cursor
}

// Movable reports whether the event is a meeting or a planned
// interaction, which the calendar moves to another day or time.
func (e CalendarEvent) Movable() bool { return e.Kind == EventMeeting || e.Kind == EventPlanned }

// eventKindSet is the set of event kinds a query asks for, cut to the options.
type eventKindSet [len(eventKindNames)]bool

func (q CalendarQuery) kinds(o Options) eventKindSet {
	var ks eventKindSet
	for _, k := range o.EventKinds() {
		if q.Kinds == nil || slices.Contains(q.Kinds, k) {
			ks[k] = true
		}
	}
	return ks
}

// sortEvents orders events by start, then kind, then title.
func sortEvents(evs []CalendarEvent) {
	slices.SortStableFunc(evs, func(a, b CalendarEvent) int {
		if c := a.Start.Compare(b.Start); c != 0 {
			return c
		}
		if a.Kind != b.Kind {
			return int(a.Kind) - int(b.Kind)
		}
		if a.Title < b.Title {
			return -1
		}
		if a.Title > b.Title {
			return 1
		}
		return 0
	})
}

// LocalDay is the local midnight of t's day.
func LocalDay(t time.Time) time.Time {
	y, m, d := t.In(time.Local).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.Local)
}

// WeekStart is the local midnight of the first day of the week holding t,
// the week starting on first.
func WeekStart(t time.Time, first time.Weekday) time.Time {
	return periodStart(GroupWeek, t, first)
}
