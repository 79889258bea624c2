package data

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
)

// counterKeys returns the counters whose sum answers the filter's
// selection, if there are such: a filter on one dimension (or none), or
// on whole types only, with at most a status besides.
func (f *Filter) counterKeys(defs map[ID]*AttrDef) ([][]byte, bool) {
	g := *f
	g.Status = StatusAll
	if !g.From.IsZero() || !g.To.IsZero() || g.Importance != 0 || g.Text != "" || g.Deleted != DeletedHide ||
		!g.AlsoContact.IsZero() {
		return nil, false
	}
	var key []byte
	set := 0
	if len(g.Kinds) > 0 {
		types, ok := wholeTypes(g.Kinds)
		if !ok || g.Responsible != 0 || !g.Contact.IsZero() || !g.Subject.IsZero() || len(g.Attrs) > 0 {
			return nil, false
		}
		var keys [][]byte
		for _, t := range types {
			keys = append(keys, []byte{dimType, byte(t)})
		}
		return keys, true
	}
	if g.Responsible != 0 {
		key, set = append([]byte{dimResponsible}, g.Responsible.key()...), set+1
	}
	if !g.Contact.IsZero() {
		key, set = g.Contact.appendKey([]byte{dimContact}), set+1
	}
	if !g.Subject.IsZero() {
		key, set = g.Subject.appendKey([]byte{dimSubject}), set+1
	}
	if len(g.Attrs) == 1 {
		def := defs[g.Attrs[0].Attr]
		if def == nil || g.Attrs[0].Value == "" {
			return nil, false
		}
		key, set = append([]byte{dimAttr}, attrPrefix(def.ID, attrValueKey(def.Type, g.Attrs[0].Value))...), set+1
	} else if len(g.Attrs) > 1 {
		return nil, false
	}
	switch set {
	case 0:
		return [][]byte{{dimAll}}, true
	case 1:
		return [][]byte{key}, true
	}
	return nil, false
}

// wholeTypes returns the types the kinds cover entirely (calls both ways,
// e-mail both ways), or false when a kind selects part of a type only.
func wholeTypes(kinds []Kind) ([]InteractionType, bool) {
	has := map[Kind]bool{}
	for _, k := range kinds {
		has[k] = true
	}
	var types []InteractionType
	for _, t := range AllTypes {
		whole, some := false, false
		switch t {
		case TypeMeeting:
			whole, some = has[KindMeeting], has[KindMeeting]
		case TypePlanned:
			whole, some = has[KindPlanned], has[KindPlanned]
		case TypeSMS:
			whole, some = has[KindSMS], has[KindSMS]
		case TypeCall:
			whole, some = has[KindCallIn] && has[KindCallOut], has[KindCallIn] || has[KindCallOut]
		case TypeEmail:
			whole = has[KindEmailIn] && has[KindEmailOut]
			some = whole || has[KindEmailIn] || has[KindEmailOut] || has[KindEmailDraft] || has[KindEmailSent]
		}
		if some && !whole {
			return nil, false
		}
		if whole {
			types = append(types, t)
		}
	}
	return types, true
}

// StatusCounts returns how many interactions the filter selects under each
// status: all, to review, deferred, reviewed (the filter's own status is
// ignored). A filter on one dimension is answered from the counters; any
// other is counted row by row, and the count stops with ctx's error when
// ctx is done (a search of one letter walks every row: half a second at a
// million interactions).
func (s *Store) StatusCounts(ctx context.Context, f Filter) (StatusCounts, error) {
	f.Status = StatusAll
	var sc StatusCounts
	err := s.view(func(tx *bolt.Tx) error {
		p, err := s.newPlan(tx, f, NewestFirst, Cursor{})
		if err != nil {
			return err
		}
		if keys, ok := f.counterKeys(p.defs); ok {
			var c Counter
			for _, key := range keys {
				k := readCounter(tx, key)
				c.Total += k.Total
				c.Unreviewed += k.Unreviewed
			}
			sc.All, sc.Reviewed = c.Total, c.Total-c.Unreviewed
			if f.IsEmpty() {
				sc.Deferred = p.deferredCount()
			} else {
				for _, k := range p.deferredKeys() {
					if v := p.dates.Get(k[:]); v != nil && p.match(k, summary(v)) {
						sc.Deferred++
					}
				}
			}
			sc.ToReview = c.Unreviewed - sc.Deferred
			return nil
		}
		for i := 0; ; i++ {
			if i&1023 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			_, sum, ok := p.next()
			if !ok {
				return nil
			}
			sc.All++
			switch {
			case sum.reviewed():
				sc.Reviewed++
			case sum.deferred(p.now):
				sc.Deferred++
			default:
				sc.ToReview++
			}
		}
	})
	if err != nil {
		return StatusCounts{}, fmt.Errorf("data: status counts: %w", err)
	}
	return sc, nil
}

