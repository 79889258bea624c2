package filterbar

import (
	"cmp"
	"slices"

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
		persons, err := st.NamesWithPartners(data.RefPerson)
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
			items = append(items, newPickItem(p.Ref, p.Name, names[p.Partner], names[p.Partner]))
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
		partners, err := st.NamesOfKind(data.RefPartner)
		if err != nil {
			return nil, err
		}
		names := make(map[data.ID]string, len(partners))
		for _, p := range partners {
			names[p.Ref.ID] = p.Name
		}
		var items []pickItem
		for _, k := range []data.RefKind{data.RefDeal, data.RefClaim, data.RefEvent, data.RefOrder} {
			named, err := st.NamesWithPartners(k)
			if err != nil {
				return nil, err
			}
			group := make([]pickItem, 0, len(named))
			for _, n := range named {
				detail, partner := labels[k], names[n.Partner]
				if partner != "" {
					detail += " · " + partner
				}
				group = append(group, newPickItem(n.Ref, n.Name, detail, partner))
			}
			sortPickItems(group)
			items = append(items, group...)
		}
		return items, nil
	}
}

// newPickItem makes an item whose search key holds its name and extra
// words (a partner's full name, a contact person's or subject's partner).
func newPickItem(r data.Ref, name, detail, extra string) pickItem {
	return pickItem{ref: r, name: name, detail: detail, key: data.Fold(name + "\x00" + extra)}
}

// sortPickItems orders items of one kind by name, case and ё/е aside,
// and those of one name by id.
func sortPickItems(items []pickItem) {
	slices.SortFunc(items, func(a, b pickItem) int {
		return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.ref.ID, b.ref.ID))
	})
}
