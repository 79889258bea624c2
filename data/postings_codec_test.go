package data

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// randomKeys returns n sorted distinct date keys whose gaps mix whole
// minutes, whole seconds, nanoseconds, equal times and huge jumps, with
// ids rising, falling and jumping.
func randomKeys(r *rand.Rand, n int) []Cursor {
	t := time.Date(2020+r.IntN(8), 1, 1, 0, 0, 0, 0, time.UTC)
	id := ID(1 + r.IntN(1_000_000))
	seen := map[Cursor]bool{}
	var keys []Cursor
	for len(keys) < n {
		switch r.IntN(6) {
		case 0:
			t = t.Add(time.Duration(r.IntN(10_000)) * time.Minute)
		case 1:
			t = t.Add(time.Duration(r.IntN(100_000)) * time.Second)
		case 2:
			t = t.Add(time.Duration(r.Int64N(1e12)))
		case 3:
			t = t.AddDate(-r.IntN(300), 0, 0)
		}
		switch r.IntN(3) {
		case 0:
			id += ID(r.IntN(5))
		case 1:
			id -= ID(r.Uint64N(uint64(id)))
		default:
			id = ID(r.Uint64())
		}
		k := dateKey(t, id)
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	if r.IntN(10) == 0 {
		keys[0] = dateKey(time.Time{}, id) // the zero date
	}
	slices.SortFunc(keys, func(a, b Cursor) int { return bytes.Compare(a[:], b[:]) })
	return keys
}

func TestPostingBlock_RoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 2000; round++ {
		keys := randomKeys(r, 1+r.IntN(blockMaxPacked))
		k := append(postingPrefix("слово"), keys[0][:]...)
		v := encodeBlock(keys)
		if !isPacked(k, v) {
			t.Fatalf("round %d: a packed block is not taken for one", round)
		}
		got, err := decodeBlock(nil, k, v)
		if err != nil || !slices.Equal(got, keys) {
			t.Fatalf("round %d: decode = %d keys, %v; want the %d keys written", round, len(got), err, len(keys))
		}
		var whole []byte
		for _, c := range keys {
			whole = append(whole, c[:]...)
		}
		if isPacked(k, whole) {
			t.Fatalf("round %d: a block of whole keys is taken for a packed one", round)
		}
		if got, err := decodeBlock(nil, k, whole); err != nil || !slices.Equal(got, keys) {
			t.Fatalf("round %d: whole keys decode = %d keys, %v", round, len(got), err)
		}
	}
}

// TestPostingBlock_Size holds the packed form to its point: a common
// word's keys (minutes apart, ids close) take a few bytes each.
func TestPostingBlock_Size(t *testing.T) {
	base := time.Date(2026, 3, 1, 9, 0, 0, 0, time.Local)
	var keys []Cursor
	for i := range blockMaxPacked {
		keys = append(keys, dateKey(base.Add(-time.Duration(i*7)*time.Minute), ID(500_000-i*3)))
	}
	if v := encodeBlock(keys); len(v) > 1+2*(len(keys)-1) {
		t.Errorf("packed block of %d keys: %d bytes, want at most %d", len(keys), len(v), 1+2*(len(keys)-1))
	}
}

func FuzzDecodeBlock(f *testing.F) {
	r := rand.New(rand.NewPCG(3, 4))
	keys := randomKeys(r, 20)
	f.Add(append(postingPrefix("w"), keys[0][:]...), encodeBlock(keys))
	f.Add([]byte("w\x00"), []byte{0, 0x83})
	f.Fuzz(func(t *testing.T, k, v []byte) {
		keys, err := decodeBlock(nil, k, v)
		// A key dated after 2259 (first byte 0) is where the forms could
		// be taken for each other; no date key has it.
		if err == nil && isPacked(k, v) && len(keys) > 0 && keys[0][0] != 0 {
			if got, err := decodeBlock(nil, k, encodeBlock(keys)); err != nil || !slices.Equal(got, keys) {
				t.Fatalf("re-encoded block decodes to %d keys, %v; want %d", len(got), err, len(keys))
			}
		}
	})
}

