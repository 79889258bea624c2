package ui

import (
	"os"
	"runtime/debug"
	"time"

	"interactions/data"
)

// The window's memory bounds (SPEC: a long session on a million
// interactions stays under 400 MB resident).
const (
	// heapLimit is the soft limit of the Go heap: near it the collector
	// runs more often instead of letting the heap double. GOMEMLIMIT in
	// the environment overrides it.
	heapLimit = 280 << 20
	// releaseEvery is how often the pages of the database file read
	// through bbolt's map are given back (see data.Store.ReleaseMapped).
	releaseEvery = 15 * time.Second
)

// boundMemory sets the heap limit and gives back the mapped pages of st
// every releaseEvery until stop is called.
func boundMemory(st *data.Store) (stop func()) {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(heapLimit)
	}
	return st.ReleaseEvery(releaseEvery)
}
