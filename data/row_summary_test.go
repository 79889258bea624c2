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

// allRowTexts lists every row of the store, deleted ones too, as text.
func allRowTexts(t *testing.T, s *data.Store) []string {
	t.Helper()
	var out []string
	q := data.Query{Filter: data.Filter{Deleted: data.DeletedInclude}, Limit: 700}
	for {
		page, err := s.ListRows(q, func(r *data.RowText) error {
			out = append(out, fmt.Sprintf("%d|%s|%s|%v|%v|%s|%s|%v|%s|%s|%v|%s", r.ID, r.Date.Format("2006-01-02 15:04:05.000000000 -0700"),
				r.Number, r.Type, r.Direction, r.Topic, r.Contacts, r.SubjectRef, r.Subject, r.Responsible, r.Reviewed,
				r.ReviewAfter.Format("2006-01-02 15:04:05.000000000 -0700")))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !page.More {
			return out
		}
		q.After = page.Next
	}
}

// TestListRows_ReadsNoRecord empties the records of a file: the listing
// gives every row as before, from the date index alone.
func TestListRows_ReadsNoRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rows.db")
	writeTextDemo(t, path, 1500)
	s, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	want := allRowTexts(t, s)
	s.Close()
	editBolt(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("interactions"))
		var keys [][]byte
		b.ForEach(func(k, _ []byte) error { keys = append(keys, append([]byte(nil), k...)); return nil })
		for _, k := range keys {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	s, err = data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := allRowTexts(t, s)
	if len(got) != len(want) || len(want) < 1500 {
		t.Fatalf("%d rows without records, %d with", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("row %d without records:\n%s\nwant\n%s", i, got[i], want[i])
		}
	}
}

// TestCheck_FindsWrongRowSummaries plants damage in the row texts of the
// date index: check names the interaction and what is wrong.
func TestCheck_FindsWrongRowSummaries(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	writeTextDemo(t, path, 300)
	for _, plant := range []struct {
		name string
		edit func(b *bolt.Bucket, k, v []byte) error
		want string
	}{
		{"damaged", func(b *bolt.Bucket, k, v []byte) error { return b.Put(k, v[:len(v)-1]) }, "the row texts cannot be read"},
		{"none", func(b *bolt.Bucket, k, v []byte) error { return b.Put(k, data.SummaryV6(v)) }, "the row texts cannot be read"},
		{"missing", func(b *bolt.Bucket, k, v []byte) error { return b.Delete(k) }, "ix_date: missing entry"},
		{"number", func(b *bolt.Bucket, k, v []byte) error {
			_, topic, contacts, _ := data.SummaryRow(data.ID(binary.BigEndian.Uint64(k[8:])), v)
			return b.Put(k, data.SummaryWithRow(v, "ВЗ-1", topic, contacts))
		}, "the row's number differs"},
		{"topic", func(b *bolt.Bucket, k, v []byte) error {
			number, _, contacts, _ := data.SummaryRow(data.ID(binary.BigEndian.Uint64(k[8:])), v)
			return b.Put(k, data.SummaryWithRow(v, number, "Другая тема", contacts))
		}, "the row's topic differs"},
		{"contacts", func(b *bolt.Bucket, k, v []byte) error {
			number, topic, _, _ := data.SummaryRow(data.ID(binary.BigEndian.Uint64(k[8:])), v)
			return b.Put(k, data.SummaryWithRow(v, number, topic, "Петров П. П."))
		}, "the row's contacts differ"},
		{"filter", func(b *bolt.Bucket, k, v []byte) error {
			w := append([]byte(nil), v...)
			w[3] ^= 3 // the importance
			return b.Put(k, w)
		}, "the row's filter fields differ"},
	} {
		copyPath := filepath.Join(t.TempDir(), plant.name+".db")
		copyTo(t, path, copyPath)
		var id uint64
		editBolt(t, copyPath, func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte("ix_date"))
			c := b.Cursor()
			for i, k, v := 0, []byte(nil), []byte(nil); ; i++ {
				if i == 0 {
					k, v = c.First()
				} else {
					k, v = c.Next()
				}
				if k == nil {
					return fmt.Errorf("no row with contacts")
				}
				if _, _, contacts, ok := data.SummaryRow(data.ID(binary.BigEndian.Uint64(k[8:])), v); i > 40 && ok && contacts != "" {
					id = binary.BigEndian.Uint64(k[8:])
					return plant.edit(b, append([]byte(nil), k...), append([]byte(nil), v...))
				}
			}
		})
		s, err := data.OpenReadOnly(copyPath)
		if err != nil {
			t.Fatal(err)
		}
		probs, err := s.Check()
		s.Close()
		all := strings.Join(probs, "\n")
		if err != nil || !strings.Contains(all, plant.want) {
			t.Errorf("%s: Check() = %q, %v; want a problem with %q", plant.name, probs, err, plant.want)
		}
		if plant.name != "missing" && !strings.Contains(all, fmt.Sprintf("ix_date: interaction %d:", id)) {
			t.Errorf("%s: Check() = %q; want interaction %d named", plant.name, probs, id)
		}
	}
}
