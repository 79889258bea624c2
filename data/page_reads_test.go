package data

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// pageReadsDB opens a fresh bbolt file the way the store does (openBolt:
// the file bbolt reads kept) and fills bucket "ix" with fill.
func pageReadsDB(t *testing.T, fill func(b *bolt.Bucket) error) (*bolt.DB, *os.File) {
	t.Helper()
	db, file, err := openBolt(filepath.Join(t.TempDir(), "pages.db"), false)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if file == nil {
		t.Fatal("openBolt kept no file")
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("ix"))
		if err != nil {
			return err
		}
		return fill(b)
	}); err != nil {
		t.Fatal(err)
	}
	return db, file
}

func readerOf(tx *bolt.Tx, f *os.File) *pageReads {
	return (&Store{file: f}).pageReads(tx)
}

// TestPageReads_AsBbolt holds every answer of the plain reads to bbolt's
// own: each key of a bucket three levels deep, with values of every size
// from none to several pages (overflow pages), keys between and around
// them, and a nested bucket's key, which holds no value.
func TestPageReads_AsBbolt(t *testing.T) {
	const n = 20_000
	key := func(i int) []byte { // 9 bytes, as the names index's; even ids only
		var k [9]byte
		k[0] = byte(1 + i%3)
		binary.BigEndian.PutUint64(k[1:], uint64(i/3)*2)
		return k[:]
	}
	value := func(i int) []byte {
		switch {
		case i%997 == 0:
			return bytes.Repeat([]byte{byte(i)}, 5000+i%9000) // overflow pages
		default:
			return []byte(fmt.Sprintf("Имя %d %s", i, bytes.Repeat([]byte("ж"), i%40)))
		}
	}
	db, file := pageReadsDB(t, func(b *bolt.Bucket) error {
		for i := range n {
			if err := b.Put(key(i), value(i)); err != nil {
				return err
			}
		}
		_, err := b.CreateBucket(key(n + 1))
		return err
	})
	err := db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("ix"))
		if st := b.Stats(); st.Depth < 3 || st.LeafOverflowN == 0 {
			t.Fatalf("the test bucket is %d levels deep with %d overflow pages; want 3 and some", st.Depth, st.LeafOverflowN)
		}
		pr := readerOf(tx, file)
		if pr == nil {
			t.Fatal("no plain reader for a read transaction")
		}
		check := func(k []byte) {
			t.Helper()
			v, found, ok := pr.get(b, k)
			want := b.Get(k)
			if !ok {
				t.Fatalf("key %x: the plain read could not tell", k)
			}
			if found != (want != nil) || !bytes.Equal(v, want) {
				t.Fatalf("key %x: plain read found=%v %q, bbolt %q", k, found, v, want)
			}
		}
		for i := range n {
			check(key(i))
			between := key(i)
			between[8]++ // odd: between two keys
			check(between)
		}
		check(key(n + 1))        // the nested bucket
		check([]byte{0})         // before every key
		check([]byte{9, 9, 9})   // after every key
		check(key(n + 5))        // past the last
		check(append(key(7), 0)) // a longer key
		check(key(7)[:5])        // a shorter one
		check([]byte{})          // the empty key
		check(bytes.Repeat([]byte{0xff}, 40))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestPageReads_Walks holds walkNames and walkIDs with plain reads to the
