package csvio_test

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/csvio"
	"interactions/data/demo"
)

// exportByRecords writes the interactions as the export did before it
// read the list's summaries and wrote its own fields: every record decoded
// through List, each row written by encoding/csv.
func exportByRecords(t *testing.T, s *data.Store, f data.Filter, o csvio.Options) ([]byte, int) {
	t.Helper()
	var out bytes.Buffer
	if o.BOM {
		out.WriteString("\uFEFF")
	}
	w := csv.NewWriter(&out)
	w.Comma = ';'
	if o.Comma != 0 {
		w.Comma = o.Comma
	}
	w.Write([]string{"id", "date", "number", "type", "direction", "topic", "description", "contacts", "subject", "responsible", "reviewed", "review_after"})
	dir := map[data.Direction]string{data.DirIncoming: "in", data.DirOutgoing: "out"}
	yesNo := map[bool]string{true: "yes", false: "no"}
	q := data.Query{Filter: f, Order: data.NewestFirst, Limit: 700}
	n := 0
	for {
		page, err := s.List(q)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range page.Rows {
			it := r.Interaction
			after := ""
			if !it.ReviewAfter.IsZero() {
				after = it.ReviewAfter.In(time.Local).Format(time.RFC3339)
			}
			subject := ""
			if !it.IsChainRoot() && r.Subject != "" {
				subject = r.Subject
				if it.Subject.Kind == data.RefInteraction {
					subject = "chain: " + subject
				}
			}
			w.Write([]string{strconv.FormatUint(uint64(it.ID), 10), it.Date.In(time.Local).Format(time.RFC3339), it.Number,
				it.Type.String(), dir[it.Direction], it.Topic, it.Description, r.Contacts, subject, r.Responsible,
				yesNo[it.Reviewed], after})
		}
		n += len(page.Rows)
		if !page.More {
			break
		}
		q.After = page.Next
	}
	w.Flush()
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), n
}

// TestInteractionWriter_Write writes decoded rows as encoding/csv does.
func TestInteractionWriter_Write(t *testing.T) {
	s := demoExportStore(t)
	for _, o := range []csvio.Options{{BOM: true}, {Comma: ','}} {
		var got bytes.Buffer
		x, err := csvio.NewInteractionWriter(&got, o)
		if err != nil {
			t.Fatal(err)
		}
		page, err := s.List(data.Query{Limit: 3000})
		if err != nil {
			t.Fatal(err)
		}
		for i := range page.Rows {
			if err := x.Write(&page.Rows[i]); err != nil {
				t.Fatal(err)
			}
		}
		if err := x.Flush(); err != nil {
			t.Fatal(err)
		}
		if want, _ := exportByRecords(t, s, data.Filter{}, o); !bytes.Equal(got.Bytes(), want) {
			t.Errorf("options %+v: Write differs from encoding/csv (%d and %d bytes)", o, got.Len(), len(want))
		}
	}
	if _, err := csvio.NewInteractionWriter(&bytes.Buffer{}, csvio.Options{Comma: '\t'}); err == nil {
		t.Error("a tab separator is taken")
	}
}

// demoExportStore is a store of 3 000 demo interactions.
func demoExportStore(t *testing.T) *data.Store {
	t.Helper()
	s := tempStore(t)
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
	return s
}

// TestExportInteractions_SameAsRecords exports a demo dataset — chains,
// descriptions with commas, quotes and line breaks, deferred reviews —
// from the rows' summaries and descriptions, and finds the file byte for
// byte what decoding every record and encoding/csv write, for several
// filters and both separators.
func TestExportInteractions_SameAsRecords(t *testing.T) {
	s := demoExportStore(t)
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
