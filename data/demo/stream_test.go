package demo_test

import (
	"encoding/json"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/demo"
)

// TestStream_SameAsGenerate makes the same options' data both ways: the
// catalogs and every interaction are the same, ids in order from 1, and
// the batches are of whole days.
func TestStream_SameAsGenerate(t *testing.T) {
	for _, size := range []int{0, 7, 40_000} {
		o := demo.Options{Size: size, Seed: 11, Lang: "en", Now: time.Date(2026, 11, 27, 12, 0, 0, 0, time.Local)}
		want, err := demo.Generate(o)
		if err != nil {
			t.Fatal(err)
		}
		st, err := demo.NewStream(o)
		if err != nil {
			t.Fatal(err)
		}
		got := *st.Catalogs()
		batches := 0
		for {
			batch, err := st.Next()
			if err != nil {
				t.Fatal(err)
			}
			if len(batch) == 0 {
				break
			}
			batches++
			if n := len(got.Interactions); n > 0 && sameDay(got.Interactions[n-1].Date, batch[0].Date) {
				t.Errorf("size %d: batch %d starts on the day the one before ended", size, batches)
			}
			got.Interactions = append(got.Interactions, batch...)
		}
		if size > 20_000 && batches < 2 {
			t.Errorf("size %d: %d batches, want several", size, batches)
		}
		for i := range got.Interactions {
			if got.Interactions[i].ID != data.ID(i+1) {
				t.Fatalf("size %d: interaction %d has id %d", size, i, got.Interactions[i].ID)
			}
		}
		a, _ := json.Marshal(want)
		b, _ := json.Marshal(&got)
		if string(a) != string(b) {
			t.Errorf("size %d: the streamed dataset differs from Generate's (%d and %d bytes of JSON)", size, len(b), len(a))
		}
	}
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}