// Count returns how many interactions the filter selects: from the
// counters when they answer it, else by walking the cheapest index.
func (s *Store) Count(f Filter) (int, error) {
	defs, err := s.filterDefs(nil, f)
	if err != nil {
		return 0, fmt.Errorf("data: count: %w", err)
	}
	if _, ok := f.counterKeys(defs); ok {
		sc, err := s.StatusCounts(context.Background(), f)
		if err != nil {
			return 0, err
		}
		switch f.Status {
		case StatusToReview:
			return sc.ToReview, nil
		case StatusDeferred:
			return sc.Deferred, nil
		case StatusReviewed:
			return sc.Reviewed, nil
		}
		return sc.All, nil
	}
	n := 0
	err = s.view(func(tx *bolt.Tx) error {
		p, err := s.newPlan(tx, f, NewestFirst, Cursor{})
		if err != nil {
			return err
		}
		for {
			if _, _, ok := p.next(); !ok {
				return nil
			}
			n++
		}
	})
	if err != nil {
		return 0, fmt.Errorf("data: count: %w", err)
	}
	return n, nil
}

// Groups returns the groups of the interactions the filter selects, with
// counts: time groups newest first, subjects by their newest interaction,
// the others by count, largest first.
// An interaction with several contacts counts under each; one without
// contacts under NoContact. Without a filter the counts come from the
// counters; the group of interactions without a value of an attribute
// then carries no last date (the counters keep none for it).
func (s *Store) Groups(f Filter, g GroupBy) ([]Group, error) {
	if g.Kind == GroupNone {
		return nil, nil
	}
	var def *AttrDef
	if g.Kind == GroupAttr {
		defs, err := s.defs(nil)
		if err != nil {
			return nil, fmt.Errorf("data: groups: %w", err)
		}
		d, ok := defs[g.Attr]
		if !ok {
			return nil, fmt.Errorf("data: groups: unknown attribute %d", g.Attr)
		}
		c := *d
		def = &c
	}
	weekStart := s.Settings().FirstWeekday
	var plain []Group // already in order
	acc := map[GroupKey]*Group{}
	add := func(key GroupKey, n, unrev int, last time.Time) {
		gr := acc[key]
		if gr == nil {
			gr = &Group{Key: key}
			acc[key] = gr
		}
		gr.Count += n
		gr.Unreviewed += unrev
		if last.After(gr.Last) {
			gr.Last = last
		}
	}
	err := s.view(func(tx *bolt.Tx) error {
		if f.IsEmpty() && g.Kind == GroupSubject {
			plain = subjectsByLast(tx, []byte{classActive, classInactive, classChain}, 0)
			return nil
		}
		if f.IsEmpty() && (!g.Kind.isTime() || wholeHourZone()) {
			return groupsFromCounters(tx, g, def, weekStart, add)
		}
		if gs, ok := statusGroups(tx, f, g, timeKey(s.Now()), weekStart); ok {
			plain = gs
			return nil
		}
		p, err := s.newPlan(tx, f, NewestFirst, Cursor{})
		if err != nil {
			return err
		}
		var cs []Ref
		for {
			k, sum, ok := p.next()
			if !ok {
				return nil
			}
			unrev := 0
			if !sum.reviewed() {
				unrev = 1
			}
			t := k.Time()
			switch g.Kind {
			case GroupType:
				add(GroupKey{Type: sum.typ()}, 1, unrev, t)
			case GroupResponsible:
				add(GroupKey{Ref: Ref{RefEmployee, sum.responsible()}}, 1, unrev, t)
			case GroupSubject:
				add(GroupKey{Ref: sum.subject()}, 1, unrev, t)
			case GroupContact:
				cs = sum.contacts(cs[:0])
				for _, c := range cs {
					add(GroupKey{Ref: c}, 1, unrev, t)
				}
				if len(cs) == 0 {
					add(GroupKey{Ref: NoContact}, 1, unrev, t)
				}
			case GroupDay, GroupWeek, GroupMonth:
				add(GroupKey{Time: periodStart(g.Kind, t, weekStart)}, 1, unrev, t)
			case GroupAttr:
				v := ""
				if raw, ok := sum.attrValue(def.ID); ok {
					v = attrValueFromKey(def.Type, raw)
				}
				add(GroupKey{AttrValue: v}, 1, unrev, t)
			}
		}
	})
	if err != nil {
		return nil, fmt.Errorf("data: groups: %w", err)
	}
	if plain != nil {
		return plain, nil
	}
	out := make([]Group, 0, len(acc))
	for _, gr := range acc {
		out = append(out, *gr)
	}
	sortGroups(out, g.Kind)
	return out, nil
}

