package csvio_test

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/csvio"
	"interactions/data/demo"
)

// exportByRecords writes the interactions as ExportInteractions did before
// it read the list's summaries: every record decoded through List.
func exportByRecords(t *testing.T, s *data.Store, f data.Filter, o csvio.Options) ([]byte, int) {
	t.Helper()
	var out bytes.Buffer
	x, err := csvio.NewInteractionWriter(&out, o)
	if err != nil {
		t.Fatal(err)
	}
	q := data.Query{Filter: f, Order: data.NewestFirst, Limit: 700}
	n := 0
	for {
		page, err := s.List(q)
		if err != nil {
			t.Fatal(err)
		}
		for i := range page.Rows {
			if err := x.Write(&page.Rows[i]); err != nil {
				t.Fatal(err)
			}
		}
		n += len(page.Rows)
		if !page.More {
			break
		}
		q.After = page.Next
	}
	if err := x.Flush(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), n
}

// TestExportInteractions_SameAsRecords exports a demo dataset — chains,
// descriptions with commas, quotes and line breaks, deferred reviews —
// from the rows' summaries and descriptions, and finds the file byte for
// byte what decoding every record writes, for several filters and both
// separators.
func TestExportInteractions_SameAsRecords(t *testing.T) {
	s, err := data.Open(filepath.Join(t.TempDir(), "export.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ds, err := demo.Generate(demo.Options{Size: 3000, Seed: 5, Lang: "ru", Now: time.Date(2026, 11, 27, 12, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Load(ds); err != nil {
		t.Fatal(err)
	}
	described := 0
	for _, it := range ds.Interactions {
		if it.Description != "" {
			described++
		}
	}
	if described == 0 {
		t.Fatal("the demo has no descriptions to export")
	}
	month := time.Date(2026, 11, 1, 0, 0, 0, 0, time.Local)
	for _, f := range []data.Filter{{}, {Status: data.StatusToReview}, {From: month, To: month.AddDate(0, 1, 0)},
		{Kinds: data.TypeKinds(data.TypeEmail)}, {Text: "поставк"}} {
		for _, o := range []csvio.Options{{BOM: true}, {Comma: ','}} {
			var got bytes.Buffer
			n, err := csvio.ExportInteractions(&got, s, f, o)
			if err != nil {
				t.Fatal(err)
			}
			want, rows := exportByRecords(t, s, f, o)
			if !bytes.Equal(got.Bytes(), want) {
				t.Fatalf("filter %+v, options %+v: the export differs from the records' (%d and %d bytes)", f, o, got.Len(), len(want))
			}
			if n != rows || n == 0 {
				t.Errorf("filter %+v: %d rows exported, the list has %d", f, n, rows)
			}
		}
	}
}
