package catalogs

import (
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/widgets"
)

// edit reads subject id of kind k (0: a new one) and opens its editor.
func (s *Subjects) edit(k data.RefKind, id data.ID) {
	st := s.deps.Store
	switch k {
	case data.RefDeal:
		var d *data.Deal
		loadThen(s.deps, func() (err error) {
			all, err := st.Deals()
			d, err = find(all, err, id, func(d *data.Deal) data.ID { return d.ID })
			return err
		}, func() { s.showDeal(d) })
	case data.RefClaim:
		var c *data.Claim
		loadThen(s.deps, func() (err error) {
			all, err := st.Claims()
			c, err = find(all, err, id, func(c *data.Claim) data.ID { return c.ID })
			return err
		}, func() { s.showClaim(c) })
	case data.RefEvent:
		var e *data.Event
		loadThen(s.deps, func() (err error) {
			all, err := st.Events()
			e, err = find(all, err, id, func(e *data.Event) data.ID { return e.ID })
			return err
		}, func() { s.showEvent(e) })
	default:
		var o *data.Order
		loadThen(s.deps, func() (err error) {
			all, err := st.Orders()
			o, err = find(all, err, id, func(o *data.Order) data.ID { return o.ID })
			return err
		}, func() { s.showOrder(o) })
	}
}

// activeOf is a new subject's active flag: set.
func activeOf(id data.ID, active bool) bool { return id == 0 || active }

func (s *Subjects) showDeal(d *data.Deal) {
	f := s.newSubjectForm(data.RefDeal, d.Partner, d.State, activeOf(d.ID, d.Active))
	f.Name, f.Stage, f.Amount = entry(d.Name), entry(d.Stage), entry(money(d.Amount))
	f.Date = widgets.NewDateField(f.Win, false)
	f.Date.Set(d.CloseDate)
	f.Form.Add(lang.X("catalog.field.name", "Name"), f.Name, "name")
	f.Form.Add(lang.X("subject.stage", "Stage"), f.Stage, "stage")
	f.Form.Add(lang.X("subject.amount", "Amount"), f.Amount, "amount")
	f.Form.Add(lang.X("subject.closeDate", "Planned close date"), f.Date.Content, "closeDate")
	ref := data.Ref{Kind: data.RefDeal, ID: d.ID}
	f.show(titleOf(lang.X("subject.deal", "Deal"), d.ID, d.Name), f.finish(s.deps, ref), func() (func() error, bool) {
		c, ok := *d, true
		c.Partner, c.Name, c.Stage, c.State, c.Active = f.partnerID(), trim(f.Name), trim(f.Stage), f.state(), f.Active.Checked
		c.Amount = f.amount("amount", f.Amount, &ok)
		c.CloseDate = f.date("closeDate", f.Date, &ok)
		return saveOver(d, &c, s.deps.Store.SaveDeal), ok
	})
}

func (s *Subjects) showClaim(cl *data.Claim) {
	f := s.newSubjectForm(data.RefClaim, cl.Partner, cl.State, activeOf(cl.ID, cl.Active))
	f.Text, f.Resolution = multiLine(cl.Text), multiLine(cl.Resolution)
	f.Date = widgets.NewDateField(f.Win, false)
	f.Date.Set(cl.Received)
	f.Form.Add(lang.X("subject.text", "Claim"), f.Text, "text")
	f.Form.Add(lang.X("subject.received", "Received"), f.Date.Content, "received")
	f.Form.Add(lang.X("subject.resolution", "Resolution"), f.Resolution, "resolution")
	ref := data.Ref{Kind: data.RefClaim, ID: cl.ID}
	f.show(titleOf(lang.X("subject.claim", "Claim"), cl.ID, firstLine(cl.Text)), f.finish(s.deps, ref), func() (func() error, bool) {
		c, ok := *cl, true
		c.Partner, c.Text, c.Resolution = f.partnerID(), strings.TrimSpace(f.Text.Text), strings.TrimSpace(f.Resolution.Text)
		c.State, c.Active = f.state(), f.Active.Checked
		c.Received = f.date("received", f.Date, &ok)
		return saveOver(cl, &c, s.deps.Store.SaveClaim), ok
	})
}

