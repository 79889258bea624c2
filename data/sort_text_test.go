package data_test

import (
	"bytes"
	"cmp"
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/demo"
)

// TestSortedKeys_TextColumns sorts a demo dataset by topic, contacts and
// subject both ways and compares with sorting the rows List returns by the
// folded column, ties newest first.
func TestSortedKeys_TextColumns(t *testing.T) {
	s := openEmpty(t)
	ds, err := demo.Generate(demo.Options{Size: 1500, Seed: 5, Lang: "ru", Now: time.Date(2026, 5, 1, 12, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Load(ds); err != nil {
		t.Fatal(err)
	}
	var rows []data.Row
	q := data.Query{Limit: 500}
	for {
		page, err := s.List(q)
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, page.Rows...)
		if !page.More {
			break
		}
		q.After = page.Next
	}
	columns := map[data.SortKey]func(r data.Row) string{
		data.SortTopic:    func(r data.Row) string { return r.Interaction.Topic },
		data.SortContacts: func(r data.Row) string { return r.Contacts },
		data.SortSubject:  func(r data.Row) string { return r.Subject },
	}
	for key, col := range columns {
		for _, desc := range []bool{false, true} {
			want := slices.Clone(rows)
			slices.SortStableFunc(want, func(a, b data.Row) int {
				c := strings.Compare(data.Fold(col(a)), data.Fold(col(b)))
				if desc {
					c = -c
				}
				return cmp.Or(c, bytes.Compare(a.Cursor[:], b.Cursor[:]))
			})
			got, err := s.SortedKeys(context.Background(), data.Filter{}, key, desc)
			if err != nil {
				t.Fatalf("SortedKeys(%d, desc %v): %v", key, desc, err)
			}
			if len(got) != len(want) {
				t.Fatalf("SortedKeys(%d, desc %v): %d keys, want %d", key, desc, len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i].Cursor {
					t.Errorf("SortedKeys(%d, desc %v)[%d] = interaction %d (%q), want %d (%q)", key, desc, i,
						got[i].ID(), col(rows[slices.IndexFunc(rows, func(r data.Row) bool { return r.Cursor == got[i] })]),
						want[i].Cursor.ID(), col(want[i]))
					break
				}
			}
		}
	}
}
