package data

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// eventHit is an interaction event found in the indexes, before its
// record is read: what the row summary tells.
type eventHit struct {
	kind  EventKind
	at    time.Time
	dk    Cursor
	typ   InteractionType
	resp  ID
	unrev bool
	subj  Ref
}

// interactionHits finds the interaction events of q from the row
// summaries of the date index and the review-after index; no record is
// decoded. Meetings and planned interactions stand at their date;
// unprocessed ones at their review-after time, or their date when they
// have none.
func interactionHits(tx *bolt.Tx, q CalendarQuery, ks eventKindSet, o Options) []eventHit {
	var out []eventHit
	keep := func(s summary) bool {
		return !s.deleted() && o.TypeEnabled(s.typ()) && (q.Responsible == 0 || s.responsible() == q.Responsible)
	}
	unreviewed := func(s summary) bool { return o.UseReview && !s.reviewed() }
	dates := tx.Bucket(ixDate)
	if ks[EventMeeting] || ks[EventPlanned] || ks[EventUnprocessed] {
		lo, hi, _ := periodKeys(q.From, q.To)
		c := dates.Cursor()
		for k, v := c.Seek(lo[:]); k != nil; k, v = c.Next() {
			dk := cursorFrom(k)
			if dk.Compare(hi) > 0 {
				break
			}
			s := summary(v)
			if !keep(s) {
				continue
			}
			var kind EventKind
			switch s.typ() {
			case TypeMeeting:
				kind = EventMeeting
			case TypePlanned:
				kind = EventPlanned
			default:
				if !unreviewed(s) || s.reviewAfter() != 0 {
					continue
				}
				kind = EventUnprocessed
			}
			if !ks[kind] || (q.OnlyUnreviewed && !unreviewed(s)) {
				continue
			}
			out = append(out, eventHit{kind: kind, at: dk.Time(), dk: dk, typ: s.typ(), resp: s.responsible(),
				unrev: unreviewed(s), subj: s.subject()})
		}
	}
	if ks[EventUnprocessed] {
		c := tx.Bucket(ixReviewAfter).Cursor()
		end := timeKey(q.To)
		for k, v := c.Seek(binary.BigEndian.AppendUint64(nil, timeKey(q.From))); k != nil; k, v = c.Next() {
			at := binary.BigEndian.Uint64(k)
			if at >= end {
				break
			}
			dk := cursorFrom(v)
			s := summary(dates.Get(dk[:]))
			if len(s) < sumFixed || !keep(s) || s.typ() == TypeMeeting || s.typ() == TypePlanned {
				continue
			}
			out = append(out, eventHit{kind: EventUnprocessed, at: timeFromKey(at), dk: dk, typ: s.typ(),
				resp: s.responsible(), unrev: true, subj: s.subject()})
		}
	}
	return out
}

