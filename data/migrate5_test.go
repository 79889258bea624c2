package data_test

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
	"interactions/data/demo"
)

// writeOldSchema writes a demo database of n interactions as schema
// `schema` (3 or 4) kept it: every interaction record in JSON, the schema
// number in meta; a schema-3 file has no counters bucket yet, so that the
// migration must build it. It returns the records as the old program read
// them, by id.
func writeOldSchema(t *testing.T, path string, n int, schema uint64) map[data.ID]*data.Interaction {
	t.Helper()
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := demo.Generate(demo.Options{Size: n, Seed: 3, Lang: "ru", Now: time.Date(2026, 11, 27, 12, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Load(ds); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	want := map[data.ID]*data.Interaction{}
	editBolt(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("interactions"))
		type rec struct {
			k, v []byte
		}
		var recs []rec
		err := b.ForEach(func(k, v []byte) error {
			id := data.ID(binary.BigEndian.Uint64(k))
			it, err := data.DecodeRecord(id, v)
			if err != nil {
				return err
			}
			js, err := json.Marshal(it)
			if err != nil {
				return err
			}
			recs = append(recs, rec{append([]byte(nil), k...), js})
			want[id] = viaJSON(t, it)
			return nil
		})
		if err != nil {
			return err
		}
		for _, r := range recs {
			if err := b.Put(r.k, r.v); err != nil {
				return err
			}
		}
		if schema < 4 {
			if err := tx.DeleteBucket([]byte("counters")); err != nil {
				return err
			}
		}
		// Schemas 3 and 4 had no Message-ID index: the upgrade makes it.
		if err := tx.DeleteBucket([]byte("ix_message_id")); err != nil {
			return err
		}
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), binary.BigEndian.AppendUint64(nil, schema))
	})
	return want
}

// jsonRecords counts the interaction records still in JSON and tells
// whether the conversion mark is set.
func jsonRecords(t *testing.T, path string) (n int, marked bool) {
	t.Helper()
	editBolt(t, path, func(tx *bolt.Tx) error {
		marked = tx.Bucket([]byte("meta")).Get([]byte("recode_from")) != nil
		return tx.Bucket([]byte("interactions")).ForEach(func(k, v []byte) error {
			if len(v) > 0 && v[0] == '{' {
				n++
			}
			return nil
		})
	})
	return n, marked
}

// checkMigrated opens a migrated file and compares every record with the
// old program's reading of it; the file must be schema 5, wholly binary,
// and pass Check.
func checkMigrated(t *testing.T, path string, want map[data.ID]*data.Interaction) {
	t.Helper()
	if n, marked := jsonRecords(t, path); n != 0 || marked {
		t.Errorf("after the migration %d records are JSON, mark set %v; want none", n, marked)
	}
	if v := schemaOf(t, path); v != data.SchemaVersion {
		t.Errorf("schema %d, want %d", v, data.SchemaVersion)
	}
	s, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() = %q, %v; want no problems", probs, err)
	}
	ids := make([]data.ID, 0, len(want))
	for id := range want {
		ids = append(ids, id)
	}
	got, err := s.Interactions(ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d interactions read back, want %d", len(got), len(want))
	}
	for _, it := range got {
		sameRecord(t, fmt.Sprintf("interaction %d", it.ID), it, want[it.ID])
	}
	n, err := s.Count(data.Filter{Deleted: data.DeletedInclude})
	if err != nil || n != len(want) {
		t.Errorf("Count(everything) = %d, %v; want %d", n, err, len(want))
	}
}

// TestMigrate_Schema3And4 migrates files of schemas 3 and 4 to schema 5
// in one open, with progress, and finds every record as it was.
func TestMigrate_Schema3And4(t *testing.T) {
	defer data.SetRecodeBatch(data.SetRecodeBatch(400))
	for _, schema := range []uint64{3, 4} {
		t.Run(fmt.Sprintf("schema%d", schema), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "old.db")
			want := writeOldSchema(t, path, 2000, schema)
			if n, _ := jsonRecords(t, path); n != len(want) {
				t.Fatalf("the old file has %d JSON records, want %d", n, len(want))
			}
			var steps []data.Progress
			s, err := data.OpenWith(path, data.OpenOptions{Progress: func(p data.Progress) { steps = append(steps, p) }})
			if err != nil {
				t.Fatalf("OpenWith(schema %d file): %v", schema, err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if len(steps) < 3 {
				t.Errorf("progress %v: want a report per batch of 400 records", steps)
			} else if last := steps[len(steps)-1]; last.Total == 0 || last.Done != last.Total {
				t.Errorf("last progress %+v: want all done", last)
			}
			checkMigrated(t, path, want)
		})
	}
}

// recodeChildEnv names the file TestMigrate_Child opens.
const recodeChildEnv = "INTERACTIONS_RECODE_CHILD"

// TestMigrate_Child is not a test of its own: TestMigrate_KilledMidway
// runs the test binary again with it and kills it while it migrates.
func TestMigrate_Child(t *testing.T) {
	path := os.Getenv(recodeChildEnv)
	if path == "" {
		t.Skip("runs only as the child of TestMigrate_KilledMidway")
	}
	data.SetRecodeBatch(25)
	s, err := data.Open(path)
	if err != nil {
		fmt.Println("RESULT error", err)
		return
	}
	s.Close()
	fmt.Println("RESULT migrated")
}

// TestMigrate_KilledMidway kills migrating processes with SIGKILL at
// random moments: each next open goes on from where the last one stopped,
// and the file ends migrated, checked and with every record as it was.
func TestMigrate_KilledMidway(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	path := filepath.Join(t.TempDir(), "old.db")
	want := writeOldSchema(t, path, 3000, 4)
	killed := killUntilDone(t, "TestMigrate_Child", recodeChildEnv, path, "migrated", 12, 600*time.Millisecond, func(round int) {
		left, marked := jsonRecords(t, path)
		t.Logf("round %d: %d JSON records left, mark %v", round, left, marked)
	})
	t.Logf("%d children killed", killed)
	s, err := data.Open(path)
	if err != nil {
		t.Fatalf("Open after the kills: %v", err)
	}
	s.Close()
	checkMigrated(t, path, want)
}
