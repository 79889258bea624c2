package data_test

import (
	"context"
	"testing"
	"time"

	"interactions/data"
)

// BenchmarkListRows reads every row a filter selects, 2 000 a page, as the
// command line's table and CSV export do: "month" is this month's rows,
// "all" every interaction. rows/op is the number of rows read.
func BenchmarkListRows(b *testing.B) {
	s := openBench(b)
	month := time.Date(benchNow.Year(), benchNow.Month(), 1, 0, 0, 0, 0, time.Local)
	for _, c := range []struct {
		name string
		f    data.Filter
	}{
		{"month", data.Filter{From: month, To: month.AddDate(0, 1, 0)}},
		{"all", data.Filter{}},
	} {
		b.Run(c.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				n = 0
				q := data.Query{Filter: c.f, Limit: 2000}
				for {
					page, err := s.List(q)
					if err != nil {
						b.Fatal(err)
					}
					n += len(page.Rows)
					if !page.More {
						break
					}
					q.After = page.Next
				}
			}
			b.ReportMetric(float64(n), "rows/op")
		})
	}
}

// BenchmarkListRowsFirstPage reads the first 50 rows of a filter as the
// command line's `list --limit 50` does: calls (a third of the rows, the
// newest 15 000 at a million being plans of the weeks ahead), to review,
// and one responsible's.
func BenchmarkListRowsFirstPage(b *testing.B) {
	s := openBench(b)
	byResp, err := s.Groups(data.Filter{}, data.GroupBy{Kind: data.GroupResponsible})
	if err != nil || len(byResp) == 0 {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		f    data.Filter
	}{
		{"calls", data.Filter{Kinds: data.TypeKinds(data.TypeCall)}},
		{"to-review", data.Filter{Status: data.StatusToReview}},
		{"responsible", data.Filter{Responsible: byResp[0].Key.Ref.ID}},
	} {
		b.Run(c.name, func(b *testing.B) {
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				n := 0
				if _, err := s.ListRows(data.Query{Filter: c.f, Limit: 50}, func(*data.RowText) error { n++; return nil }); err != nil || n != 50 {
					b.Fatal(n, err)
				}
			}
		})
	}
}

// BenchmarkSortedKeys sorts every interaction by the columns that need
// more than the row summaries: topic, contacts and subject.
func BenchmarkSortedKeys(b *testing.B) {
	s := openBench(b)
	for name, key := range map[string]data.SortKey{"topic": data.SortTopic, "contacts": data.SortContacts, "subject": data.SortSubject} {
		b.Run(name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				keys, err := s.SortedKeys(context.Background(), data.Filter{}, key, false)
				if err != nil {
					b.Fatal(err)
				}
				n = len(keys)
			}
			b.ReportMetric(float64(n), "rows/op")
		})
	}
}

// BenchmarkListRowText reads the same rows as BenchmarkListRows through
// ListRows, the lean rows the command line prints.
func BenchmarkListRowText(b *testing.B) {
	s := openBench(b)
	month := time.Date(benchNow.Year(), benchNow.Month(), 1, 0, 0, 0, 0, time.Local)
	for _, c := range []struct {
		name string
		f    data.Filter
	}{
		{"month", data.Filter{From: month, To: month.AddDate(0, 1, 0)}},
		{"all", data.Filter{}},
	} {
		b.Run(c.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				n = 0
				q := data.Query{Filter: c.f, Limit: 2000}
				for {
					page, err := s.ListRows(q, func(*data.RowText) error { n++; return nil })
					if err != nil {
						b.Fatal(err)
					}
					if !page.More {
						break
					}
					q.After = page.Next
				}
			}
			b.ReportMetric(float64(n), "rows/op")
		})
	}
}
