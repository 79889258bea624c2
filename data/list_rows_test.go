package data_test

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
	"interactions/data/demo"
)

// demoRowsStore loads a demo of n interactions into a new file; with
// jsonEvery > 0 every jsonEvery-th record is then rewritten as the JSON of
// schemas 1–4, which readers still accept.
func demoRowsStore(t *testing.T, n, jsonEvery int) *data.Store {
	t.Helper()
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.Local)
	path := filepath.Join(t.TempDir(), "rows.db")
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := demo.Generate(demo.Options{Size: n, Seed: 1, Lang: "ru", Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Load(ds); err != nil {
		t.Fatal(err)
	}
	if jsonEvery > 0 {
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		editBolt(t, path, func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte("interactions"))
			recs := map[string][]byte{}
			i := 0
			err := b.ForEach(func(k, v []byte) error {
				if i++; i%jsonEvery != 0 {
					return nil
				}
				it, err := data.DecodeRecord(data.ID(binary.BigEndian.Uint64(k)), v)
				if err != nil {
					return err
				}
				js, err := json.Marshal(it)
				recs[string(k)] = js
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
			return nil
		})
		if s, err = data.Open(path); err != nil {
			t.Fatal(err)
		}
	}
	fixedClock(s, now)
	t.Cleanup(func() { s.Close() })
	return s
}

// rowOf is the RowText a List row should give.
func rowOf(r *data.Row) data.RowText {
	it := r.Interaction
	row := data.RowText{
		Cursor: r.Cursor, ID: it.ID, Date: it.Date, Number: []byte(it.Number), Type: it.Type,
		Direction: it.Direction, Topic: []byte(it.Topic), Contacts: []byte(r.Contacts),
		SubjectRef: it.Subject, Subject: r.Subject, Responsible: r.Responsible,
		Reviewed: it.Reviewed, ReviewAfter: it.ReviewAfter,
	}
	return row
}

// sameRow compares two rows field by field (times as instants).
func sameRow(got, want *data.RowText) bool {
	return got.Cursor == want.Cursor && got.ID == want.ID && got.Date.Equal(want.Date) &&
		string(got.Number) == string(want.Number) && got.Type == want.Type && got.Direction == want.Direction &&
		string(got.Topic) == string(want.Topic) && string(got.Contacts) == string(want.Contacts) &&
		got.SubjectRef == want.SubjectRef && got.Subject == want.Subject && got.Responsible == want.Responsible &&
		got.Reviewed == want.Reviewed && got.ReviewAfter.Equal(want.ReviewAfter) && got.ReviewAfter.IsZero() == want.ReviewAfter.IsZero()
}

// wantSameRows pages through f with List and ListRows side by side.
func wantSameRows(t *testing.T, s *data.Store, f data.Filter, pageSize int) int {
	t.Helper()
	// Pages of an even size ask for the descriptions too.
	q := data.Query{Filter: f, Limit: pageSize, Descriptions: pageSize%2 == 0}
	n := 0
	for range 100000 {
		want, err := s.List(q)
		if err != nil {
			t.Fatal(err)
		}
		i := 0
		got, err := s.ListRows(q, func(r *data.RowText) error {
			if i >= len(want.Rows) {
				t.Fatalf("ListRows(%+v) gives more rows than List", q)
			}
			if w := rowOf(&want.Rows[i]); !sameRow(r, &w) {
				t.Fatalf("ListRows(%+v) row %d:\n got %+v\nwant %+v", q, i, *r, w)
			}
			if d := want.Rows[i].Interaction.Description; q.Descriptions && string(r.Description) != d {
				t.Fatalf("ListRows(%+v) row %d: description %q, want %q", q, i, r.Description, d)
			}
			if !r.Date.Equal(r.Date.In(time.Local)) || r.Date.Location() != time.Local {
				t.Fatalf("row %d: date %v not in the local zone", i, r.Date)
			}
			i++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if i != len(want.Rows) || got.Next != want.Next || got.More != want.More || got.Rows != nil {
			t.Fatalf("ListRows(%+v): %d rows, next %x more %v; List: %d rows, next %x more %v",
				q, i, got.Next, got.More, len(want.Rows), want.Next, want.More)
		}
		n += i
		if !got.More {
			return n
		}
		q.After = got.Next
	}
	t.Fatal("the list never ends")
	return n
}

// TestListRows_SameAsList pages through filters with List and ListRows
// side by side: pages of 7 and 50 rows, which ListRows drives by the
// filter's index as List does, and of 2000, which it drives by the date
// index while List still takes the filter's index; the pages of 50 and
// 2000 with the descriptions read from the records.
func TestListRows_SameAsList(t *testing.T) {
	for _, c := range []struct {
		name      string
		jsonEvery int
	}{{"binary", 0}, {"some JSON records", 3}} {
		t.Run(c.name, func(t *testing.T) {
			s := demoRowsStore(t, 1500, c.jsonEvery)
			month := time.Date(2026, 11, 1, 0, 0, 0, 0, time.Local)
			for _, f := range []data.Filter{
				{},
				{From: month, To: month.AddDate(0, 1, 0)},
				{Deleted: data.DeletedInclude},
				{Kinds: []data.Kind{data.KindCallIn, data.KindCallOut}},
				{Status: data.StatusToReview},
				{Text: "поставк"},
			} {
				for _, size := range []int{7, 50, 2000} {
					if n := wantSameRows(t, s, f, size); n == 0 && f.Text == "" {
						t.Errorf("filter %+v lists nothing", f)
					}
				}
			}
		})
	}
}

func TestListRows_StopsAtAnErrorOfFn(t *testing.T) {
	s := demoRowsStore(t, 100, 0)
	stop := errors.New("stop")
	n := 0
	_, err := s.ListRows(data.Query{Limit: 50}, func(*data.RowText) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	})
	if err != stop || n != 3 {
		t.Fatalf("ListRows = %v after %d rows, want the error of fn after 3", err, n)
	}
}

// TestListRows_ChainTopicAfterEdit edits a chain root's topic between
// listings of the same store: its members' subject follows at once, in
// ListRows as in List.
func TestListRows_ChainTopicAfterEdit(t *testing.T) {
	c := newChainFixture(t)
	root := c.add(data.TypeCall, 9, 0, data.Ref{})
	member := c.add(data.TypeMeeting, 10, root.ID, data.Ref{})
	rootRef := data.Ref{Kind: data.RefInteraction, ID: root.ID}
	c.wantSubjects("member", rootRef, member.ID)
	subjects := func() (rows, list string) {
		t.Helper()
		_, err := c.s.ListRows(data.Query{Limit: 10}, func(r *data.RowText) error {
			if r.ID == member.ID {
				rows = r.Subject
			}
			if r.ID == root.ID && (r.Subject != "" || !r.IsChainRoot()) {
				t.Errorf("root row: subject %q, chain root %v", r.Subject, r.IsChainRoot())
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		page, err := c.s.List(data.Query{Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range page.Rows {
			if r.Interaction.ID == member.ID {
				list = r.Subject
			}
		}
		return rows, list
	}
	for range 2 { // the second listing reads the kept topics
		if rows, list := subjects(); rows != root.Topic || list != root.Topic {
			t.Fatalf("member's subject: ListRows %q, List %q, want %q", rows, list, root.Topic)
		}
	}
	it, err := c.s.Interaction(root.ID)
	if err != nil {
		t.Fatal(err)
	}
	it.Topic = "Новая тема цепочки"
	if err := c.s.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if rows, list := subjects(); rows != it.Topic || list != it.Topic {
			t.Fatalf("after the edit: ListRows %q, List %q, want %q", rows, list, it.Topic)
		}
	}
	if err := c.s.MarkDeleted([]data.ID{root.ID}, true); err != nil {
		t.Fatal(err)
	}
	if rows, list := subjects(); rows != list {
		t.Fatalf("root marked deleted: ListRows %q, List %q", rows, list)
	}
}
