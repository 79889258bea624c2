package data_test

import (
	"encoding/binary"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// TestMigrate_Schema6PackedLists opens a file as schema 6 left it — the type,
// responsible, contact, subject, attribute and status indexes one key
// per interaction, version 6 — read-only: the open hands the upgrade to a
// writer, which rebuilds the indexes packed, every derived bucket byte
// for byte as a fresh load writes it, the lists answering as before, and
// check clean.
func TestMigrate_Schema6PackedLists(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v6.db")
	loadDemo(t, path, 3000)
	want := bucketDigests(t, path)
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	filters := []data.Filter{
		{Kinds: []data.Kind{data.KindCallIn}},
		{Status: data.StatusReviewed},
		{Status: data.StatusToReview},
		{Responsible: 2},
		{Contact: data.Ref{Kind: data.RefPartner, ID: 3}},
		{Subject: data.Ref{Kind: data.RefDeal, ID: 1}},
	}
	rows := func(s *data.Store) string {
		var b strings.Builder
		for _, f := range filters {
			page, err := s.List(data.Query{Filter: f, Limit: 200})
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range page.Rows {
				fmt.Fprintf(&b, "%d ", r.Interaction.ID)
			}
			b.WriteString("|")
		}
		return b.String()
	}
	before := rows(s)
	s.Close()
	editBolt(t, path, func(tx *bolt.Tx) error {
		if err := data.UnpackLists(tx); err != nil {
			return err
		}
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), binary.BigEndian.AppendUint64(nil, 6))
	})
	if got := bucketDigests(t, path); got["ix_type"] == want["ix_type"] {
		t.Fatal("the schema 6 form was not written")
	}
	var steps []string
	ro, err := data.OpenWith(path, data.OpenOptions{ReadOnly: true, Progress: func(p data.Progress) { steps = append(steps, p.What) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) == 0 || steps[0] != "upgrade" {
		t.Errorf("progress steps %v, want the upgrade first", steps)
	}
	if after := rows(ro); after != before {
		t.Errorf("lists after the upgrade differ:\n%s\nwant\n%s", after, before)
	}
	ro.Close()
	if v := schemaOf(t, path); v != data.SchemaVersion {
		t.Errorf("schema after the open = %d, want %d", v, data.SchemaVersion)
	}
	sameDerived(t, bucketDigests(t, path), want, "after the upgrade", "a fresh load wrote")
	checkClean(t, path)
}

// TestCheck_FindsDamagedPackedLists plants damage in blocks of packed
// indexes — a block cut inside a number, a key gone from a block, a key
// added to one — and finds each named by check.
func TestCheck_FindsDamagedPackedLists(t *testing.T) {
	path := filepath.Join(t.TempDir(), "l.db")
	loadDemo(t, path, 600)
	for _, plant := range []struct {
		name, bucket string
		edit         func(tx *bolt.Tx) bool
		want         []string
	}{
		{"cut", "ix_contact", func(tx *bolt.Tx) bool {
			b := tx.Bucket([]byte("ix_contact"))
			k, v := b.Cursor().First()
			return b.Put(append([]byte(nil), k...), append(append([]byte(nil), v...), 0x80)) == nil
		}, []string{"ix_contact: block", "not a packed block"}},
		{"missing", "ix_type", func(tx *bolt.Tx) bool {
			return data.EditListBlock(tx, "ix_type", func(keys [][16]byte) [][16]byte { return keys[:len(keys)-1] })
		}, []string{"ix_type: missing entry", "ix_type: 1 missing, 0 wrong, 0 unexpected"}},
		{"extra", "ix_status", func(tx *bolt.Tx) bool {
			return data.EditListBlock(tx, "ix_status", func(keys [][16]byte) [][16]byte {
				extra := keys[1]
				extra[15] ^= 0x40 // another id at the same time
				if extra[15] < keys[1][15] {
					return append(keys[:1], append([][16]byte{extra}, keys[1:]...)...)
				}
				return append(keys[:2], append([][16]byte{extra}, keys[2:]...)...)
			})
		}, []string{"ix_status: unexpected entry"}},
	} {
		copyPath := filepath.Join(t.TempDir(), plant.name+".db")
		copyTo(t, path, copyPath)
		editBolt(t, copyPath, func(tx *bolt.Tx) error {
			if !plant.edit(tx) {
				return fmt.Errorf("%s: no block to plant in", plant.name)
			}
			return nil
		})
		s, err := data.OpenReadOnly(copyPath)
		if err != nil {
			t.Fatal(err)
		}
		probs, err := s.Check()
		s.Close()
		all := strings.Join(probs, "\n")
		for _, w := range plant.want {
			if err != nil || !strings.Contains(all, w) {
				t.Errorf("%s: Check() = %q, %v; want a problem with %q", plant.name, probs, err, w)
			}
		}
	}
}