func (s *Subjects) showEvent(ev *data.Event) {
	state := ev.State
	if ev.ID == 0 {
		state = data.StatePlanned
	}
	f := s.newSubjectForm(data.RefEvent, 0, state, activeOf(ev.ID, ev.Active))
	f.Name, f.Amount = entry(ev.Name), entry(money(ev.Budget))
	f.Date, f.Date2 = widgets.NewDateField(f.Win, false), widgets.NewDateField(f.Win, false)
	f.Date.Set(ev.Start)
	f.Date2.Set(ev.End)
	f.Form.Add(lang.X("catalog.field.name", "Name"), f.Name, "name")
	f.Form.Add(lang.X("subject.start", "Start"), f.Date.Content, "start")
	f.Form.Add(lang.X("subject.end", "End"), f.Date2.Content, "end")
	f.Form.Add(lang.X("subject.budget", "Budget"), f.Amount, "budget")
	ref := data.Ref{Kind: data.RefEvent, ID: ev.ID}
	f.show(titleOf(lang.X("subject.event", "Marketing event"), ev.ID, ev.Name), f.finish(s.deps, ref), func() (func() error, bool) {
		c, ok := *ev, true
		c.Name, c.State, c.Active = trim(f.Name), f.state(), f.Active.Checked
		c.Budget = f.amount("budget", f.Amount, &ok)
		c.Start = f.date("start", f.Date, &ok)
		c.End = f.date("end", f.Date2, &ok)
		return saveOver(ev, &c, s.deps.Store.SaveEvent), ok
	})
}

func (s *Subjects) showOrder(o *data.Order) {
	f := s.newSubjectForm(data.RefOrder, o.Partner, 0, activeOf(o.ID, o.Active))
	f.Number, f.Amount = entry(o.Number), entry(money(o.Amount))
	f.Date = widgets.NewDateField(f.Win, false)
	f.Date.Set(o.Date)
	pay, ship := widgets.NewDateField(f.Win, false), widgets.NewDateField(f.Win, false)
	pay.Set(o.PaymentDue)
	ship.Set(o.Shipment)
	f.Paid = widget.NewCheck(lang.X("subject.paid", "Paid"), nil)
	f.Paid.SetChecked(o.Paid)
	f.Shipped = widget.NewCheck(lang.X("subject.shipped", "Shipped"), nil)
	f.Shipped.SetChecked(o.Shipped)
	f.Form.Add(lang.X("subject.number", "Number"), f.Number, "number")
	f.Form.Add(lang.X("create.field.date", "Date"), f.Date.Content, "date")
	f.Form.Add(lang.X("subject.amount", "Amount"), f.Amount, "amount")
	f.Form.Add(lang.X("subject.paymentDue", "Payment due"), pay.Content, "paymentDue")
	f.Form.Add(lang.X("subject.shipment", "Shipment date"), ship.Content, "shipment")
	f.Form.Add("", f.Paid)
	f.Form.Add("", f.Shipped)
	ref := data.Ref{Kind: data.RefOrder, ID: o.ID}
	f.show(titleOf(lang.X("subject.order", "Customer order"), o.ID, o.Number), f.finish(s.deps, ref), func() (func() error, bool) {
		c, ok := *o, true
		c.Partner, c.Number, c.Active = f.partnerID(), trim(f.Number), f.Active.Checked
		c.Paid, c.Shipped = f.Paid.Checked, f.Shipped.Checked
		c.Amount = f.amount("amount", f.Amount, &ok)
		c.Date = f.date("date", f.Date, &ok)
		c.PaymentDue = f.date("paymentDue", pay, &ok)
		c.Shipment = f.date("shipment", ship, &ok)
		return saveOver(o, &c, s.deps.Store.SaveOrder), ok
	})
}
