package csvio_test

import (
	"io"
	"testing"

	"interactions/data"
	"interactions/data/csvio"
	"interactions/data/demo/benchdata"
)

// BenchmarkExportInteractions exports every interaction of the shared
// demo database (100 000 unless INTERACTIONS_BENCH_SIZE says otherwise)
// to CSV: reading the list page by page and writing the rows.
func BenchmarkExportInteractions(b *testing.B) {
	path, err := benchdata.File(benchdata.Size())
	if err != nil {
		b.Fatal(err)
	}
	s, err := data.OpenReadOnly(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var cw countingWriter
	b.ResetTimer()
	for b.Loop() {
		n, err := csvio.ExportInteractions(&cw, s, data.Filter{}, csvio.Options{BOM: true})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(n), "rows")
	}
	b.ReportMetric(float64(cw.n)/float64(b.N)/(1<<20), "MiB/op")
}

// BenchmarkWriteInteractionRows writes the rows of the shared demo
// database, read once beforehand, as CSV: the cost of the format alone,
// without the store's reads.
func BenchmarkWriteInteractionRows(b *testing.B) {
	path, err := benchdata.File(benchdata.Size())
	if err != nil {
		b.Fatal(err)
	}
	s, err := data.OpenReadOnly(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var rows []data.Row
	q := data.Query{Order: data.NewestFirst, Limit: 5000}
	for {
		page, err := s.List(q)
		if err != nil {
			b.Fatal(err)
		}
		rows = append(rows, page.Rows...)
		if !page.More || len(page.Rows) == 0 {
			break
		}
		q.After = page.Next
	}
	b.ResetTimer()
	for b.Loop() {
		x, err := csvio.NewInteractionWriter(io.Discard, csvio.Options{})
		if err != nil {
			b.Fatal(err)
		}
		for i := range rows {
			if err := x.Write(&rows[i]); err != nil {
				b.Fatal(err)
			}
		}
		if err := x.Flush(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(rows)), "rows")
}

type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }
