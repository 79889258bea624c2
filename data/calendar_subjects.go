package data

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// forEachRecord decodes every record of a bucket in tx.
func forEachRecord[T any](tx *bolt.Tx, bucket []byte, fn func(*T)) error {
	return tx.Bucket(bucket).ForEach(func(k, v []byte) error {
		var r T
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("%s %d: %w", bucket, idFromKey(k), err)
		}
		fn(&r)
		return nil
	})
}

// subjectEvents returns the subject dates of q's period: orders' payment
// due and shipment dates, deals' close dates, marketing events. With a
// responsible chosen, orders and deals are those of the partners the
// employee manages; marketing events belong to everyone. Only unreviewed
// interactions asked for means no subject dates. gen is the dates cache's
// generation read before tx began.
func (s *Store) subjectEvents(tx *bolt.Tx, gen uint64, q CalendarQuery, ks eventKindSet) ([]CalendarEvent, error) {
	if q.OnlyUnreviewed || !(ks[EventPayment] || ks[EventShipment] || ks[EventDealClose] || ks[EventMarketing]) {
		return nil, nil
	}
	d, err := s.dates.get(tx, gen)
	if err != nil {
		return nil, err
	}
	var out []CalendarEvent
	for _, e := range d.between(q.From, q.To) {
		if ks[e.Kind] && (q.Responsible == 0 || d.managers[e.Partner] == q.Responsible) {
			out = append(out, e)
		}
	}
	if ks[EventMarketing] {
		for _, e := range d.marketing {
			if !e.Start.Before(q.To) {
				break
			}
			end := e.End
			if end.IsZero() {
				end = e.Start
			}
			// A marketing event shows on the first day of the period it covers.
			if end.Before(q.From) {
				continue
			}
			if e.Start.Before(q.From) {
				e.Start = q.From
			}
			out = append(out, e)
		}
	}
	return out, nil
}

// MoveEvent moves a meeting or a planned interaction to start: a
// meeting keeps its length, a planned interaction's planned time moves,
// and the interaction's date follows, so that every index and counter
// changes with it in one transaction.
func (s *Store) MoveEvent(id ID, start time.Time) error {
	it, err := s.Interaction(id)
	if err != nil {
		return fmt.Errorf("data: move event: %w", err)
	}
	switch {
	case it.Meeting != nil:
		length := it.Meeting.End.Sub(it.Meeting.Start)
		it.Meeting.Start, it.Meeting.End = start, start.Add(length)
	case it.Planned != nil:
		it.Planned.At = start
	default:
		return fmt.Errorf("data: move event: %w", problemWith("type", ProblemInvalid,
			Args{Value: "only meetings and planned interactions move in the calendar"}))
	}
	it.Date = start
	return s.SaveInteraction(it)
}