// Compare orders cursors as their keys sort: newest first.
func (c Cursor) Compare(d Cursor) int {
	for i := range c {
		if c[i] != d[i] {
			if c[i] < d[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// eventRecord is the part of an interaction record an event shows; the
// rest of a JSON record is skipped when decoding.
type eventRecord struct {
	Topic   string   `json:"topic"`
	Meeting *Meeting `json:"meeting"`
	Planned *Planned `json:"planned"`
}

// decodeEventRecord reads the part of a stored interaction an event shows.
func decodeEventRecord(v []byte) (eventRecord, error) {
	var r eventRecord
	if recordIsJSON(v) {
		return r, json.Unmarshal(v, &r)
	}
	var it Interaction
	if err := decodeBinary(v, &it); err != nil {
		return r, err
	}
	return eventRecord{Topic: it.Topic, Meeting: it.Meeting, Planned: it.Planned}, nil
}

// event reads the record of a hit and makes its event.
func (h eventHit) event(b *bolt.Bucket) (CalendarEvent, error) {
	e := CalendarEvent{Kind: h.kind, Start: h.at, Interaction: h.dk.ID(), Type: h.typ, Subject: h.subj,
		Responsible: h.resp, Unreviewed: h.unrev, Moment: h.dk}
	v := b.Get(h.dk.ID().key())
	if v == nil {
		return e, fmt.Errorf("interaction %d: %w", h.dk.ID(), ErrNotFound)
	}
	r, err := decodeEventRecord(v)
	if err != nil {
		return e, fmt.Errorf("interaction %d: %w", h.dk.ID(), err)
	}
	e.Title = r.Topic
	sameDay := func(t time.Time) bool { return !t.IsZero() && LocalDay(t).Equal(LocalDay(h.at)) }
	switch {
	case h.kind == EventMeeting && r.Meeting != nil:
		// The calendar places a meeting by its date; the editor keeps
		// the start on that day. A start elsewhere keeps only its length.
		e.End = h.at.Add(max(r.Meeting.End.Sub(r.Meeting.Start), 0))
		if sameDay(r.Meeting.Start) {
			e.Start, e.End = r.Meeting.Start, r.Meeting.End
		}
	case h.kind == EventPlanned && r.Planned != nil && sameDay(r.Planned.At):
		e.Start = r.Planned.At
	}
	return e, nil
}

// CalendarEvents returns the events of q in time order: the interaction
// events found through the date and review-after indexes (only their
// records are read), and the dates of the orders, deals and marketing
// events. Kinds switched off in the settings are left out.
func (s *Store) CalendarEvents(q CalendarQuery) ([]CalendarEvent, error) {
	o := s.Settings().Options
	ks := q.kinds(o)
	var out []CalendarEvent
	gen := s.dates.generation()
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketInteractions)
		for _, h := range interactionHits(tx, q, ks, o) {
			e, err := h.event(b)
			if err != nil {
				return err
			}
			out = append(out, e)
		}
		evs, err := s.subjectEvents(tx, gen, q, ks)
		out = append(out, evs...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("data: calendar: %w", err)
	}
	sortEvents(out)
	return out, nil
}

// CalendarDay is how busy one local day of the calendar is.
type CalendarDay struct {
	Day        time.Time // local midnight
	Count      int       // events of the day
	Unreviewed int       // of them, unreviewed interactions
	ByKind     map[EventKind]int
	// First are the day's first interactions in time order, then its
	// subject dates, as many as asked.
	First []CalendarEvent
}

// CalendarDays returns every local day of q's period with its number of
// events, and the first few events of each day (up to preview). The
// counts come from the row summaries; only the previewed interactions'
// records are read.
func (s *Store) CalendarDays(q CalendarQuery, preview int) ([]CalendarDay, error) {
	o := s.Settings().Options
	ks := q.kinds(o)
	var days []CalendarDay
	index := map[time.Time]int{}
	for d := LocalDay(q.From); d.Before(q.To); d = d.AddDate(0, 0, 1) {
		index[d] = len(days)
		days = append(days, CalendarDay{Day: d, ByKind: map[EventKind]int{}})
	}
	gen := s.dates.generation()
	err := s.view(func(tx *bolt.Tx) error {
		hits := interactionHits(tx, q, ks, o)
		byDay := make([][]eventHit, len(days))
		for _, h := range hits {
			i, ok := index[LocalDay(h.at)]
			if !ok {
				continue
			}
			d := &days[i]
			d.Count++
			d.ByKind[h.kind]++
			if h.unrev {
				d.Unreviewed++
			}
			byDay[i] = append(byDay[i], h)
		}
		evs, err := s.subjectEvents(tx, gen, q, ks)
		if err != nil {
			return err
		}
		dated := make([][]CalendarEvent, len(days))
		for _, e := range evs {
			if i, ok := index[LocalDay(e.Start)]; ok {
				days[i].Count++
				days[i].ByKind[e.Kind]++
				dated[i] = append(dated[i], e)
			}
		}
		// A day previews its interactions first, then its dates.
		b := tx.Bucket(bucketInteractions)
		for i, hs := range byDay {
			firstHits(hs, preview)
			for _, h := range hs[:min(preview, len(hs))] {
				e, err := h.event(b)
				if err != nil {
					return err
				}
				days[i].First = append(days[i].First, e)
			}
			sortEvents(days[i].First)
			sortEvents(dated[i])
			days[i].First = append(days[i].First, dated[i][:min(preview-len(days[i].First), len(dated[i]))]...)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("data: calendar days: %w", err)
	}
	return days, nil
}

// firstHits moves the n earliest hits to the front, in time order.
func firstHits(hs []eventHit, n int) {
	for i := 0; i < n && i < len(hs); i++ {
		m := i
		for j := i + 1; j < len(hs); j++ {
			if hs[j].at.Before(hs[m].at) {
				m = j
			}
		}
		hs[i], hs[m] = hs[m], hs[i]
	}
}
