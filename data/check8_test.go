package data_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"path/filepath"
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
			binary.BigEndian.PutUint64(k[len(k)-8:], binary.BigEndian.Uint64(k[len(k)-8:])+1)
			return b.Put(k, []byte{})
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
