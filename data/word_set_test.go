package data

import (
	"math/rand/v2"
	"testing"
)

// TestWordSet holds a word set against a map: numbers on either side of
// each 64-bit word, far numbers, and numbers past the set's end.
func TestWordSet(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	var s wordSet
	want := map[uint32]bool{}
	for _, n := range []uint32{0, 63, 64, 127, 128, 1 << 20} {
		s.add(n)
		want[n] = true
	}
	for range 2000 {
		n := uint32(r.IntN(50_000))
		s.add(n)
		want[n] = true
	}
	for n := uint32(0); n < 70_000; n++ {
		if s.has(n) != want[n] {
			t.Fatalf("has(%d) = %v, want %v", n, s.has(n), want[n])
		}
	}
	for _, n := range []uint32{1<<20 - 1, 1<<20 + 1, 1 << 31, ^uint32(0)} {
		if s.has(n) {
			t.Errorf("has(%d) = true, never added", n)
		}
	}
	if !s.has(1 << 20) {
		t.Error("has(1<<20) = false, added")
	}
	var empty wordSet
	if empty.has(0) {
		t.Error("an empty set has 0")
	}
}
