package data_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// TestCheck_FindsDamagedSchema8Forms plants damage in what schema 8 writes
// smaller: counters and by-last values in varints (a padded varint reads
// the same numbers but is not the form the store writes), Message-ID keys
// of hash and id, row numbers left out of the summary. check names each.
func TestCheck_FindsDamagedSchema8Forms(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	writeTextDemo(t, path, 300)
	first := func(b *bolt.Bucket, ok func(k, v []byte) bool) (k, v []byte) {
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if ok(k, v) {
				return bytes.Clone(k), bytes.Clone(v)
			}
		}
		return nil, nil
	}
	// padded writes the counter value v with its total as a two-byte varint.
	padded := func(v []byte) []byte {
		total, n := binary.Uvarint(v)
		if total >= 128 {
			return nil
		}
		return append([]byte{byte(total) | 0x80, 0}, v[n:]...)
	}
	for _, plant := range []struct {
		name, bucket string
		edit         func(b *bolt.Bucket) error
		want         string
	}{
		{"counter padded", "counters", func(b *bolt.Bucket) error {
			k, v := first(b, func(k, v []byte) bool { return len(k) > 1 && v[0] < 128 })
			return b.Put(k, padded(v))
		}, "counter "},
		{"counter of schema 7", "counters", func(b *bolt.Bucket) error {
			k, v := first(b, func(k, v []byte) bool { return len(k) > 1 })
			total, _ := binary.Uvarint(v)
			w := binary.BigEndian.AppendUint64(nil, total)
			w = binary.BigEndian.AppendUint64(w, 0)
			return b.Put(k, append(w, v[len(v)-8:]...))
		}, "counter "},
		{"by-last padded", "ix_subjects_by_last", func(b *bolt.Bucket) error {
			k, v := first(b, func(k, v []byte) bool { return v[0] < 128 })
			return b.Put(k, padded(v))
		}, "does not match the counters"},
		{"message id of another", "ix_message_id", func(b *bolt.Bucket) error {
			k, _ := first(b, func(k, v []byte) bool { return true })
			if err := b.Delete(k); err != nil {
				return err
			}
			id, _ := binary.Uvarint(k[9:])
			return b.Put(binary.AppendUvarint(k[:9], id+1), []byte{})
		}, "ix_message_id: missing entry"},
		{"message id of schema 7", "ix_message_id", func(b *bolt.Bucket) error {
			k, _ := first(b, func(k, v []byte) bool { return true })
			return b.Put(append(k, make([]byte, 8)...), []byte{})
		}, "ix_message_id: unexpected entry"},
		{"number written out", "ix_date", func(b *bolt.Bucket) error {
			k, v := first(b, func(k, v []byte) bool { return true })
			id := data.ID(binary.BigEndian.Uint64(k[8:]))
			number, topic, contacts, _ := data.SummaryRow(id, v)
			if number != fmt.Sprintf("%08d", id) {
				return fmt.Errorf("number %q of interaction %d", number, id)
			}
			return b.Put(k, data.SummaryWithRow(v, number, topic, contacts))
		}, "the row's number is written out"},
	} {
		copyPath := filepath.Join(t.TempDir(), strings.ReplaceAll(plant.name, " ", "-")+".db")
		copyTo(t, path, copyPath)
		editBolt(t, copyPath, func(tx *bolt.Tx) error { return plant.edit(tx.Bucket([]byte(plant.bucket))) })
		s, err := data.OpenReadOnly(copyPath)
		if err != nil {
			t.Fatal(err)
		}
		probs, err := s.Check()
		s.Close()
		if all := strings.Join(probs, "\n"); err != nil || !strings.Contains(all, plant.want) {
			t.Errorf("%s: Check() = %q, %v; want a problem with %q", plant.name, probs, err, plant.want)
		}
	}
}

// TestEmailByMessageID_SharedHash plants index keys as a hash shared by two
// Message-IDs would make them: a lookup reads the records and never gives
// an e-mail of another Message-ID.
func TestEmailByMessageID_SharedHash(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	writeTextDemo(t, path, 300)
	var ids []data.ID
	var mids []string
	editBolt(t, path, func(tx *bolt.Tx) error {
		err := tx.Bucket([]byte("interactions")).ForEach(func(k, v []byte) error {
			it, err := data.DecodeRecord(data.ID(binary.BigEndian.Uint64(k)), v)
			if id := data.MessageIDOf(it); err == nil && id != "" && len(ids) < 2 {
				ids, mids = append(ids, it.ID), append(mids, id)
			}
			return err
		})
		if err != nil || len(ids) < 2 {
			return fmt.Errorf("%d e-mails, %v", len(ids), err)
		}
		b := tx.Bucket([]byte("ix_message_id"))
		for _, k := range [][]byte{
			data.MessageIDKey(mids[0], false, ids[1]),          // the first's hash, the second e-mail
			data.MessageIDKey("nobody@nowhere", false, ids[0]), // a Message-ID no e-mail has
			data.MessageIDKey(mids[1], true, ids[0]),           // the first "answers" the second
		} {
			if err := b.Put(k, []byte{}); err != nil {
				return err
			}
		}
		return nil
	})
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for mid, want := range map[string]data.ID{mids[0]: ids[0], mids[1]: ids[1], "nobody@nowhere": 0} {
		if got, err := s.EmailByMessageID("<" + mid + ">"); err != nil || got != want {
			t.Errorf("EmailByMessageID(%q) = %d, %v; want %d", mid, got, err, want)
		}
	}
}

// TestCheck_MissingEntriesInKeyOrder empties the Message-ID index of a
// demo with more e-mails than a report names: check names the first
// missing keys in key order, the same lines on every run, and counts
// them all.
func TestCheck_MissingEntriesInKeyOrder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	writeTextDemo(t, path, 300)
	var keys []string // the lines check should write, in key order
	editBolt(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("ix_message_id"))
		for k, _ := b.Cursor().First(); k != nil; k, _ = b.Cursor().First() {
			keys = append(keys, fmt.Sprintf("ix_message_id: missing entry %x", k))
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	if len(keys) <= 10 {
		t.Fatalf("%d Message-ID entries; the test wants more than a report names", len(keys))
	}
	var runs [][]string
	for range 3 {
		probs := checkLines(t, path)
		var missing []string
		for _, p := range probs {
			if strings.HasPrefix(p, "ix_message_id: missing entry") {
				missing = append(missing, p)
			}
		}
		if !slices.Equal(missing, keys[:10]) {
			t.Fatalf("check named\n%s\nwant the first ten keys in order\n%s", strings.Join(missing, "\n"), strings.Join(keys[:10], "\n"))
		}
		if want := fmt.Sprintf("ix_message_id: %d missing, 0 wrong, 0 unexpected entries", len(keys)); !slices.Contains(probs, want) {
			t.Errorf("check said %q; want a line %q", probs, want)
		}
		runs = append(runs, probs)
	}
	for _, r := range runs[1:] {
		if !slices.Equal(r, runs[0]) {
			t.Errorf("check said\n%s\nthen\n%s", strings.Join(runs[0], "\n"), strings.Join(r, "\n"))
		}
	}
}