// same walks through bbolt's cursor, for random sorted sets of refs, some
// of them not in the bucket.
func TestPageReads_Walks(t *testing.T) {
	const n = 12_000
	db, file := pageReadsDB(t, func(b *bolt.Bucket) error {
		for i := 1; i <= n; i++ {
			for _, kind := range []RefKind{RefPartner, RefDeal} {
				if i%7 == 0 && kind == RefDeal {
					continue // missing names
				}
				if err := b.Put(nameKey(Ref{kind, ID(i)}), []byte(fmt.Sprintf("%v %d", kind, i))); err != nil {
					return err
				}
			}
		}
		return nil
	})
	ids, file2 := pageReadsDB(t, func(b *bolt.Bucket) error {
		for i := 1; i <= n; i += 2 {
			if err := b.Put(ID(i).key(), []byte(fmt.Sprintf("тема %d", i))); err != nil {
				return err
			}
		}
		return nil
	})
	rng := rand.New(rand.NewPCG(1, 2))
	refsOf := func(kind RefKind, count int) []Ref {
		set := map[ID]bool{}
		for len(set) < count {
			set[ID(1+rng.IntN(n+20))] = true
		}
		var refs []Ref
		for id := range set {
			refs = append(refs, Ref{kind, id})
		}
		slices.SortFunc(refs, compareRefs)
		return refs
	}
	collect := func(walk func(fn func(i int, v []byte))) map[int]string {
		got := map[int]string{}
		walk(func(i int, v []byte) { got[i] = string(v) })
		return got
	}
	for round := range 40 {
		count := 1 + rng.IntN(pageReadsMax)
		kind := []RefKind{RefPartner, RefDeal}[round%2]
		refs := refsOf(kind, count)
		err := db.View(func(tx *bolt.Tx) error {
			b, pr := tx.Bucket([]byte("ix")), readerOf(tx, file)
			plain := collect(func(fn func(int, []byte)) { walkNames(b, pr, kind, refs, fn) })
			mapped := collect(func(fn func(int, []byte)) { walkNames(b, nil, kind, refs, fn) })
			if fmt.Sprint(plain) != fmt.Sprint(mapped) || len(plain) == 0 {
				t.Fatalf("round %d: walkNames with plain reads %v, through the mapping %v", round, plain, mapped)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		refs = refsOf(RefInteraction, count)
		err = ids.View(func(tx *bolt.Tx) error {
			b, pr := tx.Bucket([]byte("ix")), readerOf(tx, file2)
			plain := collect(func(fn func(int, []byte)) { walkIDs(b, pr, refs, fn) })
			mapped := collect(func(fn func(int, []byte)) { walkIDs(b, nil, refs, fn) })
			if fmt.Sprint(plain) != fmt.Sprint(mapped) || len(plain) == 0 && count > 4 {
				t.Fatalf("round %d: walkIDs with plain reads %v, through the mapping %v", round, plain, mapped)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestPageReads_LeavesToBbolt: what the plain reads cannot read as the
// transaction's pages (here another file, all zeros, read in its place)
// they leave to bbolt, and a walk still finds every value; a writing
// transaction and a store without its file get no plain reader.
func TestPageReads_LeavesToBbolt(t *testing.T) {
	db, file := pageReadsDB(t, func(b *bolt.Bucket) error {
		for i := 1; i <= 5000; i++ {
			if err := b.Put(ID(i).key(), []byte(fmt.Sprintf("тема %d", i))); err != nil {
				return err
			}
		}
		return nil
	})
	zeros := filepath.Join(t.TempDir(), "zeros")
	st, err := file.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(zeros, make([]byte, st.Size()), 0o600); err != nil {
		t.Fatal(err)
	}
	other, err := os.Open(zeros)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	refs := []Ref{{RefInteraction, 3}, {RefInteraction, 2500}, {RefInteraction, 4999}, {RefInteraction, 7000}}
	err = db.View(func(tx *bolt.Tx) error {
		b, pr := tx.Bucket([]byte("ix")), readerOf(tx, other)
		if _, _, ok := pr.get(b, ID(3).key()); ok {
			t.Fatal("a page of zeros read as the tree's page")
		}
		got := map[int]string{}
		walkIDs(b, pr, refs, func(i int, v []byte) { got[i] = string(v) })
		if want := map[int]string{0: "тема 3", 1: "тема 2500", 2: "тема 4999"}; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("the walk found %v, want %v", got, want)
		}
		if (&Store{}).pageReads(tx) != nil {
			t.Fatal("a store without its file has a plain reader")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if readerOf(tx, file) != nil {
			t.Fatal("a writing transaction has a plain reader")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestPageReads_LongValueToBbolt: a leaf whose value runs over more
// overflow pages than the plain reads take is left to bbolt, and a walk
// still finds every value, the long one too.
func TestPageReads_LongValueToBbolt(t *testing.T) {
	long := bytes.Repeat([]byte("long "), 20_000) // 100 000 bytes: 24 overflow pages
	db, file := pageReadsDB(t, func(b *bolt.Bucket) error {
		for i := 1; i <= 40; i++ {
			v := []byte(fmt.Sprintf("тема %d", i))
			if i == 20 {
				v = long
			}
			if err := b.Put(ID(i).key(), v); err != nil {
				return err
			}
		}
		return nil
	})
	err := db.View(func(tx *bolt.Tx) error {
		b, pr := tx.Bucket([]byte("ix")), readerOf(tx, file)
		if _, _, ok := pr.get(b, ID(20).key()); ok {
			t.Fatal("the plain reads took a leaf with 24 overflow pages")
		}
		var refs []Ref
		for i := 1; i <= 40; i++ {
			refs = append(refs, Ref{RefInteraction, ID(i)})
		}
		got := map[int]string{}
		walkIDs(b, pr, refs, func(i int, v []byte) { got[i] = string(v) })
		if len(got) != 40 || got[19] != string(long) || got[0] != "тема 1" {
			t.Fatalf("the walk found %d values (the long one %d bytes), want 40", len(got), len(got[19]))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
