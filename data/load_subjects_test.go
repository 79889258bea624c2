package data

import (
	"math/rand/v2"
	"testing"
)

// TestSubjectTable_EqualsMap puts dense, sparse and mixed ids into a
// subjectTable and a map and reads every id back from both, with ids
// that were never put among them.
func TestSubjectTable_EqualsMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var ids []ID
	for i := 1; i <= 20000; i++ {
		ids = append(ids, ID(i)) // dense, in order
	}
	for i := 0; i < 2000; i++ {
		ids = append(ids, ID(r.Uint64N(1<<40))+1<<20) // far above
	}
	for i := 20001; i <= 60000; i += 1 + int(r.IntN(3)) {
		ids = append(ids, ID(i)) // dense again, with gaps
	}
	ids = append(ids, 100_000, 90_000) // sparse when put, dense later
	for i := 60001; i <= 120000; i++ {
		ids = append(ids, ID(i))
	}
	var tab subjectTable
	want := map[ID]Ref{}
	for _, id := range ids {
		if _, dup := want[id]; dup {
			continue
		}
		s := Ref{Kind: RefKind(1 + r.IntN(5)), ID: ID(r.Uint64N(1 << 30))}
		want[id] = s
		tab.put(id, s)
	}
	check := func(id ID) {
		s, ok := tab.get(id)
		ws, wok := want[id]
		if s != ws || ok != wok {
			t.Fatalf("id %d: got %v %v, want %v %v", id, s, ok, ws, wok)
		}
	}
	for _, id := range ids {
		check(id)
		check(id + 1)
	}
	check(0)
	check(ID(len(tab.dense)))
	if len(tab.dense) < 120000 || len(tab.sparse) > 2100 {
		t.Fatalf("dense %d, sparse %d: want the dense ids in the slice", len(tab.dense), len(tab.sparse))
	}
}
