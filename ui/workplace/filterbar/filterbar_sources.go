package filterbar

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2/lang"

	"interactions/data"
)

// contactLoader returns the read of the contact picker's records:
// partners, then contact persons with their partner's name as detail. It
// is called on the UI goroutine (the labels are translated here); the
// read it returns runs on a goroutine of its own.
func (b *Bar) contactLoader() func() ([]pickItem, error) {
	st := b.st
	partnerLabel := lang.X("filter.pick.partner", "Partner")
	return func() ([]pickItem, error) {
		partners, err := st.Partners()
		if err != nil {
			return nil, err
		}
		persons, err := st.Persons()
		if err != nil {
			return nil, err
		}
		names := make(map[data.ID]string, len(partners))
		items := make([]pickItem, 0, len(partners)+len(persons))
		for _, p := range partners {
			names[p.ID] = p.Name
			items = append(items, newPickItem(data.Ref{Kind: data.RefPartner, ID: p.ID}, p.Name, partnerLabel, p.FullName))
		}
		n := len(items)
		for _, p := range persons {
			items = append(items, newPickItem(data.Ref{Kind: data.RefPerson, ID: p.ID}, p.Name, names[p.Partner], names[p.Partner]))
		}
		sortPickItems(items[:n])
		sortPickItems(items[n:])
		return items, nil
	}
}

// subjectLoader returns the read of the subject picker's records: deals,
// claims, marketing events and customer orders, each kind by name, with
// the kind and the partner as detail. See contactLoader.
func (b *Bar) subjectLoader() func() ([]pickItem, error) {
	st := b.st
	labels := map[data.RefKind]string{
		data.RefDeal:  lang.X("filter.pick.deal", "Deal"),
		data.RefClaim: lang.X("filter.pick.claim", "Claim"),
		data.RefEvent: lang.X("filter.pick.event", "Marketing event"),
		data.RefOrder: lang.X("filter.pick.order", "Customer order"),
	}
	return func() ([]pickItem, error) {
		partners, err := st.Partners()
		if err != nil {
			return nil, err
		}
		names := make(map[data.ID]string, len(partners))
		for _, p := range partners {
			names[p.ID] = p.Name
		}
		item := func(k data.RefKind, id data.ID, name string, partner data.ID) pickItem {
			detail, n := labels[k], names[partner]
			if n != "" {
				detail += " · " + n
			}
			return newPickItem(data.Ref{Kind: k, ID: id}, name, detail, n)
		}
		var items []pickItem
		add := func(group []pickItem) {
			sortPickItems(group)
			items = append(items, group...)
		}
		deals, err := st.Deals()
		if err != nil {
			return nil, err
		}
		group := make([]pickItem, 0, len(deals))
		for _, d := range deals {
			group = append(group, item(data.RefDeal, d.ID, d.Name, d.Partner))
		}
		add(group)
		claims, err := st.Claims()
		if err != nil {
			return nil, err
		}
		group = make([]pickItem, 0, len(claims))
		for _, c := range claims {
			group = append(group, item(data.RefClaim, c.ID, firstLineOf(c.Text), c.Partner))
		}
		add(group)
		events, err := st.Events()
		if err != nil {
			return nil, err
		}
		group = make([]pickItem, 0, len(events))
		for _, e := range events {
			group = append(group, item(data.RefEvent, e.ID, e.Name, 0))
		}
		add(group)
		orders, err := st.Orders()
		if err != nil {
			return nil, err
		}
		group = make([]pickItem, 0, len(orders))
		for _, o := range orders {
			group = append(group, item(data.RefOrder, o.ID, o.Number, o.Partner))
		}
		add(group)
		return items, nil
	}
}

// newPickItem makes an item whose search key holds its name and extra
// words (a partner's full name, a contact person's or subject's partner).
func newPickItem(r data.Ref, name, detail, extra string) pickItem {
	return pickItem{ref: r, name: name, detail: detail, key: data.Fold(name + "\x00" + extra)}
}

// sortPickItems orders items by name, case and ё/е aside.
func sortPickItems(items []pickItem) {
	slices.SortStableFunc(items, func(a, b pickItem) int { return cmp.Compare(a.key, b.key) })
}

// firstLineOf returns the first line of s, cut to 80 letters: the name of
// a claim, as the store gives it.
func firstLineOf(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > 80 {
		s = string([]rune(s)[:80]) + "…"
	}
	return s
}
