package data

import (
	"slices"
	"sort"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// subjectDates are the dates of every order, deal and marketing event,
// and the manager of every partner, as the calendar reads them.
type subjectDates struct {
	dated     []CalendarEvent // payment, shipment and deal close dates, by start
	marketing []CalendarEvent // marketing events, by start
	managers  map[ID]ID       // partner → manager
}

// datesCache keeps the subject dates between reads of the calendar, so
// that a month does not decode every order, deal and marketing event.
// Any save of a catalog record and a load forget them; a cache built
// from a transaction older than the last change is used once, not kept.
type datesCache struct {
	mu    sync.Mutex
	gen   uint64
	dates *subjectDates
}

// generation returns the number of changes so far; read it before the
// transaction the dates are built in.
func (c *datesCache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// reset forgets the dates after a catalog record changed.
func (c *datesCache) reset() {
	c.mu.Lock()
	c.gen++
	c.dates = nil
	c.mu.Unlock()
}

// get returns the subject dates as of tx, built at most once per change;
// gen is the generation read before tx began.
func (c *datesCache) get(tx *bolt.Tx, gen uint64) (*subjectDates, error) {
	c.mu.Lock()
	d := c.dates
	fresh := c.gen == gen
	c.mu.Unlock()
	if d != nil && fresh {
		return d, nil
	}
	d, err := readSubjectDates(tx)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.gen == gen {
		c.dates = d
	}
	c.mu.Unlock()
	return d, nil
}

// readSubjectDates decodes the orders, deals, marketing events and the
// partners' managers.
func readSubjectDates(tx *bolt.Tx) (*subjectDates, error) {
	d := &subjectDates{managers: map[ID]ID{}}
	err := forEachRecord(tx, bucketPartners, func(p *struct {
		ID      ID `json:"id"`
		Manager ID `json:"manager"`
	}) {
		if p.Manager != 0 {
			d.managers[p.ID] = p.Manager
		}
	})
	if err != nil {
		return nil, err
	}
	err = forEachRecord(tx, bucketOrders, func(o *Order) {
		ref := Ref{RefOrder, o.ID}
		if !o.PaymentDue.IsZero() {
			d.dated = append(d.dated, CalendarEvent{Kind: EventPayment, Start: o.PaymentDue, Title: o.Number,
				Subject: ref, Partner: o.Partner, Done: o.Paid})
		}
		if !o.Shipment.IsZero() {
			d.dated = append(d.dated, CalendarEvent{Kind: EventShipment, Start: o.Shipment, Title: o.Number,
				Subject: ref, Partner: o.Partner, Done: o.Shipped})
		}
	})
	if err != nil {
		return nil, err
	}
	err = forEachRecord(tx, bucketDeals, func(dl *Deal) {
		if !dl.CloseDate.IsZero() {
			d.dated = append(d.dated, CalendarEvent{Kind: EventDealClose, Start: dl.CloseDate, Title: dl.Name,
				Subject: Ref{RefDeal, dl.ID}, Partner: dl.Partner, Done: dl.State != StateOpen})
		}
	})
	if err != nil {
		return nil, err
	}
	err = forEachRecord(tx, bucketEvents, func(ev *Event) {
		d.marketing = append(d.marketing, CalendarEvent{Kind: EventMarketing, Start: ev.Start, End: ev.End, Title: ev.Name,
			Subject: Ref{RefEvent, ev.ID}, Done: ev.State == StateFinished || ev.State == StateCancelled})
	})
	if err != nil {
		return nil, err
	}
	byStart := func(a, b CalendarEvent) int { return a.Start.Compare(b.Start) }
	slices.SortStableFunc(d.dated, byStart)
	slices.SortStableFunc(d.marketing, byStart)
	return d, nil
}

// between returns the dated events starting in [from, to).
func (d *subjectDates) between(from, to time.Time) []CalendarEvent {
	lo := sort.Search(len(d.dated), func(i int) bool { return !d.dated[i].Start.Before(from) })
	hi := sort.Search(len(d.dated), func(i int) bool { return !d.dated[i].Start.Before(to) })
	return d.dated[lo:hi]
}
