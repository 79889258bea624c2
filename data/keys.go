package data

import (
	"encoding/binary"
	"time"
)

// timeKey maps a time to 8 bytes that sort oldest first; the zero time sorts first.
func timeKey(t time.Time) uint64 {
	if t.IsZero() {
		return 0
	}
	return uint64(t.UnixNano()) ^ (1 << 63)
}

func timeFromKey(u uint64) time.Time {
	if u == 0 {
		return time.Time{}
	}
	return time.Unix(0, int64(u^(1<<63)))
}

// dateKeyLen is the length of a date key: inverted time and id.
const dateKeyLen = 16

// Cursor is a position in the interaction list: the date key of a row.
// Rows sort newest first by date key; the zero Cursor is the start.
type Cursor [dateKeyLen]byte

// dateKey returns the key that sorts interactions newest first.
func dateKey(t time.Time, id ID) Cursor {
	var c Cursor
	binary.BigEndian.PutUint64(c[:8], ^timeKey(t))
	binary.BigEndian.PutUint64(c[8:], uint64(id))
	return c
}

// ID returns the id of the row at the cursor.
func (c Cursor) ID() ID { return ID(binary.BigEndian.Uint64(c[8:])) }

// Time returns the date of the row at the cursor.
func (c Cursor) Time() time.Time { return timeFromKey(^binary.BigEndian.Uint64(c[:8])) }

// IsZero reports whether the cursor is the start of the list.
func (c Cursor) IsZero() bool { return c == Cursor{} }

func cursorFrom(b []byte) Cursor {
	var c Cursor
	copy(c[:], b[len(b)-dateKeyLen:])
	return c
}

// periodKeys returns the date keys bounding [from, to): rows before to
// have keys ≥ lo; rows at or after from have keys ≤ hi. A zero bound is
// open (hasHi false for a zero from).
func periodKeys(from, to time.Time) (lo, hi Cursor, hasHi bool) {
	if !to.IsZero() {
		lo = dateKey(to.Add(-time.Nanosecond), 0)
	}
	if !from.IsZero() {
		hi = dateKey(from, ^ID(0))
		hasHi = true
	}
	return lo, hi, hasHi
}

// dayNumber is the local calendar day of t as days since 1970-01-01.
func dayNumber(t time.Time) int32 {
	y, m, d := t.In(time.Local).Date()
	return int32(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// dayTime is the local midnight of a day number.
func dayTime(n int32) time.Time {
	u := time.Unix(int64(n)*86400, 0).UTC()
	return time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, time.Local)
}

func prefixed(prefix []byte, c Cursor) []byte {
	k := make([]byte, 0, len(prefix)+dateKeyLen)
	k = append(k, prefix...)
	return append(k, c[:]...)
}
