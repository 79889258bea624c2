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
// interactions asked for means no subject dates.
func subjectEvents(tx *bolt.Tx, q CalendarQuery, ks eventKindSet) ([]CalendarEvent, error) {
	if q.OnlyUnreviewed || !(ks[EventPayment] || ks[EventShipment] || ks[EventDealClose] || ks[EventMarketing]) {
		return nil, nil
	}
	in := func(t time.Time) bool { return !t.IsZero() && !t.Before(q.From) && t.Before(q.To) }
	managed := func(ID) bool { return true }
	if q.Responsible != 0 && (ks[EventPayment] || ks[EventShipment] || ks[EventDealClose]) {
		mine := map[ID]bool{}
		err := forEachRecord(tx, bucketPartners, func(p *struct {
			ID      ID `json:"id"`
			Manager ID `json:"manager"`
		}) {
			if p.Manager == q.Responsible {
				mine[p.ID] = true
			}
		})
		if err != nil {
			return nil, err
		}
		managed = func(id ID) bool { return mine[id] }
	}
	var out []CalendarEvent
	if ks[EventPayment] || ks[EventShipment] {
		err := forEachRecord(tx, bucketOrders, func(o *Order) {
			if !managed(o.Partner) {
				return
			}
			ref := Ref{RefOrder, o.ID}
			if ks[EventPayment] && in(o.PaymentDue) {
				out = append(out, CalendarEvent{Kind: EventPayment, Start: o.PaymentDue, Title: o.Number,
					Subject: ref, Partner: o.Partner, Done: o.Paid})
			}
			if ks[EventShipment] && in(o.Shipment) {
				out = append(out, CalendarEvent{Kind: EventShipment, Start: o.Shipment, Title: o.Number,
					Subject: ref, Partner: o.Partner, Done: o.Shipped})
			}
		})
		if err != nil {
			return nil, err
		}
	}
	if ks[EventDealClose] {
		err := forEachRecord(tx, bucketDeals, func(d *Deal) {
			if managed(d.Partner) && in(d.CloseDate) {
				out = append(out, CalendarEvent{Kind: EventDealClose, Start: d.CloseDate, Title: d.Name,
					Subject: Ref{RefDeal, d.ID}, Partner: d.Partner, Done: d.State != StateOpen})
			}
		})
		if err != nil {
			return nil, err
		}
	}
	if ks[EventMarketing] {
		err := forEachRecord(tx, bucketEvents, func(ev *Event) {
			end := ev.End
			if end.IsZero() {
				end = ev.Start
			}
			// A marketing event shows on the first day of the period it covers.
			if end.Before(q.From) || !ev.Start.Before(q.To) {
				return
			}
			start := ev.Start
			if start.Before(q.From) {
				start = q.From
			}
			out = append(out, CalendarEvent{Kind: EventMarketing, Start: start, End: ev.End, Title: ev.Name,
				Subject: Ref{RefEvent, ev.ID}, Done: ev.State == StateFinished || ev.State == StateCancelled})
		})
		if err != nil {
			return nil, err
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
