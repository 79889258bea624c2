package data_test

import (
	"context"
	"testing"

	"interactions/data"
)

// BenchmarkSearchCold opens the benchmark file read-only, reads the first
// 50 rows of a search (query 6 of the comparison with SQLite: a common
// prefix held by a fifth of the interactions) and closes it, as one run of
// the command line does; "none" is the same without the search, so the
// difference is the search's own part with the file's pages mapped anew.
func BenchmarkSearchCold(b *testing.B) {
	path := benchDB(b)
	for _, q := range []string{"", "поставк", "ромашка договор"} {
		name := q
		if q == "" {
			name = "none"
		}
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				s, err := data.OpenReadOnly(path)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := s.List(data.Query{Filter: data.Filter{Text: q}, Limit: 50}); err != nil {
					b.Fatal(err)
				}
				s.Close()
			}
		})
	}
}

// BenchmarkSearchCount counts every match of a search, as the window's
// total and status counts do: a query word of one letter begins
// thousands of words and is looked up in the words of every row, a
// longer one drives the walk from its postings.
func BenchmarkSearchCount(b *testing.B) {
	s := openBench(b)
	for _, q := range []string{"д", "дог", "ромашка договор"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.StatusCounts(context.Background(), data.Filter{Text: q}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
