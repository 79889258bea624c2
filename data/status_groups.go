package data

import (
	"encoding/binary"
	"time"

	bolt "go.etcd.io/bbolt"
)

// statusGroups answers a grouping by type, responsible, subject, day,
// week or month under a "to review" or "deferred" filter (with a
// responsible, or nothing, besides) from the unreviewed part of the status
// index alone: its values hold the fields these groupings read, so no row
// summary is read. The groups come in the order Groups gives them. It
// reports false when the filter or grouping is not of this kind.
func statusGroups(tx *bolt.Tx, f Filter, g GroupBy, now uint64, weekStart time.Weekday) ([]Group, bool) {
	gs, ok := walkStatus(tx, f, g, now, weekStart, true)
	if gs == nil && ok { // past what the subject accumulator packs
		gs, ok = walkStatus(tx, f, g, now, weekStart, false)
	}
	return gs, ok
}

// walkStatus is statusGroups; packed says subjects gather in a
// subjectAcc, and a nil result with true says they did not fit it.
func walkStatus(tx *bolt.Tx, f Filter, g GroupBy, now uint64, weekStart time.Weekday, packed bool) ([]Group, bool) {
	if f.Status != StatusToReview && f.Status != StatusDeferred {
		return nil, false
	}
	rest := f
	rest.Status, rest.Responsible, rest.Period = StatusAll, 0, PeriodFixed
	if !rest.IsEmpty() {
		return nil, false
	}
	switch g.Kind {
	case GroupType, GroupResponsible, GroupSubject, GroupDay, GroupWeek, GroupMonth:
	default:
		return nil, false
	}
	// The index runs newest first, so a group's first entry is its last
	// date, and a period's entries follow one another. Groups gather in
	// a compact form without pointers and become Groups at the end.
	type acc struct {
		ref   Ref
		last  uint64 // timeKey
		count int
	}
	var gs []acc
	var starts []time.Time          // of the periods, by index in gs
	byRef := make(map[uint64]int32) // packRef → index in gs
	odd := map[Ref]int32{}
	var subjects *subjectAcc
	if g.Kind == GroupSubject {
		// Room for a group per unreviewed interaction, so that nothing grows.
		all, _ := decodeCounter(tx.Bucket(bucketCounters).Get([]byte{dimAll}))
		room := min(all.Unreviewed, 1<<20)
		if packed {
			subjects = newSubjectAcc(room)
		} else {
			gs = make([]acc, 0, room)
			byRef = make(map[uint64]int32, room)
		}
	}
	var periodEnd uint64 // timeKey of the end of the current period
	periodLo := ^uint64(0)
	dates := tx.Bucket(ixDate)
	c := tx.Bucket(ixStatus).Cursor()
	for k, v := c.Seek([]byte{0}); k != nil && k[0] == 0; k, v = c.Next() {
		fields := statusFields(v)
		if len(v) != statusValueLen { // an entry written without its value
			sum := dates.Get(k[1:])
			if len(sum) < sumFixed {
				continue
			}
			fields = summary(sum).statusValue()
		}
		ra := fields.reviewAfter()
		if deferred := ra > now; deferred != (f.Status == StatusDeferred) {
			continue
		}
		if f.Responsible != 0 && fields.responsible() != f.Responsible {
			continue
		}
		if len(k) != 1+dateKeyLen {
			continue
		}
		tk := ^binary.BigEndian.Uint64(k[1:9]) // the timeKey of the date
		var ref Ref
		switch g.Kind {
		case GroupDay, GroupWeek, GroupMonth:
			if tk < periodLo || tk >= periodEnd || len(gs) == 0 {
				start := periodStart(g.Kind, timeFromKey(tk), weekStart)
				periodLo, periodEnd = timeKey(start), timeKey(PeriodEnd(g.Kind, start))
				gs = append(gs, acc{last: tk})
				starts = append(starts, start)
			}
			gs[len(gs)-1].count++
			continue
		case GroupType:
			ref = Ref{ID: ID(fields.typ())}
		case GroupResponsible:
			ref = Ref{RefEmployee, fields.responsible()}
		case GroupSubject:
			ref = fields.subject()
			if subjects != nil {
				if subjects.add(ref, tk); subjects.full {
					return nil, true
				}
				continue
			}
		}
		var i int32
		var ok bool
		if ref.ID < 1<<56 {
			i, ok = byRef[packRef(ref)]
		} else { // no id the store gives, too large to pack
			i, ok = odd[ref]
		}
		if !ok {
			i = int32(len(gs))
			if ref.ID < 1<<56 {
				byRef[packRef(ref)] = i
			} else {
				odd[ref] = i
			}
			gs = append(gs, acc{ref: ref, last: tk})
		}
		gs[i].count++
	}
	if subjects != nil {
		out := subjects.groups()
		sortTies(out)
		return out, true
	}
	out := make([]Group, len(gs))
	for i, a := range gs {
		gr := &out[i]
		gr.Count, gr.Unreviewed, gr.Last = a.count, a.count, timeFromKey(a.last)
		switch g.Kind {
		case GroupDay, GroupWeek, GroupMonth:
			gr.Key.Time = starts[i]
		case GroupType:
			gr.Key.Type = InteractionType(a.ref.ID)
		default:
			gr.Key.Ref = a.ref
		}
	}
	switch g.Kind {
	case GroupSubject:
		sortTies(out)
	case GroupType, GroupResponsible:
		sortGroups(out, g.Kind)
	}
	// Periods came newest first already.
	return out, true
}

// sortTies puts subject groups, already newest first by Last, in the
// order sortGroups gives: groups of the same Last by their refs' keys.
func sortTies(gs []Group) {
	for i := 0; i < len(gs); {
		j := i + 1
		for j < len(gs) && gs[j].Last.Equal(gs[i].Last) {
			j++
		}
		if j-i > 1 {
			sortGroups(gs[i:j], GroupSubject)
		}
		i = j
	}
}
