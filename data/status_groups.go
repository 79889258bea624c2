package data

import (
	"time"

	bolt "go.etcd.io/bbolt"
)

// statusGroups answers a grouping by type, responsible, subject, day,
// week or month under a "to review" or "deferred" filter (with a
// responsible, or nothing, besides) from the unreviewed part of the status
// index alone: its values hold the fields these groupings read, so no row
// summary is read. It reports false when the filter or grouping is not of
// this kind.
func statusGroups(tx *bolt.Tx, f Filter, g GroupBy, now uint64, weekStart time.Weekday, add func(GroupKey, int, int, time.Time)) bool {
	if f.Status != StatusToReview && f.Status != StatusDeferred {
		return false
	}
	rest := f
	rest.Status, rest.Responsible, rest.Period = StatusAll, 0, PeriodFixed
	if !rest.IsEmpty() {
		return false
	}
	switch g.Kind {
	case GroupType, GroupResponsible, GroupSubject, GroupDay, GroupWeek, GroupMonth:
	default:
		return false
	}
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
		t := cursorFrom(k).Time()
		var key GroupKey
		switch g.Kind {
		case GroupType:
			key.Type = fields.typ()
		case GroupResponsible:
			key.Ref = Ref{RefEmployee, fields.responsible()}
		case GroupSubject:
			key.Ref = fields.subject()
		default:
			key.Time = periodStart(g.Kind, t, weekStart)
		}
		add(key, 1, 1, t)
	}
	return true
}
