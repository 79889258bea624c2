package data

import (
	"encoding/binary"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The activity counters count interactions per local calendar day, type
// and responsible. Their key is
//
//	dimActivity | day number (4, offset so that it sorts) | type (1) | responsible (8)
//
// so that a period is one range of keys: the activity report reads two
// years from a few thousand counters and never visits an interaction.

// dayNumber is the number of the local calendar day of t, counted from
// 1970-01-01.
func dayNumber(t time.Time) int32 {
	y, m, d := t.In(time.Local).Date()
	return int32(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// dayFromNumber is the local midnight of day number n.
func dayFromNumber(n int32) time.Time {
	y, m, d := time.Unix(int64(n)*86400, 0).UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.Local)
}

func activityDayPrefix(day int32) []byte {
	return binary.BigEndian.AppendUint32([]byte{dimActivity}, uint32(day)^(1<<31))
}

// activityFromKey splits an activity counter key.
func activityFromKey(k []byte) (day int32, typ InteractionType, responsible ID) {
	day = int32(binary.BigEndian.Uint32(k[1:5]) ^ (1 << 31))
	return day, InteractionType(k[5]), idFromKey(k[6:14])
}

// newestActivity finds the newest interaction of an activity counter's
// day, type and responsible through the responsible index.
func (w *writer) newestActivity(counterKey []byte) uint64 {
	day, typ, resp := activityFromKey(counterKey)
	start := dayFromNumber(day)
	end := dayFromNumber(day + 1)
	prefix := resp.key()
	dates := w.b(ixDate)
	lc := newListCursor(w.b(ixResponsible), prefix)
	for dk, ok := lc.Seek(dateKey(end.Add(-time.Nanosecond), 0)); ok; dk, ok = lc.Next() {
		if dk.Time().Before(start) {
			return 0
		}
		if s := summary(dates.Get(dk[:])); len(s) >= sumFixed && s.typ() == typ && !s.deleted() {
			return timeKey(dk.Time())
		}
	}
	return 0
}

// ActivityCount is how many interactions of one type one employee was
// responsible for in one period (those marked for deletion left out).
type ActivityCount struct {
	Period      time.Time // local midnight of the period's first day
	Type        InteractionType
	Responsible ID
	Total       int
	Unreviewed  int
}

// Activity returns the activity of the local days from from's day up to,
// not including, to's day, summed per period (GroupDay, GroupWeek with
// weeks from first, or GroupMonth), type and responsible, oldest period
// first. It reads the counters only: no interaction is visited.
func (s *Store) Activity(from, to time.Time, by GroupKind, first time.Weekday) ([]ActivityCount, error) {
	type cell struct {
		period int32
		typ    InteractionType
		resp   ID
	}
	var out []ActivityCount
	index := map[cell]int{}
	err := s.view(func(tx *bolt.Tx) error {
		last := dayNumber(to)
		curDay, curPeriod := int32(-1<<31), int32(0)
		var periodStart time.Time
		c := tx.Bucket(bucketCounters).Cursor()
		for k, v := c.Seek(activityDayPrefix(dayNumber(from))); len(k) == 14 && k[0] == dimActivity; k, v = c.Next() {
			day, typ, resp := activityFromKey(k)
			if day >= last {
				break
			}
			if day != curDay {
				curDay = day
				periodStart = periodStartOf(by, dayFromNumber(day), first)
				curPeriod = dayNumber(periodStart)
			}
			cnt, _ := decodeCounter(v)
			key := cell{curPeriod, typ, resp}
			i, ok := index[key]
			if !ok {
				i = len(out)
				index[key] = i
				out = append(out, ActivityCount{Period: periodStart, Type: typ, Responsible: resp})
			}
			out[i].Total += cnt.Total
			out[i].Unreviewed += cnt.Unreviewed
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("data: activity: %w", err)
	}
	return out, nil
}

// periodStartOf is the local start of the day, week or month holding day.
func periodStartOf(by GroupKind, day time.Time, first time.Weekday) time.Time {
	switch by {
	case GroupWeek, GroupMonth:
		return periodStart(by, day, first)
	}
	return day
}
