package data_test

import (
	"context"
	"fmt"
	"interactions/data/demo/benchdata"
	"path/filepath"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/demo"
)

// benchSize is the number of demo interactions the benchmarks run on
// (benchdata.Size: 100 000 unless INTERACTIONS_BENCH_SIZE says otherwise).
func benchSize() int { return benchdata.Size() }

// benchNow is the fixed "today" of the benchmark data.
var benchNow = benchdata.Now

// benchDB returns the path of the shared demo database of benchSize
// interactions.
func benchDB(b *testing.B) string {
	path, err := benchdata.File(benchSize())
	if err != nil {
		b.Fatal(err)
	}
	return path
}

func openBench(b *testing.B) *data.Store {
	s, err := data.Open(benchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	s.Now = func() time.Time { return benchNow }
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkDemo generates and loads the demo data into a new database;
// it reports the processor time and the peak memory of the process
// (run it alone for that figure to be the demo's).
func BenchmarkDemo(b *testing.B) {
	defer reportCPU(b, cpuTime())
	defer func() { b.ReportMetric(maxRSS(), "maxrss-MB") }()
	for i := 0; i < b.N; i++ {
		s, err := data.Open(filepath.Join(b.TempDir(), "demo.db"))
		if err != nil {
			b.Fatal(err)
		}
		ds, err := demo.Generate(demo.Options{Size: benchSize(), Seed: 1, Lang: "ru", Now: benchNow})
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Load(ds); err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkOpen opens the database and reads the first page of the list.
func BenchmarkOpen(b *testing.B) {
	path := benchDB(b)
	for i := 0; i < b.N; i++ {
		s, err := data.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.List(data.Query{Limit: 50}); err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// benchFilters are the filters the list benchmarks run, by name.
func benchFilters(s *data.Store) map[string]data.Filter {
	month := time.Date(benchNow.Year(), benchNow.Month(), 1, 0, 0, 0, 0, time.Local)
	return map[string]data.Filter{
		"all":            {},
		"to-review":      {Status: data.StatusToReview},
		"deferred":       {Status: data.StatusDeferred},
		"calls-in":       {Kinds: []data.Kind{data.KindCallIn}},
		"responsible":    {Responsible: 3},
		"contact":        {Contact: data.Ref{Kind: data.RefPartner, ID: 7}},
		"month":          {From: month, To: month.AddDate(0, 1, 0)},
		"email-reviewed": {Kinds: []data.Kind{data.KindEmailIn}, Status: data.StatusReviewed, Responsible: 2},
		"text":           {Text: "поставк"},
		"text+type":      {Text: "иван", Kinds: []data.Kind{data.KindMeeting}},
		"importance":     {Importance: data.ImportanceHigh},
	}
}

// BenchmarkListFirstPage reads the first screen (50 rows) for a filter.
func BenchmarkListFirstPage(b *testing.B) {
	s := openBench(b)
	for name, f := range benchFilters(s) {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.List(data.Query{Filter: f, Limit: 50}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCount counts the rows of a filter.
func BenchmarkCount(b *testing.B) {
	s := openBench(b)
	for name, f := range benchFilters(s) {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.Count(f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkStatusCounts counts the four statuses.
func BenchmarkStatusCounts(b *testing.B) {
	s := openBench(b)
	for i := 0; i < b.N; i++ {
		if _, err := s.StatusCounts(context.Background(), data.Filter{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGroups counts groups without a filter (from the counters), under
// "to review" (from the status index's values, for the groupings they
// serve) and with a responsible (by walking an index).
func BenchmarkGroups(b *testing.B) {
	s := openBench(b)
	for _, g := range []struct {
		name string
		by   data.GroupBy
	}{
		{"type", data.GroupBy{Kind: data.GroupType}},
		{"responsible", data.GroupBy{Kind: data.GroupResponsible}},
		{"contact", data.GroupBy{Kind: data.GroupContact}},
		{"subject", data.GroupBy{Kind: data.GroupSubject}},
		{"month", data.GroupBy{Kind: data.GroupMonth}},
		{"attr", data.GroupBy{Kind: data.GroupAttr, Attr: 1}},
	} {
		b.Run(g.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.Groups(data.Filter{}, g.by); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(g.name+"/to-review", func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Groups(data.Filter{Status: data.StatusToReview}, g.by); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(g.name+"/responsible-filter", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.Groups(data.Filter{Responsible: 3}, g.by); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSearch runs text searches to the first page and to the count.
func BenchmarkSearch(b *testing.B) {
	s := openBench(b)
	for _, q := range []string{"пост", "поставк", "иванов", "ромашка договор", "495"} {
		b.Run(q, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.List(data.Query{Filter: data.Filter{Text: q}, Limit: 50}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScanAll walks every row of the list, as background counting does.
func BenchmarkScanAll(b *testing.B) {
	s := openBench(b)
	for i := 0; i < b.N; i++ {
		n := 0
		s.Scan(context.Background(), data.Filter{}, data.NewestFirst, func(data.Cursor) bool { n++; return true })
	}
}

// BenchmarkSaveInteraction saves one new call (one transaction, one fsync).
func BenchmarkSaveInteraction(b *testing.B) {
	s := openBench(b)
	for i := 0; i < b.N; i++ {
		it := s.NewInteraction(data.TypeCall, data.DirIncoming)
		it.Responsible = 1
		it.Topic = "Звонок клиента по заказу"
		it.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefPartner, ID: 5}}}
		if err := s.SaveInteraction(it); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.MarkDeleted([]data.ID{it.ID}, true)
		s.Purge()
		b.StartTimer()
	}
}

// BenchmarkMarkReviewed marks 1 000 rows reviewed in one transaction.
func BenchmarkMarkReviewed(b *testing.B) {
	s := openBench(b)
	ids := firstIDs(b, s, data.Query{Filter: data.Filter{Status: data.StatusReviewed}, Limit: 1000})
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s.SetReviewed(ids, false)
		b.StartTimer()
		if err := s.SetReviewed(ids, true); err != nil {
			b.Fatal(err)
		}
	}
}

// firstIDs lists the ids of q's first page.
func firstIDs(b *testing.B, s *data.Store, q data.Query) []data.ID {
	page, err := s.List(q)
	if err != nil {
		b.Fatal(err)
	}
	ids := make([]data.ID, len(page.Rows))
	for i, r := range page.Rows {
		ids[i] = r.Interaction.ID
	}
	return ids
}

// BenchmarkMarkDeleted marks the newest 1 000 and 10 000 interactions for
// deletion (Delete on a selection); the marks are cleared again untimed.
func BenchmarkMarkDeleted(b *testing.B) {
	s := openBench(b)
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ids := firstIDs(b, s, data.Query{Limit: n})
			for i := 0; i < b.N; i++ {
				if err := s.MarkDeleted(ids, true); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if err := s.MarkDeleted(ids, false); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
		})
	}
}

// BenchmarkSubjectCounters reads the navigation panel's subject counts.
func BenchmarkSubjectCounters(b *testing.B) {
	s := openBench(b)
	for _, active := range []bool{false, true} {
		b.Run(fmt.Sprintf("active=%v", active), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.SubjectCounters(active); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
