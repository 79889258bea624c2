package data_test

import (
	"encoding/binary"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// writeSchema6 makes a file as schema 6 left it: version 1 records, row
// summaries without the rows' texts, version 6. It returns every record as
// it was read and every row as the listing gave it before.
func writeSchema6(t *testing.T, path string, n int) (map[data.ID]*data.Interaction, []string) {
	t.Helper()
	writeTextDemo(t, path, n)
	s, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	rows := allRowTexts(t, s)
	s.Close()
	want := map[data.ID]*data.Interaction{}
	editBolt(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("interactions"))
		recs := map[string][]byte{}
		err := b.ForEach(func(k, v []byte) error {
			id := data.ID(binary.BigEndian.Uint64(k))
			it, err := data.DecodeRecord(id, v)
			if err != nil {
				return err
			}
			want[id] = it
			recs[string(k)], err = data.RecordV1(id, v)
			return err
		})
		if err != nil {
			return err
		}
		for k, v := range recs {
			if err := b.Put([]byte(k), v); err != nil {
				return err
			}
		}
		dates := tx.Bucket([]byte("ix_date"))
		sums := map[string][]byte{}
		dates.ForEach(func(k, v []byte) error { sums[string(k)] = data.SummaryV6(v); return nil })
		for k, v := range sums {
			if err := dates.Put([]byte(k), v); err != nil {
				return err
			}
		}
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), binary.BigEndian.AppendUint64(nil, 6))
	})
	return want, rows
}

// recordVersions counts the records of each codec version and tells
// whether the conversion mark is set.
func recordVersions(t *testing.T, path string) (versions map[byte]int, marked bool) {
	t.Helper()
	versions = map[byte]int{}
	editBolt(t, path, func(tx *bolt.Tx) error {
		marked = tx.Bucket([]byte("meta")).Get([]byte("recode_from")) != nil
		return tx.Bucket([]byte("interactions")).ForEach(func(k, v []byte) error {
			versions[v[0]]++
			return nil
		})
	})
	return versions, marked
}

// checkMigrated7 checks a file upgraded from schema 6: every record in
// the version the store writes (3) and as it was, the rows as they were,
// check clean.
func checkMigrated7(t *testing.T, path string, want map[data.ID]*data.Interaction, rows []string) {
	t.Helper()
	if v, marked := recordVersions(t, path); v[3] != len(want) || marked {
		t.Errorf("records by version %v, mark %v; want all %d in version 3", v, marked, len(want))
	}
	checkMigrated(t, path, want)
	s, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := allRowTexts(t, s)
	if strings.Join(got, "\n") != strings.Join(rows, "\n") {
		t.Errorf("%d rows after the upgrade differ from the %d before", len(got), len(rows))
	}
}

// TestMigrate_Schema6 upgrades a schema 6 file read-only (a writer does it
// first) with progress: the records are rewritten in version 3, the date
// index holds the rows' texts, and the rows list as before.
func TestMigrate_Schema6(t *testing.T) {
	defer data.SetRecodeBatch(data.SetRecodeBatch(300))
	path := filepath.Join(t.TempDir(), "v6.db")
	want, rows := writeSchema6(t, path, 1500)
	if v, _ := recordVersions(t, path); v[1] != len(want) {
		t.Fatalf("the schema 6 file has records by version %v", v)
	}
	var steps []data.Progress
	s, err := data.OpenWith(path, data.OpenOptions{ReadOnly: true, Progress: func(p data.Progress) { steps = append(steps, p) }})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	upgrades := 0
	for _, p := range steps {
		if p.What == "upgrade" && p.Total > 0 {
			upgrades++
		}
	}
	if upgrades < 3 {
		t.Errorf("progress %v: want a report per batch of 300 records", steps)
	}
	checkMigrated7(t, path, want, rows)
}

// TestMigrate_Schema6KilledMidway kills processes upgrading a schema 6
// file at random moments (TestMigrate_Child): each open goes on from
// where the last stopped, and the file ends upgraded, checked, every
// record and row as it was.
func TestMigrate_Schema6KilledMidway(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	path := filepath.Join(t.TempDir(), "v6.db")
	want, rows := writeSchema6(t, path, 3000)
	killed := killUntilDone(t, "TestMigrate_Child", recodeChildEnv, path, "migrated", 12, 600*time.Millisecond, func(round int) {
		v, marked := recordVersions(t, path)
		t.Logf("round %d: records by version %v, mark %v", round, v, marked)
	})
	t.Logf("%d children killed", killed)
	s, err := data.Open(path)
	if err != nil {
		t.Fatalf("Open after the kills: %v", err)
	}
	s.Close()
	checkMigrated7(t, path, want, rows)
}
