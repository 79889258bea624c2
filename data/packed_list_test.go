package data

import (
	"bytes"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// randomKey is a date key of one of a few hundred minutes, so that lists
// hold neighbours of every kind of difference.
func randomKey(rng *rand.Rand) Cursor {
	var c Cursor
	t := uint64(1<<62) + uint64(rng.IntN(400))*60e9
	if rng.IntN(4) == 0 {
		t += uint64(rng.IntN(1e9))
	}
	for i := range 8 {
		c[i] = byte(t >> (56 - 8*i))
	}
	id := uint64(rng.IntN(5000))
	for i := range 8 {
		c[8+i] = byte(id >> (56 - 8*i))
	}
	return c
}

// TestPackedList_AddRemoveAndCursor adds and removes keys of three lists
// (two of which share a first byte; the prefixes of one index are never
// the start of one another's, as here) at random through listAdd and
// listRemove, and after each round compares every list with a plain set:
// read whole, by eachListKey, and by the cursor's moves (Seek, SeekLE,
// Next, Prev, First, Last) from random places; every block keeps its
// shape (checkListBlocks).
func TestPackedList_AddRemoveAndCursor(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "l.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	prefixes := [][]byte{{1, 1}, {1, 2}, {3, 0}}
	model := make([]map[Cursor]bool, len(prefixes))
	for i := range model {
		model[i] = map[Cursor]bool{}
	}
	rng := rand.New(rand.NewPCG(7, 7))
	for round := range 40 {
		err := db.Update(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists([]byte("l"))
			if err != nil {
				return err
			}
			for range 60 {
				i := rng.IntN(len(prefixes))
				k := randomKey(rng)
				if round%5 == 4 && len(model[i]) > 0 && rng.IntN(3) > 0 {
					// Remove a key that is there.
					for m := range model[i] {
						k = m
						break
					}
				}
				if model[i][k] || round%5 == 4 {
					delete(model[i], k)
					if err := listRemove(b, prefixes[i], k); err != nil {
						return err
					}
				} else {
					model[i][k] = true
					if err := listAdd(b, prefixes[i], k); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		db.View(func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte("l"))
			if probs := checkListBlocks(b, "l", func([]byte) bool { return true }); len(probs) > 0 {
				t.Fatalf("round %d: %q", round, probs)
			}
			for i, p := range prefixes {
				want := slices.SortedFunc(func(yield func(Cursor) bool) {
					for k := range model[i] {
						if !yield(k) {
							return
						}
					}
				}, cmpCursor)
				compareList(t, b, p, want, rng)
			}
			return nil
		})
	}
}

// compareList compares the packed list of prefix with want (sorted).
func compareList(t *testing.T, b *bolt.Bucket, prefix []byte, want []Cursor, rng *rand.Rand) {
	t.Helper()
	var got []Cursor
	lc := newListCursor(b, prefix)
	for k, ok := lc.First(); ok; k, ok = lc.Next() {
		got = append(got, k)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("list %x: First/Next read %d keys, want %d", prefix, len(got), len(want))
	}
	got = got[:0]
	for k, ok := lc.Last(); ok; k, ok = lc.Prev() {
		got = append(got, k)
	}
	slices.Reverse(got)
	if !slices.Equal(got, want) {
		t.Fatalf("list %x: Last/Prev read %d keys, want %d", prefix, len(got), len(want))
	}
	got = got[:0]
	eachListKey(b, prefix, func(dk Cursor) bool { got = append(got, dk); return true })
	if !slices.Equal(got, want) {
		t.Fatalf("list %x: eachListKey read %d keys, want %d", prefix, len(got), len(want))
	}
	for range 20 {
		at := randomKey(rng)
		if len(want) > 0 && rng.IntN(2) == 0 {
			at = want[rng.IntN(len(want))]
		}
		i, _ := slices.BinarySearchFunc(want, at, cmpCursor)
		k, ok := lc.Seek(at)
		if ok != (i < len(want)) || ok && k != want[i] {
			t.Fatalf("list %x: Seek(%x) = %x, %v; want place %d of %d", prefix, at, k, ok, i, len(want))
		}
		if ok && i+1 < len(want) {
			if k, ok := lc.Next(); !ok || k != want[i+1] {
				t.Fatalf("list %x: Next after Seek = %x, %v", prefix, k, ok)
			}
		}
		j, found := slices.BinarySearchFunc(want, at, cmpCursor)
		if !found {
			j--
		}
		k, ok = lc.SeekLE(at)
		if ok != (j >= 0) || ok && k != want[j] {
			t.Fatalf("list %x: SeekLE(%x) = %x, %v; want place %d", prefix, at, k, ok, j)
		}
		if ok && j > 0 {
			if k, ok := lc.Prev(); !ok || k != want[j-1] {
				t.Fatalf("list %x: Prev after SeekLE = %x, %v", prefix, k, ok)
			}
		}
	}
}

// TestListStream_AsIndexStream walks a packed list and the same keys
// written one per key with the same spans (periods, a page's start,
// either order): both streams yield the same keys.
func TestListStream_AsIndexStream(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "s.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rng := rand.New(rand.NewPCG(3, 9))
	var keys []Cursor
	for range 700 {
		keys = append(keys, randomKey(rng))
	}
	slices.SortFunc(keys, cmpCursor)
	keys = slices.Compact(keys)
	prefix := []byte{9, 9}
	err = db.Update(func(tx *bolt.Tx) error {
		packed, _ := tx.CreateBucket([]byte("packed"))
		single, _ := tx.CreateBucket([]byte("single"))
		for _, k := range keys {
			if err := single.Put(prefixed(prefix, k), nil); err != nil {
				return err
			}
		}
		// A neighbour list on either side.
		single.Put(prefixed([]byte{9, 8}, keys[0]), nil)
		single.Put(prefixed([]byte{9, 10}, keys[0]), nil)
		putList(packed.Put, []byte{9, 8}, keys[:3])
		putList(packed.Put, []byte{9, 10}, keys[:3])
		return putList(packed.Put, prefix, keys)
	})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *bolt.Tx) error {
		for range 200 {
			sp := span{hi: maxCursor, desc: rng.IntN(2) == 0}
			if rng.IntN(2) == 0 {
				a, b := randomKey(rng), randomKey(rng)
				if cmpCursor(a, b) > 0 {
					a, b = b, a
				}
				sp.lo, sp.hi = a, b
			}
			if rng.IntN(2) == 0 {
				sp.after, sp.hasAfter = keys[rng.IntN(len(keys))], true
			}
			var want, got []Cursor
			for s := stream(newIndexStream(tx.Bucket([]byte("single")), prefix, sp)); ; {
				k, _, ok := s.next()
				if !ok {
					break
				}
				want = append(want, k)
			}
			for s := stream(newListStream(tx.Bucket([]byte("packed")), prefix, sp)); ; {
				k, _, ok := s.next()
				if !ok {
					break
				}
				got = append(got, k)
			}
			if !slices.EqualFunc(got, want, func(a, b Cursor) bool { return bytes.Equal(a[:], b[:]) }) {
				t.Fatalf("span %+v: list stream %d keys, index stream %d", sp, len(got), len(want))
			}
		}
		return nil
	})
}

