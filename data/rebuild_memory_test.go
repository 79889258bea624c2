package data

import (
	"runtime/debug"
	"testing"
)

// TestLowerMemoryLimit lowers the soft limit for a rebuild and puts the
// one before back, and leaves a lower limit as it is.
func TestLowerMemoryLimit(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(1 << 40))
	restore := lowerMemoryLimit(rebuildMemoryLimit(1_000_000))
	if got := debug.SetMemoryLimit(-1); got != 700<<20 {
		t.Errorf("limit during a rebuild of a million %d, want the floor of 700 MB", got)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("limit after %d, want %d", got, int64(1<<40))
	}
	debug.SetMemoryLimit(100 << 20)
	restore = lowerMemoryLimit(rebuildMemoryLimit(10))
	if got := debug.SetMemoryLimit(-1); got != 100<<20 {
		t.Errorf("a lower limit set before became %d", got)
	}
	restore()
	if got := rebuildMemoryLimit(10); got != 700<<20 {
		t.Errorf("limit for ten records %d, want the floor of 700 MB", got)
	}
	if got := rebuildMemoryLimit(4_000_000); got != 2_800_000_000 {
		t.Errorf("limit for four million %d, want 2 800 000 000", got)
	}
}

// TestStreamMemoryLimit grows the limit with a stream's interactions, not
// above the limit before, and puts that one back.
func TestStreamMemoryLimit(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(3 << 30))
	l := newStreamMemoryLimit()
	for _, c := range []struct {
		n    int
		want int64
	}{{10, 700 << 20}, {1_000_000, 700 << 20}, {2_000_000, 1_400_000_000}, {10_000_000, 3 << 30}} {
		l.grow(c.n)
		if got := debug.SetMemoryLimit(-1); got != c.want {
			t.Errorf("limit after %d interactions %d, want %d", c.n, got, c.want)
		}
	}
	l.restore()
	if got := debug.SetMemoryLimit(-1); got != 3<<30 {
		t.Errorf("limit after the load %d, want %d", got, int64(3<<30))
	}
}
