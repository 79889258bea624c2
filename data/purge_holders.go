package data

import (
	"encoding/json"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// holderNames is how many holders of each kind a Holder names.
const holderNames = 3

// catalogRec is what the purge reads of any catalog record: its name and
// the references a record may hold.
type catalogRec struct {
	ref     Ref
	Deleted bool   `json:"deleted"`
	Name    string `json:"name"`
	Text    string `json:"text"`
	Number  string `json:"number"`
	Partner ID     `json:"partner"`
	Manager ID     `json:"manager"`
	Roles   []ID   `json:"roles"`
}

func (r catalogRec) name() string {
	switch {
	case r.Name != "":
		return r.Name
	case r.Text != "":
		return firstLine(r.Text)
	}
	return r.Number
}

// refersTo reports whether r names the record m.
func (r catalogRec) refersTo(m Ref) bool {
	switch m.Kind {
	case RefEmployee:
		return r.ref.Kind == RefPartner && r.Manager == m.ID
	case RefPartner:
		return (r.ref.Kind == RefPerson || r.ref.Kind == RefDeal || r.ref.Kind == RefClaim || r.ref.Kind == RefOrder) && r.Partner == m.ID
	case refRole:
		return r.ref.Kind == RefPerson && slices.Contains(r.Roles, m.ID)
	}
	return false
}

// marked lists the marked catalog records with what holds each: live
// interactions and those marked for deletion, live catalog records, and
// marked catalog records that are kept themselves. A marked record held
// only by marked records that go too goes with them.
func marked(tx *bolt.Tx, currentUser ID) ([]Marked, error) {
	var all []catalogRec
	for _, mb := range markedBuckets {
		err := tx.Bucket(mb.bucket).ForEach(func(k, v []byte) error {
			r := catalogRec{ref: Ref{mb.kind, idFromKey(k)}}
			if err := json.Unmarshal(v, &r); err != nil {
				return recordDamaged(mb.bucket, r.ref.ID, err)
			}
			all = append(all, r)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	var out []Marked
	for _, r := range all {
		if r.Deleted {
			out = append(out, Marked{Ref: r.ref, Name: r.name()})
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	ih, err := interactionHolders(tx, out)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Holders = ih[i]
		if out[i].Ref == (Ref{RefEmployee, currentUser}) {
			out[i].Holders = append(out[i].Holders, Holder{Kind: "currentUser", Count: 1})
		}
	}
	// Kept: held by an interaction, the settings or a live record, or by a
	// marked record that is kept; until nothing changes.
	kept := map[Ref]bool{}
	for changed := true; changed; {
		changed = false
		for _, m := range out {
			if kept[m.Ref] {
				continue
			}
			held := len(m.Holders) > 0 || slices.ContainsFunc(all, func(r catalogRec) bool {
				return r.refersTo(m.Ref) && (!r.Deleted || kept[r.ref])
			})
			if held {
				kept[m.Ref], changed = true, true
			}
		}
	}
	for i := range out {
		m := &out[i]
		var live, held []Holder
		for _, r := range all {
			if !r.refersTo(m.Ref) || (r.Deleted && !kept[r.ref]) {
				continue
			}
			list := &live
			if r.Deleted {
				list = &held
			}
			*list = addHolder(*list, r.ref.Kind.String(), r.Deleted, r.name())
		}
		m.Holders = append(append(m.Holders, live...), held...)
	}
	return out, nil
}

// addHolder counts one more holder of kind (marked or not) named name.
func addHolder(hs []Holder, kind string, marked bool, name string) []Holder {
	i := slices.IndexFunc(hs, func(h Holder) bool { return h.Kind == kind && h.Marked == marked })
	if i < 0 {
		hs, i = append(hs, Holder{Kind: kind, Marked: marked}), len(hs)
	}
	hs[i].Count++
	if len(hs[i].Names) < holderNames {
		hs[i].Names = append(hs[i].Names, name)
	}
	return hs
}

// interactionHolders returns, for each marked record, the interactions
// that hold it: the live ones counted by the counters and named from the
// indexes, those marked for deletion from their summaries, and for an
// employee the interactions it is the author of (read from the records
// only when an employee is marked).
func interactionHolders(tx *bolt.Tx, out []Marked) ([][]Holder, error) {
	res := make([][]Holder, len(out))
	counters, dates := tx.Bucket(bucketCounters), tx.Bucket(ixDate)
	prefixOf := func(r Ref) (dim byte, bucket, prefix []byte) {
		switch r.Kind {
		case RefEmployee:
			return dimResponsible, ixResponsible, r.ID.key()
		case RefPartner, RefPerson:
			return dimContact, ixContact, r.appendKey(nil)
		case RefDeal, RefClaim, RefEvent, RefOrder:
			return dimSubject, ixSubject, r.appendKey(nil)
		}
		return 0, nil, nil
	}
	anyEmployee := false
	for i, m := range out {
		dim, bucket, prefix := prefixOf(m.Ref)
		if bucket == nil {
			continue
		}
		anyEmployee = anyEmployee || m.Ref.Kind == RefEmployee
		c, _ := decodeCounter(counters.Get(append([]byte{dim}, prefix...)))
		if c.Total == 0 {
			continue
		}
		h := Holder{Kind: "interaction", Count: c.Total}
		lc := newListCursor(tx.Bucket(bucket), prefix)
		for dk, ok := lc.First(); ok && len(h.Names) < holderNames; dk, ok = lc.Next() {
			h.Names = append(h.Names, interactionName(tx, dk.ID()))
		}
		res[i] = append(res[i], h)
	}
	// Marked interactions: from their summaries.
	marks := tx.Bucket(ixDeleted).Cursor()
	for k, _ := marks.First(); k != nil; k, _ = marks.Next() {
		v := dates.Get(k)
		if v == nil {
			continue
		}
		s := summary(v)
		for i, m := range out {
			var holds bool
			switch m.Ref.Kind {
			case RefEmployee:
				holds = s.responsible() == m.Ref.ID
			case RefPartner, RefPerson:
				holds = s.hasContact(m.Ref)
			case RefDeal, RefClaim, RefEvent, RefOrder:
				holds = s.subject() == m.Ref
			}
			if holds {
				res[i] = addHolder(res[i], "interaction", true, interactionName(tx, cursorFrom(k).ID()))
			}
		}
	}
	if anyEmployee {
		if err := authorHolders(tx, out, res); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// authorHolders adds the interactions, live or marked, whose author is a
// marked employee. The author is in no index: the records are read.
func authorHolders(tx *bolt.Tx, out []Marked, res [][]Holder) error {
	emps := map[ID]int{}
	for i, m := range out {
		if m.Ref.Kind == RefEmployee {
			emps[m.Ref.ID] = i
		}
	}
	return tx.Bucket(bucketInteractions).ForEach(func(k, v []byte) error {
		it, err := decodeInteraction(idFromKey(k), v)
		if err != nil {
			return err
		}
		if i, ok := emps[it.Author]; ok && it.Author != 0 {
			res[i] = addHolder(res[i], "authored", it.Deleted, it.Number+" "+it.Topic)
		}
		return nil
	})
}

// interactionName names an interaction by its number and topic.
func interactionName(tx *bolt.Tx, id ID) string {
	v := tx.Bucket(bucketInteractions).Get(id.key())
	if v == nil {
		return ""
	}
	it, err := decodeInteraction(id, v)
	if err != nil {
		return ""
	}
	return it.Number + " " + it.Topic
}
