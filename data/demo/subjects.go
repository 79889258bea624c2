package demo

import (
	"strconv"
	"time"

	"interactions/data"
)

// day is a calendar day, as a duration.
const day = 24 * time.Hour

// buildSubjects makes the deals, claims, marketing events and customer
// orders, and the windows of time in which interactions are about them.
func (g *generator) buildSubjects() {
	w := worldFor(g.o.Size)
	g.buildDeals(w.deals)
	g.buildClaims(w.claims)
	g.buildEvents(w.events)
	g.buildOrders(w.orders)
	g.subj.sort()
}

// spanTime returns a random moment between lo and hi.
func (g *generator) spanTime(lo, hi time.Time) time.Time {
	if !hi.After(lo) {
		return lo
	}
	return lo.Add(time.Duration(g.r.Int64N(int64(hi.Sub(lo)))))
}

// buildDeals makes n deals with clients: the older ones closed, won or
// lost; the newer ones open at some stage, with a planned close date.
func (g *generator) buildDeals(n int) {
	lx := g.lx
	for i := range n {
		p := g.cat.client.draw(g)
		product := pick(g, lx.dealProducts)
		created := g.workTime(g.from.Add(-30*day), g.now.Add(20*day))
		closeDate := g.midnight(created.Add(time.Duration(g.between(14, 200)) * day))
		d := data.Deal{
			ID:        data.ID(i + 1),
			Partner:   data.ID(p + 1),
			Name:      product + " (" + g.cat.partners[p].name + ")",
			Amount:    data.Money(int64(g.logUniform(50_000, 50_000_000)/1000) * 1000 * 100),
			CloseDate: closeDate,
			State:     data.StateOpen,
		}
		end := closeDate.Add(10 * day)
		if closeDate.Before(g.now) {
			switch x := g.intn(100); {
			case x < 55:
				d.State, d.Stage = data.StateWon, lx.stageWon
			case x < 90:
				d.State, d.Stage = data.StateLost, lx.stageLost
			default:
				end = g.now.Add(20 * day) // overdue, still being worked on
			}
		}
		if d.State == data.StateOpen {
			progress := 1 - float64(closeDate.Sub(g.now))/float64(closeDate.Sub(created))
			stage := int(progress * float64(len(lx.stagesOpen)))
			d.Stage = lx.stagesOpen[clamp(stage, 0, len(lx.stagesOpen)-1)]
			d.Active = true
		}
		g.ds.Deals = append(g.ds.Deals, d)
		g.subj.add(catDeal, data.Ref{Kind: data.RefDeal, ID: d.ID}, p, lowerFirst(product), created, end)
	}
}

// buildClaims makes n client claims: recent ones mostly open, older ones
// mostly resolved or rejected, with a resolution.
func (g *generator) buildClaims(n int) {
	lx := g.lx
	for i := range n {
		p := g.cat.client.draw(g)
		title := pick(g, lx.claimTitles)
		lo := g.from
		if g.chance(0.25) {
			lo = g.now.Add(-45 * day)
		}
		received := g.workTime(lo, g.now.Add(-2*day))
		c := data.Claim{
			ID:       data.ID(i + 1),
			Partner:  data.ID(p + 1),
			Text:     title + ". " + g.fillText(pick(g, lx.claimDetails), received),
			Received: received,
			State:    data.StateOpen,
		}
		x := g.intn(100)
		if g.now.Sub(received) < 30*day {
			x -= 60 // recent claims are mostly still open
		}
		switch {
		case x >= 30:
			c.State, c.Resolution = data.StateResolved, pick(g, lx.resolutions)
		case x >= 10:
			c.State, c.Resolution = data.StateRejected, pick(g, lx.rejections)
		}
		c.Active = c.State == data.StateOpen
		end := received.Add(time.Duration(g.between(20, 60)) * day)
		if c.Active && end.Before(g.now.Add(10*day)) {
			end = g.now.Add(10 * day)
		}
		g.ds.Claims = append(g.ds.Claims, c)
		g.subj.add(catClaim, data.Ref{Kind: data.RefClaim, ID: c.ID}, p, lowerFirst(title), received, end)
	}
}

// buildEvents makes n marketing events over the span: trade fairs,
// webinars, seminars; past ones finished (a few cancelled), future ones planned.
func (g *generator) buildEvents(n int) {
	lx := g.lx
	for i := range n {
		start := g.dayAt(g.spanTime(g.from, g.to.Add(-5*day)), 10, 0)
		switch start.Weekday() {
		case time.Saturday:
			start = start.AddDate(0, 0, 2)
		case time.Sunday:
			start = start.AddDate(0, 0, 1)
		}
		end := g.dayAt(start.AddDate(0, 0, g.intn(3)), 18, 0)
		name := expand(pick(g, lx.eventNames), func(key string) string {
			switch key {
			case "year":
				return strconv.Itoa(start.Year())
			case "month":
				return lx.months[start.Month()-1]
			case "city":
				return pick(g, lx.cities).name
			}
			return key
		})
		e := data.Event{
			ID:     data.ID(i + 1),
			Name:   name,
			Start:  start,
			End:    end,
			Budget: data.Money(int64(g.logUniform(50_000, 3_000_000)/1000) * 1000 * 100),
		}
		switch {
		case end.Before(g.now):
			e.State = data.StateFinished
			if g.chance(0.1) {
				e.State = data.StateCancelled
			}
		case start.After(g.now):
			e.State = data.StatePlanned
			if g.chance(0.08) {
				e.State = data.StateCancelled
			}
		default:
			e.State = data.StateRunning
		}
		e.Active = e.State == data.StatePlanned || e.State == data.StateRunning
		g.ds.Events = append(g.ds.Events, e)
		g.subj.add(catEvent, data.Ref{Kind: data.RefEvent, ID: e.ID}, -1, lowerFirst(name), start.Add(-40*day), end.Add(14*day))
	}
}

// buildOrders makes n customer orders, many of them recent, so that
// their payment and shipment dates fill the calendar around today.
func (g *generator) buildOrders(n int) {
	for i := range n {
		p := g.cat.client.draw(g)
		lo := g.from
		if g.chance(0.45) {
			lo = g.now.Add(-75 * day)
		}
		date := g.workTime(lo, g.now.Add(-time.Hour))
		if date.After(g.now) {
			date = g.now.Add(-time.Hour)
		}
		o := data.Order{
			ID:         data.ID(i + 1),
			Number:     g.lx.orderPrefix + pad6(i+1),
			Date:       date,
			Partner:    data.ID(p + 1),
			Amount:     data.Money(int64(g.logUniform(5_000, 5_000_000) * 100)),
			PaymentDue: g.midnight(date.AddDate(0, 0, pick(g, []int{3, 5, 10, 14, 30, 45}))),
			Shipment:   g.midnight(date.AddDate(0, 0, g.between(3, 90))),
		}
		o.Paid = g.chance(0.25)
		if o.PaymentDue.Before(g.now) {
			o.Paid = g.chance(0.9)
		}
		o.Shipped = o.Shipment.Before(g.now) && g.chance(0.92)
		o.Active = !o.Paid || !o.Shipped
		end := o.PaymentDue
		if o.Shipment.After(end) {
			end = o.Shipment
		}
		g.ds.Orders = append(g.ds.Orders, o)
		g.subj.add(catOrder, data.Ref{Kind: data.RefOrder, ID: o.ID}, p, o.Number, date.Add(-10*day), end.Add(7*day))
	}
}

// pad6 writes n with at least six digits.
func pad6(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 6 {
		s = "0" + s
	}
	return s
}
