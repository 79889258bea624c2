package data_test

import (
	"encoding/binary"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// TestMigrate_Schema5 opens a file as schema 5 left it — postings in
// whole date keys, no index of chain roots' topics, version 5 — and
// finds it at schema 6 afterwards: packed, the chain topics indexed, every
// search answering as the texts do, and check clean. A read-only open of
// the schema 5 file hands the upgrade to a writer first.
func TestMigrate_Schema5(t *testing.T) {
	const n = 2000
	path := filepath.Join(t.TempDir(), "v5.db")
	writeTextDemo(t, path, n)
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	o := textOracle(t, s, n)
	fs := textFilters(o, 5)
	s.Close()
	editBolt(t, path, func(tx *bolt.Tx) error {
		if err := data.UnpackPostings(tx); err != nil {
			return err
		}
		if err := tx.DeleteBucket([]byte("ix_chain_topics")); err != nil {
			return err
		}
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), binary.BigEndian.AppendUint64(nil, 5))
	})

	var steps []string
	ro, err := data.OpenWith(path, data.OpenOptions{ReadOnly: true, Progress: func(p data.Progress) { steps = append(steps, p.What) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) == 0 || steps[0] != "upgrade" {
		t.Errorf("progress steps %v, want the upgrade first", steps)
	}
	compareText(t, ro, o, fs, "upgraded from schema 5")
	if probs, err := ro.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() after the upgrade = %v, %q", err, probs)
	}
	ro.Close()
	if v := schemaOf(t, path); v != data.SchemaVersion {
		t.Errorf("schema after the open = %d, want %d", v, data.SchemaVersion)
	}
	if packed, whole, marked, converting := postingForms(t, path); whole != 0 || packed == 0 || !marked || converting {
		t.Errorf("after the upgrade: %d packed, %d whole-key blocks, marked %v, converting %v", packed, whole, marked, converting)
	}
}
