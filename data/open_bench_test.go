package data_test

import (
	"testing"

	"interactions/data"
)

// BenchmarkOpenReadOnly opens the benchmark database the way the command
// line's list does (read-only) and closes it: "open" alone, "page" with
// the newest 50 rows read in between.
func BenchmarkOpenReadOnly(b *testing.B) {
	path := benchDB(b)
	for _, page := range []bool{false, true} {
		name := "open"
		if page {
			name = "page"
		}
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				s, err := data.OpenReadOnly(path)
				if err != nil {
					b.Fatal(err)
				}
				if page {
					if _, err := s.List(data.Query{Limit: 50}); err != nil {
						b.Fatal(err)
					}
				}
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
