package cli

import (
	"runtime/debug"
	"testing"
)

// TestCollectOnlyNearLimit_Restores turns the proportional collector off
// for a listing and back as it was afterwards, with the soft limit.
func TestCollectOnlyNearLimit_Restores(t *testing.T) {
	percent := debug.SetGCPercent(150)
	limit := debug.SetMemoryLimit(1 << 40)
	defer func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}()
	restore := collectOnlyNearLimit()
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("during a listing GC percent %d, want -1 (off)", got)
	}
	if got := debug.SetMemoryLimit(-1); got != listMemoryLimit {
		t.Errorf("during a listing memory limit %d, want %d", got, listMemoryLimit)
	}
	restore()
	if got := debug.SetGCPercent(150); got != 150 {
		t.Errorf("after a listing GC percent %d, want 150", got)
	}
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("after a listing memory limit %d, want %d", got, int64(1<<40))
	}
}
