//go:build linux

package data

import (
	"bytes"
	"encoding/binary"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestWalkLeaves holds the leaves prefaultLeaves would map to the keys a
// cursor reads: for walks from several keys, both ways, with and without an
// end, the leaves found are leaf pages of the bucket, each found once, and
// their keys cover the keys the cursor reads — at most one leaf's worth
// more at each end.
func TestWalkLeaves(t *testing.T) {
	const n = 30_000
	path := filepath.Join(t.TempDir(), "walk.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	key := func(i int) []byte {
		var k [16]byte
		binary.BigEndian.PutUint64(k[:], uint64(i)*2) // even numbers: odd ones fall between keys
		binary.BigEndian.PutUint64(k[8:], ^uint64(i))
		return k[:]
	}
	value := bytes.Repeat([]byte("summary "), 20)
	for from := 0; from < n; from += 5000 {
		err := db.Update(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists([]byte("ix"))
			if err != nil {
				return err
			}
			for i := from; i < from+5000; i++ {
				if err := b.Put(key(i), value); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	between := func(i int) []byte { // a key that sorts between key(i) and key(i+1)
		k := key(i)
		k[7]++
		return k
	}
	err = db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("ix"))
		leafN := b.Stats().LeafPageN
		for _, c := range []struct {
			name       string
			start, end []byte
			desc       bool
			lo, hi     int // the keys the cursor reads: key(lo) … key(hi)
		}{
			{"all", key(0), nil, false, 0, n - 1},
			{"from the middle", key(12_345), nil, false, 12_345, n - 1},
			{"between keys", between(777), nil, false, 778, n - 1},
			{"a range", key(5_000), key(9_000), false, 5_000, 9_000},
			{"a range ending between keys", between(5_000), between(9_000), false, 5_001, 9_000},
			{"backwards, all", key(n - 1), nil, true, 0, n - 1},
			{"backwards from the middle", key(20_000), nil, true, 0, 20_000},
			{"backwards, a range", between(20_000), key(15_000), true, 15_000, 20_000},
		} {
			w := walkLeaves(db, b, c.start, c.end, c.desc, 100*n) // rows enough for any leaf count
			if w == nil {
				t.Fatalf("%s: no walk", c.name)
			}
			seen := map[uint64]bool{}
			keys := 0
			for _, id := range w.leaves {
				info, err := tx.Page(int(id))
				if err != nil || info == nil || info.Type != "leaf" {
					t.Fatalf("%s: page %d is no leaf (%v, %v)", c.name, id, info, err)
				}
				if seen[id] {
					t.Fatalf("%s: page %d found twice", c.name, id)
				}
				seen[id] = true
				keys += info.Count
			}
			want := c.hi - c.lo + 1
			perLeaf := n / leafN
			if keys < want || keys > want+4*perLeaf {
				t.Errorf("%s: %d leaves hold %d keys; the cursor reads %d (about %d a leaf)", c.name, len(w.leaves), keys, want, perLeaf)
			}
			if c.name == "all" || c.name == "backwards, all" {
				if len(w.leaves) != leafN {
					t.Errorf("%s: %d leaves, the bucket has %d", c.name, len(w.leaves), leafN)
				}
			}
		}
		// A page of rows takes about as many leaves as the rows fill.
		w := walkLeaves(db, b, key(100), nil, false, 1000)
		if got, most := len(w.leaves), 1000/(n/leafN)+4; got < 2 || got > most {
			t.Errorf("a page of 1000 rows: %d leaves, want 2…%d", got, most)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
