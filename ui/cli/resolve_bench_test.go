//go:build unix

package cli

import (
	"syscall"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/demo/benchdata"
)

// BenchmarkResolveResponsible resolves --responsible as the list command
// does, by the name of the employee with the most interactions, in the
// benchmark database (INTERACTIONS_BENCH_SIZE, 100 000 unless set); it
// reports the processor time too.
func BenchmarkResolveResponsible(b *testing.B) {
	s := benchdata.Open(b)
	gs, err := s.Groups(data.Filter{}, data.GroupBy{Kind: data.GroupResponsible})
	if err != nil || len(gs) == 0 {
		b.Fatal("no responsible groups", err)
	}
	want := gs[0].Key.Ref.ID
	name := s.Name(gs[0].Key.Ref)
	cpu := func() time.Duration {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	start := cpu()
	for b.Loop() {
		if id, err := resolveResponsible(s, name); err != nil || id != want {
			b.Fatalf("resolve %q = %d, %v; want %d", name, id, err, want)
		}
	}
	b.ReportMetric(float64(cpu()-start)/float64(time.Microsecond)/float64(b.N), "cpu-µs/op")
}
