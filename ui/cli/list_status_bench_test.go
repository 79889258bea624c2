package cli_test

import (
	"io"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/demo/benchdata"
	"interactions/ui/cli"
)

// BenchmarkListStatusQueries runs the status-filtered queries of the
// SQLite comparison as the command line runs them, each round opening the
// benchmark database afresh (as a new process does: no names kept, the
// file mapped anew) and printing CSV: 11 "to review by subject",
// 12 "to review by responsible" and 7 "calls to review of one
// responsible, 50". The responsible is the employee with the most
// interactions. INTERACTIONS_BENCH_SIZE picks the size (100 000 unless set).
func BenchmarkListStatusQueries(b *testing.B) {
	path, err := benchdata.File(benchdata.Size())
	if err != nil {
		b.Fatal(err)
	}
	s, err := data.OpenReadOnly(path)
	if err != nil {
		b.Fatal(err)
	}
	gs, err := s.Groups(data.Filter{}, data.GroupBy{Kind: data.GroupResponsible})
	if err != nil || len(gs) == 0 {
		b.Fatal("no responsible groups", err)
	}
	resp := s.Name(gs[0].Key.Ref)
	s.Close()
	for _, q := range []struct {
		name string
		args []string
	}{
		{"11-to-review-by-subject", []string{"--status", "to-review", "--group", "subject", "--limit", "0"}},
		{"12-to-review-by-responsible", []string{"--status", "to-review", "--group", "responsible", "--limit", "0"}},
		{"7-calls-to-review-responsible-50", []string{"--type", "call", "--status", "to-review", "--responsible", resp, "--limit", "50"}},
	} {
		b.Run(q.name, func(b *testing.B) {
			args := append([]string{"--db", path, "list", "--format", "csv"}, q.args...)
			start := cpuTime()
			defer func() {
				b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
			}()
			for b.Loop() {
				if code, _, _ := cli.Main(args, io.Discard, io.Discard); code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}
