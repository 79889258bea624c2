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

// hourNumber is the hour of t counted from 1970-01-01 00:00 UTC. Counters
// are kept per hour, which serves any time zone with a whole-hour offset.
func hourNumber(t time.Time) int32 {
	return int32(t.Unix() / 3600)
}

// hourKey is the counter key of the hour of t.
func hourKey(t time.Time) []byte {
	return binary.BigEndian.AppendUint32([]byte{dimHour}, uint32(hourNumber(t))^(1<<31))
}

// hourFromKey is the start of the hour of a counter key.
func hourFromKey(k []byte) time.Time {
	h := int32(binary.BigEndian.Uint32(k[1:]) ^ (1 << 31))
	return time.Unix(int64(h)*3600, 0)
}

func prefixed(prefix []byte, c Cursor) []byte {
	k := make([]byte, 0, len(prefix)+dateKeyLen)
	k = append(k, prefix...)
	return append(k, c[:]...)
}