func sortGroups(gs []Group, kind GroupKind) {
	slices.SortFunc(gs, func(a, b Group) int {
		switch kind {
		case GroupDay, GroupWeek, GroupMonth:
			return b.Key.Time.Compare(a.Key.Time)
		case GroupType:
			return int(a.Key.Type) - int(b.Key.Type)
		case GroupSubject:
			if c := b.Last.Compare(a.Last); c != 0 {
				return c
			}
			return compareRefs(a.Key.Ref, b.Key.Ref)
		}
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		if a.Key.Ref != b.Key.Ref {
			if a.Key.Ref.Kind != b.Key.Ref.Kind {
				return int(a.Key.Ref.Kind) - int(b.Key.Ref.Kind)
			}
			if a.Key.Ref.ID < b.Key.Ref.ID {
				return -1
			}
			return 1
		}
		if a.Key.AttrValue < b.Key.AttrValue {
			return -1
		}
		if a.Key.AttrValue > b.Key.AttrValue {
			return 1
		}
		return 0
	})
}

// periodStart returns the local start of the day, week or month holding t.
func periodStart(kind GroupKind, t time.Time, weekStart time.Weekday) time.Time {
	t = t.In(time.Local)
	y, m, d := t.Date()
	switch kind {
	case GroupWeek:
		back := (int(t.Weekday()) - int(weekStart) + 7) % 7
		return time.Date(y, m, d-back, 0, 0, 0, 0, time.Local)
	case GroupMonth:
		return time.Date(y, m, 1, 0, 0, 0, 0, time.Local)
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.Local)
}

// groupsFromCounters answers an unfiltered grouping from the counters.
func groupsFromCounters(tx *bolt.Tx, g GroupBy, def *AttrDef, weekStart time.Weekday, add func(GroupKey, int, int, time.Time)) error {
	var prefix []byte
	switch g.Kind {
	case GroupType:
		prefix = []byte{dimType}
	case GroupResponsible:
		prefix = []byte{dimResponsible}
	case GroupContact:
		prefix = []byte{dimContact}
	case GroupSubject:
		prefix = []byte{dimSubject}
	case GroupDay, GroupWeek, GroupMonth:
		prefix = []byte{dimHour}
	case GroupAttr:
		prefix = binary.BigEndian.AppendUint64([]byte{dimAttr}, uint64(def.ID))
	}
	withValue, unrevWithValue := 0, 0
	c := tx.Bucket(bucketCounters).Cursor()
	for k, v := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, v = c.Next() {
		cnt, _ := decodeCounter(v)
		var key GroupKey
		switch g.Kind {
		case GroupType:
			key.Type = InteractionType(k[1])
		case GroupResponsible:
			key.Ref = Ref{RefEmployee, idFromKey(k[1:9])}
		case GroupContact, GroupSubject:
			key.Ref = refFromKey(k[1:])
		case GroupDay, GroupWeek, GroupMonth:
			key.Time = periodStart(g.Kind, hourFromKey(k), weekStart)
		case GroupAttr:
			key.AttrValue = attrValueFromKey(def.Type, k[10:10+int(k[9])])
			withValue += cnt.Total
			unrevWithValue += cnt.Unreviewed
		}
		add(key, cnt.Total, cnt.Unreviewed, cnt.Last)
	}
	if g.Kind == GroupAttr {
		all := readCounter(tx, []byte{dimAll})
		if rest := all.Total - withValue; rest > 0 {
			add(GroupKey{}, rest, all.Unreviewed-unrevWithValue, time.Time{})
		}
	}
	return nil
}

// Counters returns the stored counter of every group of one dimension:
// responsible, contact, subject, type, day or an attribute's values. It is
// what the navigation panel shows, read without a scan of interactions.
func (s *Store) Counters(g GroupBy) ([]Group, error) { return s.Groups(Filter{}, g) }

// isTime reports whether the grouping is by day, week or month.
func (k GroupKind) isTime() bool { return k == GroupDay || k == GroupWeek || k == GroupMonth }

// wholeHourZone reports whether the local time zone's offsets are whole
// hours, so that hour counters add up to local days.
func wholeHourZone() bool {
	now := time.Now()
	for _, t := range []time.Time{now, now.AddDate(0, 6, 0), now.AddDate(-1, 0, 0), now.AddDate(-1, 6, 0)} {
		if _, off := t.In(time.Local).Zone(); off%3600 != 0 {
			return false
		}
	}
	return true
}
