package data_test

import (
	"errors"
	"testing"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// TestAnyWithout_AsTheRecords: over binary records and records of the
// older JSON form, AnyWithout answers as the records decoded whole, for
// both flags, on selections with and without an unflagged one; an id not
// stored is left out, and a damaged record is a DamagedError.
func TestAnyWithout_AsTheRecords(t *testing.T) {
	s := demoRowsStore(t, 400, 3) // every third record in the JSON form
	all := listIDs(t, s, data.Filter{Deleted: data.DeletedInclude}, data.NewestFirst, 500)
	if err := s.MarkDeleted(all[10:20], true); err != nil { // stored binary again
		t.Fatal(err)
	}
	its, err := s.Interactions(all)
	if err != nil {
		t.Fatal(err)
	}
	for _, flag := range []data.InteractionFlag{data.FlagReviewed, data.FlagDeleted} {
		has := func(it *data.Interaction) bool {
			if flag == data.FlagDeleted {
				return it.Deleted
			}
			return it.Reviewed
		}
		var with, without []data.ID
		for _, it := range its {
			if has(it) {
				with = append(with, it.ID)
			} else {
				without = append(without, it.ID)
			}
		}
		if len(with) < 2 || len(without) < 2 {
			t.Fatalf("flag %d: %d with, %d without; want both", flag, len(with), len(without))
		}
		for _, c := range []struct {
			ids  []data.ID
			want bool
		}{
			{with, false},
			{append(with[:len(with):len(with)], 999999), false},
			{append(with[:len(with):len(with)], without[len(without)-1]), true},
			{without, true},
			{nil, false},
		} {
			if got, err := s.AnyWithout(c.ids, flag); err != nil || got != c.want {
				t.Errorf("flag %d, %d ids: AnyWithout = %v, %v; want %v", flag, len(c.ids), got, err, c.want)
			}
		}
	}

	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	editBolt(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("interactions")).Put(idKey(all[0]), []byte{9, 1, 2})
	})
	ro, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	_, err = ro.AnyWithout(all[:1], data.FlagDeleted)
	var de *data.DamagedError
	if !errors.As(err, &de) || de.Bucket != "interactions" {
		t.Errorf("AnyWithout over a damaged record = %v; want a DamagedError of interactions", err)
	}
}
