package data_test

import (
	"context"
	"errors"
	"testing"

	"interactions/data"
)

// TestStatusCounts_StopsWhenCancelled: counted row by row (a search), the
// status counts give up with the context's error once it is done; answered
// from the counters (no filter), they need no walk and come all the same.
func TestStatusCounts_StopsWhenCancelled(t *testing.T) {
	s := demoRowsStore(t, 3000, 0)
	f := data.Filter{Text: "пост"}
	want, err := s.StatusCounts(context.Background(), f)
	if err != nil || want.All == 0 {
		t.Fatalf("StatusCounts(%q) = %+v, %v; want some rows", f.Text, want, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if sc, err := s.StatusCounts(ctx, f); !errors.Is(err, context.Canceled) {
		t.Errorf("StatusCounts(%q) with its context done = %+v, %v; want context.Canceled", f.Text, sc, err)
	}
	wantAll, _ := s.StatusCounts(context.Background(), data.Filter{})
	all, err := s.StatusCounts(ctx, data.Filter{})
	if err != nil || all != wantAll || all.All == 0 {
		t.Errorf("StatusCounts() from the counters with the context done = %+v, %v; want %+v", all, err, wantAll)
	}
}