// TestPostings_AddRemoveOnWholeKeyBlocks adds and removes postings one
// at a time (listApply) in blocks of the older form: the blocks written
// become packed and every posting stays as a set would have it.
func TestPostings_AddRemoveOnWholeKeyBlocks(t *testing.T) {
	db, err := bolt.Open(t.TempDir()+"/p.db", 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r := rand.New(rand.NewPCG(5, 6))
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket(ixText)
		if err != nil {
			return err
		}
		want := map[string]map[Cursor]bool{}
		for _, w := range []string{"поставка", "поставки", "счет"} {
			keys := randomKeys(r, 300)
			want[w] = map[Cursor]bool{}
			for i := 0; i < len(keys); i += blockMax { // the older form
				var v []byte
				for _, k := range keys[i:min(len(keys), i+blockMax)] {
					v = append(v, k[:]...)
					want[w][k] = true
				}
				if err := b.Put(append(postingPrefix(w), keys[i][:]...), v); err != nil {
					return err
				}
			}
		}
		for op := 0; op < 3000; op++ {
			w := []string{"поставка", "поставки", "счет", "новое"}[r.IntN(4)]
			if want[w] == nil {
				want[w] = map[Cursor]bool{}
			}
			k := randomKeys(r, 1)[0]
			if r.IntN(2) == 0 && len(want[w]) > 0 {
				for c := range want[w] { // any present one
					k = c
					break
				}
				if err := listApply(b, postingPrefix(w), []listOp{{k, false}}); err != nil {
					return err
				}
				delete(want[w], k)
				continue
			}
			if err := listApply(b, postingPrefix(w), []listOp{{k, true}}); err != nil {
				return err
			}
			want[w][k] = true
		}
		got := map[string]map[Cursor]bool{}
		eachPosting(b, func(word []byte, dk Cursor) {
			if got[string(word)] == nil {
				got[string(word)] = map[Cursor]bool{}
			}
			got[string(word)][dk] = true
		})
		for w, set := range want {
			if len(got[w]) != len(set) {
				t.Errorf("%s: %d postings, want %d", w, len(got[w]), len(set))
			}
			for k := range set {
				if !got[w][k] {
					t.Errorf("%s: posting %x lost", w, k)
				}
			}
		}
		if probs := checkBlocks(b); len(probs) > 0 {
			t.Errorf("checkBlocks = %q", probs)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestPostingBlock_DamageFound(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	keys := randomKeys(r, 50)
	k := append(postingPrefix("w"), keys[0][:]...)
	v := encodeBlock(keys)
	if _, err := decodeBlock(nil, k, append(v, 0x80)); err == nil {
		t.Error("a block cut inside a number reads without error")
	}
	if _, err := decodeBlock(nil, k, append(v, binary.AppendUvarint(nil, 4)...)); err == nil {
		t.Error("a block cut between a time and an id reads without error")
	}
}

// TestListApply_AsOneByOne applies batches of adds and removes — keys
// inside, before and after the blocks, some given twice with the last
// one to count — to lists of 0 to 700 keys: the list ends as listAdd and
// listRemove leave it one by one, its blocks valid, and a list emptied is
// gone.
func TestListApply_AsOneByOne(t *testing.T) {
	db, err := bolt.Open(t.TempDir()+"/p.db", 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r := rand.New(rand.NewPCG(9, 10))
	err = db.Update(func(tx *bolt.Tx) error {
		batched, err := tx.CreateBucket([]byte("batched"))
		if err != nil {
			return err
		}
		single, err := tx.CreateBucket([]byte("single"))
		if err != nil {
			return err
		}
		for round := 0; round < 200; round++ {
			prefix := postingPrefix(fmt.Sprintf("слово%d", round))
			keys := randomKeys(r, r.IntN(700))
			slices.SortFunc(keys, func(a, b Cursor) int { return bytes.Compare(a[:], b[:]) })
			keys = slices.Compact(keys)
			for _, b := range []*bolt.Bucket{batched, single} {
				if len(keys) > 0 {
					if err := putBlocks(b, prefix, keys); err != nil {
						return err
					}
				}
			}
			var ops []listOp
			for range r.IntN(400) {
				op := listOp{add: r.IntN(2) == 0}
				switch {
				case len(keys) > 0 && r.IntN(3) > 0:
					op.dk = keys[r.IntN(len(keys))]
				case len(ops) > 0 && r.IntN(4) == 0:
					op.dk = ops[r.IntN(len(ops))].dk // a key given again
				default:
					op.dk = randomKeys(r, 1)[0]
				}
				ops = append(ops, op)
			}
			if round%20 == 0 && len(keys) > 0 { // every key taken out
				ops = ops[:0]
				for _, k := range keys {
					ops = append(ops, listOp{k, false})
				}
			}
			for _, op := range ops {
				apply := listRemove
				if op.add {
					apply = listAdd
				}
				if err := apply(single, prefix, op.dk); err != nil {
					return err
				}
			}
			if err := listApply(batched, prefix, lastOpEach(slices.Clone(ops))); err != nil {
				return err
			}
			got, want := listKeys(batched, prefix), listKeys(single, prefix)
			if !slices.Equal(got, want) {
				t.Fatalf("round %d: %d keys after the batch of %d, one by one %d", round, len(got), len(ops), len(want))
			}
		}
		if probs := checkBlocks(batched); len(probs) > 0 {
			t.Errorf("checkBlocks = %q", probs)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// listKeys reads the packed list of prefix whole.
func listKeys(b *bolt.Bucket, prefix []byte) []Cursor {
	var out []Cursor
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, v = c.Next() {
		out = append(out, blockKeys(k, v)...)
	}
	return out
}
