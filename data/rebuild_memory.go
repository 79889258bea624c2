package data

import "runtime/debug"

// rebuildHeapPerRecord is the Go heap a rebuild's indexer holds for each
// interaction at its peak (its lists as varint differences and its
// counters): some 560 MB at a million.
const rebuildHeapPerRecord = 560

// rebuildMemoryLimit is the soft limit of the Go heap while a rebuild of
// total interactions runs: a quarter above what is live at the peak, at
// least 700 MB. Without it the collector lets the heap grow to twice what
// is live, and the rebuild of a million peaked at 1.85 GB of memory
// (the file's pages included); with it at 1.29 GB, one second slower. A
// limit below the live heap would have the collector run without pause,
// so it grows with the records.
func rebuildMemoryLimit(total int) int64 {
	return max(700<<20, int64(total)*rebuildHeapPerRecord*5/4)
}

// lowerMemoryLimit sets the soft memory limit to limit unless one as low
// is set already (GOMEMLIMIT, or a caller's); the returned func puts the
// one before back.
func lowerMemoryLimit(limit int64) (restore func()) {
	l := newStreamMemoryLimit()
	l.to(limit)
	return l.restore
}

// streamMemoryLimit is lowerMemoryLimit for a load whose size shows as it
// streams in: grow sets the limit for the interactions delivered so far
// (rebuildMemoryLimit), never above the limit before it. A million-row
// demo peaked at 0.92 GB without it.
type streamMemoryLimit struct {
	before, set int64
}

func newStreamMemoryLimit() *streamMemoryLimit {
	l := &streamMemoryLimit{before: debug.SetMemoryLimit(-1)}
	l.set = l.before
	return l
}

// grow sets the limit for n interactions.
func (l *streamMemoryLimit) grow(n int) { l.to(rebuildMemoryLimit(n)) }

// to sets the limit to limit, or to the one before when that is lower.
func (l *streamMemoryLimit) to(limit int64) {
	if limit = min(l.before, limit); limit != l.set {
		debug.SetMemoryLimit(limit)
		l.set = limit
	}
}

// restore puts the limit before back.
func (l *streamMemoryLimit) restore() {
	if l.set != l.before {
		debug.SetMemoryLimit(l.before)
		l.set = l.before
	}
}