// BenchmarkListStream walks a list of 20 000 date keys, packed and one
// key each, for a first page (50 keys) and whole: the cost of the stream
// a page is driven from, without the rows.
func BenchmarkListStream(b *testing.B) {
	db, err := bolt.Open(filepath.Join(b.TempDir(), "s.db"), 0o600, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	keys := make([]Cursor, 0, 20000)
	for len(keys) < cap(keys) {
		keys = append(keys, randomKey(rng))
	}
	slices.SortFunc(keys, cmpCursor)
	keys = slices.Compact(keys)
	prefix := []byte{2, 0, 0, 0, 0, 0, 0, 0, 7}
	err = db.Update(func(tx *bolt.Tx) error {
		packed, _ := tx.CreateBucket([]byte("packed"))
		single, _ := tx.CreateBucket([]byte("single"))
		for _, k := range keys {
			if err := single.Put(prefixed(prefix, k), nil); err != nil {
				return err
			}
		}
		return putList(packed.Put, prefix, keys)
	})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{50, len(keys)} {
		for _, form := range []string{"single", "packed"} {
			b.Run(form+"/"+itoa(n), func(b *testing.B) {
				db.View(func(tx *bolt.Tx) error {
					bk := tx.Bucket([]byte(form))
					for b.Loop() {
						var s stream
						sp := span{hi: maxCursor}
						if form == "packed" {
							s = newListStream(bk, prefix, sp)
						} else {
							s = newIndexStream(bk, prefix, sp)
						}
						for range n {
							if _, _, ok := s.next(); !ok {
								b.Fatal("short")
							}
						}
					}
					return nil
				})
			})
		}
	}
}
