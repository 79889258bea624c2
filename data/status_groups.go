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
	// date, and a period's entries follow one another.
	// Room for every unreviewed interaction, at most, so that nothing grows.
	all, _ := decodeCounter(tx.Bucket(bucketCounters).Get([]byte{dimAll}))
	room := min(all.Unreviewed, 1<<20)
	var out []Group
	byRef := make(map[Ref]int)
	if g.Kind == GroupSubject {
		out = make([]Group, 0, room)
		byRef = make(map[Ref]int, room)
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
		switch g.Kind {
		case GroupDay, GroupWeek, GroupMonth:
			if tk < periodLo || tk >= periodEnd || len(out) == 0 {
				t := timeFromKey(tk)
				start := periodStart(g.Kind, t, weekStart)
				periodLo, periodEnd = timeKey(start), timeKey(PeriodEnd(g.Kind, start))
				out = append(out, Group{Key: GroupKey{Time: start}, Last: t})
			}
			out[len(out)-1].Count++
			out[len(out)-1].Unreviewed++
			continue
		}
		var ref Ref
		var typ InteractionType
		switch g.Kind {
		case GroupType:
			typ = fields.typ()
			ref = Ref{ID: ID(typ)}
		case GroupResponsible:
			ref = Ref{RefEmployee, fields.responsible()}
		case GroupSubject:
			ref = fields.subject()
		}
		i, ok := byRef[ref]
		if !ok {
			i = len(out)
			byRef[ref] = i
			key := GroupKey{Ref: ref}
			if g.Kind == GroupType {
				key = GroupKey{Type: typ}
			}
			out = append(out, Group{Key: key, Last: timeFromKey(tk)})
		}
		out[i].Count++
		out[i].Unreviewed++
	}
	if out == nil {
		out = []Group{}
	}
	sortGroups(out, g.Kind)
	return out, true
}
