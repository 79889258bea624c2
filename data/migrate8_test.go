package data_test

import (
	"encoding/binary"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// TestMigrate_Schema7 upgrades a file as schema 7 wrote it (24-byte
// counters, Message-ID keys of 16 bytes of hash and the date key, every row
// number in the summary): the derived buckets end byte-equal to a fresh
// load's, the rows and the Message-ID lookups as before, check clean.
func TestMigrate_Schema7(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v7.db")
	writeTextDemo(t, path, 1500)
	fresh := bucketDigests(t, path)
	var mids []string
	editBolt(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("interactions")).ForEach(func(k, v []byte) error {
			it, err := data.DecodeRecord(data.ID(binary.BigEndian.Uint64(k)), v)
			if id := data.MessageIDOf(it); err == nil && id != "" {
				mids = append(mids, id)
			}
			return err
		})
	})
	s, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	rows := allRowTexts(t, s)
	want := map[string]data.ID{}
	for _, id := range mids {
		if want[id], err = s.EmailByMessageID("<" + id + ">"); err != nil || want[id] == 0 {
			t.Fatalf("EmailByMessageID(%q) = %d, %v before the downgrade", id, want[id], err)
		}
	}
	s.Close()
	if len(mids) < 100 {
		t.Fatalf("%d e-mails with a Message-ID in the demo", len(mids))
	}
	editBolt(t, path, data.DerivedToSchema7)
	old := bucketDigests(t, path)
	for _, name := range []string{"counters", "ix_subjects_by_last", "ix_message_id", "ix_date"} {
		if old[name] == fresh[name] {
			t.Errorf("bucket %s is the same in the schema 7 file", name)
		}
	}
	if v := schemaOf(t, path); v != 7 {
		t.Fatalf("schema %d, want 7", v)
	}
	s, err = data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if v := schemaOf(t, path); v != data.SchemaVersion {
		t.Errorf("schema %d after the open, want %d", v, data.SchemaVersion)
	}
	sameDerived(t, bucketDigests(t, path), fresh, "after the upgrade", "a fresh load")
	s, err = data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() = %q, %v; want no problems", probs, err)
	}
	if got := allRowTexts(t, s); strings.Join(got, "\n") != strings.Join(rows, "\n") {
		t.Errorf("%d rows after the upgrade differ from the %d before", len(got), len(rows))
	}
	for _, id := range mids {
		if got, err := s.EmailByMessageID(id); err != nil || got != want[id] {
			t.Errorf("EmailByMessageID(%q) = %d, %v after the upgrade; want %d", id, got, err, want[id])
		}
	}
}
