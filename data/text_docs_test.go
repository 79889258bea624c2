package data

import (
	"math/rand/v2"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestDocs_PutGetRemove stores, replaces and removes the words of random
// ids, some first kept in the older form under their own key: every
// lookup, walk and count agrees with a map of what was put.
func TestDocs_PutGetRemove(t *testing.T) {
	db, err := bolt.Open(t.TempDir()+"/d.db", 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r := rand.New(rand.NewPCG(11, 12))
	randomNums := func() []uint32 {
		var nums []uint32
		seen := map[uint32]bool{}
		for range r.IntN(30) {
			n := uint32(1 + r.IntN(400_000))
			if !seen[n] {
				seen[n] = true
				nums = append(nums, n)
			}
		}
		return nums
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket(ixTextDoc)
		if err != nil {
			return err
		}
		want := map[ID][]uint32{}
		for id := ID(60); id < 200; id += ID(1 + r.IntN(3)) { // the older form
			nums := randomNums()
			if len(nums) > 0 {
				want[id] = nums
				if err := b.Put(id.key(), encodeDoc(nums)); err != nil {
					return err
				}
			}
		}
		for op := 0; op < 4000; op++ {
			id := ID(r.IntN(300))
			nums := randomNums()
			if r.IntN(4) == 0 {
				nums = nil
			}
			if err := putDoc(b, id, nums); err != nil {
				return err
			}
			if len(nums) == 0 {
				delete(want, id)
			} else {
				want[id] = nums
			}
		}
		sorted := func(nums []uint32) []uint32 {
			s := slices.Clone(nums)
			slices.Sort(s)
			return s
		}
		var set wordSet
		for id := ID(0); id < 300; id++ {
			d, ok := getDoc(b, id)
			if ok != (want[id] != nil) || !slices.Equal(sorted(d.nums()), sorted(want[id])) {
				t.Fatalf("id %d: words %v (%v), want %v", id, d.nums(), ok, want[id])
			}
			if len(want[id]) > 0 {
				set = set[:0]
				set.add(want[id][r.IntN(len(want[id]))])
				if !d.hasAny(set) {
					t.Fatalf("id %d: a word it holds is not found", id)
				}
			}
		}
		n, bad := countDocs(b)
		if n != len(want) || len(bad) > 0 {
			t.Errorf("countDocs = %d, %x; want %d, none bad", n, bad, len(want))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestDocs_DamageFound(t *testing.T) {
	v := encodeDocBlock(64, []ID{65, 70}, [][]byte{encodeDocPart([]uint32{3, 1}), encodeDocPart([]uint32{7})})
	if !docParts(64, v, func(ID, []byte) {}) {
		t.Fatal("a packed key does not read")
	}
	for _, bad := range [][]byte{v[:len(v)-1], append(slices.Clone(v), 1), v[:5]} {
		if docParts(64, bad, func(ID, []byte) {}) {
			t.Errorf("damaged value %x reads", bad)
		}
	}
}
