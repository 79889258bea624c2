package catalogs

import (
	"slices"
	"sync"

	"fyne.io/fyne/v2/lang"

	"interactions/data"
)

// subjectRecords reads, finds and marks the records of one kind.
type subjectRecords struct {
	mu       sync.Mutex
	partners []data.Partner // what the last read handed over
}

// newCatalog builds the list of subjects of kind k.
func (s *Subjects) newCatalog(k data.RefKind) *Catalog {
	st := s.deps.Store
	var shared subjectRecords
	cols := []string{lang.X("catalog.field.name", "Name"), lang.X("catalog.field.partner", "Partner"),
		lang.X("create.field.state", "State"), lang.X("subject.active", "Active")}
	switch k {
	case data.RefClaim:
		cols[0] = lang.X("subject.text", "Claim")
	case data.RefOrder:
		cols = []string{lang.X("subject.number", "Number"), lang.X("catalog.field.partner", "Partner"),
			lang.X("subject.amount", "Amount"), lang.X("subject.active", "Active")}
	case data.RefEvent:
		cols[1] = lang.X("subject.start", "Start")
	}
	activeText := func(a bool) string {
		if a {
			return lang.X("editor.yes", "Yes")
		}
		return lang.X("editor.no", "No")
	}
	read := func() ([]item, error) {
		partners, err := st.Partners()
		if err != nil {
			return nil, err
		}
		pn := map[data.ID]string{}
		for _, p := range partners {
			pn[p.ID] = p.Name
		}
		shared.mu.Lock()
		shared.partners = partners
		shared.mu.Unlock()
		var out []item
		switch k {
		case data.RefDeal:
			all, err := st.Deals()
			for _, d := range all {
				out = append(out, newEntry(d.ID, d.Deleted, d.Name, pn[d.Partner], stateTitle(d.State), activeText(d.Active)))
			}
			return out, err
		case data.RefClaim:
			all, err := st.Claims()
			for _, c := range all {
				out = append(out, newEntry(c.ID, c.Deleted, firstLine(c.Text), pn[c.Partner], stateTitle(c.State), activeText(c.Active)))
			}
			return out, err
		case data.RefEvent:
			all, err := st.Events()
			for _, e := range all {
				out = append(out, newEntry(e.ID, e.Deleted, e.Name, dateText(e.Start), stateTitle(e.State), activeText(e.Active)))
			}
			return out, err
		}
		all, err := st.Orders()
		for _, o := range all {
			out = append(out, newEntry(o.ID, o.Deleted, o.Number+" "+dateText(o.Date), pn[o.Partner], money(o.Amount), activeText(o.Active)))
		}
		return out, err
	}
	var c *Catalog
	edit := func(id data.ID) { s.edit(k, id) }
	mark := func(id data.ID, deleted bool) error { return s.mark(k, id, deleted) }
	c = newCatalog(s.deps, refKindPlural(k), cols, read, edit, func() { s.edit(k, 0) }, mark)
	c.afterRead = func() {
		shared.mu.Lock()
		s.partners = shared.partners
		shared.mu.Unlock()
	}
	c.build()
	return c
}

func firstLine(s string) string {
	for i, r := range s {
		if r == '\n' {
			return s[:i]
		}
	}
	return s
}

// find reads the records of kind k and returns the one of id (nil for 0).
func find[T any](all []T, err error, id data.ID, idOf func(*T) data.ID) (*T, error) {
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(all, func(t T) bool { return idOf(&t) == id })
	if i < 0 {
		return new(T), nil
	}
	return &all[i], nil
}

// mark sets or clears the deletion mark of subject id of kind k.
func (s *Subjects) mark(k data.RefKind, id data.ID, deleted bool) error {
	st := s.deps.Store
	switch k {
	case data.RefDeal:
		all, err := st.Deals()
		d, err := find(all, err, id, func(d *data.Deal) data.ID { return d.ID })
		if err != nil {
			return err
		}
		d.Deleted = deleted
		return st.SaveDeal(d)
	case data.RefClaim:
		all, err := st.Claims()
		c, err := find(all, err, id, func(c *data.Claim) data.ID { return c.ID })
		if err != nil {
			return err
		}
		c.Deleted = deleted
		return st.SaveClaim(c)
	case data.RefEvent:
		all, err := st.Events()
		e, err := find(all, err, id, func(e *data.Event) data.ID { return e.ID })
		if err != nil {
			return err
		}
		e.Deleted = deleted
		return st.SaveEvent(e)
	}
	all, err := st.Orders()
	o, err := find(all, err, id, func(o *data.Order) data.ID { return o.ID })
	if err != nil {
		return err
	}
	o.Deleted = deleted
	return st.SaveOrder(o)
}
