package data

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// datesKey is the i-th key of the test's date index: 16 bytes, as a
// Cursor; even i only are stored.
func datesKey(i int) Cursor {
	var c Cursor
	binary.BigEndian.PutUint64(c[:8], uint64(i)*2)
	binary.BigEndian.PutUint64(c[8:], uint64(i))
	return c
}

// TestPageReads_LeafOf: leafOf names the leaf that get reads for every
// key, and refuses a depth whose pages are not branches.
func TestPageReads_LeafOf(t *testing.T) {
	db, file := pageReadsDB(t, func(b *bolt.Bucket) error {
		for i := range 60_000 {
			k := datesKey(i)
			if err := b.Put(k[:], bytes.Repeat([]byte{byte(i)}, 90+i%80)); err != nil {
				return err
			}
		}
		return nil
	})
	err := db.View(func(tx *bolt.Tx) error {
		b, pr := tx.Bucket([]byte("ix")), readerOf(tx, file)
		first := datesKey(0)
		if _, _, ok := pr.get(b, first[:]); !ok {
			t.Fatal("the plain read could not tell")
		}
		depth, _ := pr.leafRead()
		if st := b.Stats(); depth != st.Depth-1 || depth < 2 {
			t.Fatalf("leafDepth = %d in a bucket %d levels deep", depth, st.Depth)
		}
		for i := 0; i < 60_000; i += 37 {
			k := datesKey(i)
			leaf, ok := pr.leafOf(b, k[:], depth)
			_, got, _ := pr.get(b, k[:])
			if d, id := pr.leafRead(); !ok || !got || d != depth || id != leaf {
				t.Fatalf("key %d: leafOf = %d, %v; get read leaf %d at depth %d", i, leaf, ok, id, d)
			}
		}
		if _, ok := pr.leafOf(b, first[:], depth+1); ok {
			t.Fatal("leafOf went through a leaf as if it were a branch")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestFarSummaries_AsTheMapping: over rows far apart, near each other and
// missing, in the order a page asks for them (newest first), every
// summary farSummaries gives is the one bbolt holds; far rows are read
// plainly, and near ones too while they are in the leaf read last; the
// others near are left to the mapping.
func TestFarSummaries_AsTheMapping(t *testing.T) {
	const n = 60_000
	value := func(i int) []byte {
		return []byte(fmt.Sprintf("сводка %d %s", i, bytes.Repeat([]byte("ж"), i%60)))
	}
	db, file := pageReadsDB(t, func(b *bolt.Bucket) error {
		for i := range n {
			k := datesKey(i)
			if err := b.Put(k[:], value(i)); err != nil {
				return err
			}
		}
		return nil
	})
	rnd := rand.New(rand.NewPCG(7, 7))
	for _, gap := range []int{1, 40, 3000} { // the same leaf, neighbouring leaves, far apart
		var rows []int
		for i := n - 1 - rnd.IntN(gap); i >= 0 && len(rows) < 60; i -= 1 + rnd.IntN(2*gap) {
			rows = append(rows, i)
		}
		err := db.View(func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte("ix"))
			fs := farSummaries{reads: readerOf(tx, file)}
			var kept, keptKeys [][]byte
			plain, mapped, plainAfterMapped := 0, 0, 0
			for j, i := range rows {
				k := datesKey(i)
				if j%7 == 3 { // a key the index does not hold
					k[15]++
				}
				v, ok := fs.summary(b, k)
				if !ok {
					mapped++
					continue
				}
				plain++
				if mapped > 0 {
					plainAfterMapped++
				}
				if want := b.Get(k[:]); !bytes.Equal(v, want) || (v == nil) != (want == nil) {
					t.Fatalf("gap %d, row %d: %q, bbolt holds %q", gap, i, v, want)
				}
				kept, keptKeys = append(kept, v), append(keptKeys, k[:])
			}
			for j, v := range kept { // still as read: nothing was read over them
				if want := b.Get(keptKeys[j]); !bytes.Equal(v, want) {
					t.Fatalf("gap %d: summary %d is now %q, bbolt holds %q", gap, j, v, want)
				}
			}
			switch {
			case gap == 3000 && plain < len(rows)*3/4:
				t.Errorf("rows far apart: %d of %d read plainly", plain, len(rows))
			case gap == 1 && (plainAfterMapped > 0 || mapped == 0):
				// The first leaf is read plainly; the next ones, near it,
				// through the mapping.
				t.Errorf("rows side by side: %d of %d read plainly, %d of them after the mapping's first", plain, len(rows), plainAfterMapped)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	// A long listing, or a writing transaction, reads no summary plainly.
	err := db.Update(func(tx *bolt.Tx) error {
		fs := farSummaries{reads: readerOf(tx, file)}
		if _, ok := fs.summary(tx.Bucket([]byte("ix")), datesKey(1)); ok {
			t.Fatal("a writing transaction read a summary plainly")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
