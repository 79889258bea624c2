package data_test

import (
	"testing"

	"interactions/data"
	"interactions/data/demo"
)

// BenchmarkDerive derives the index entries, counters and search words
// of 5 000 demo interactions (Russian), as a load, a rebuild and check
// do for each record; it reports the processor time per interaction.
func BenchmarkDerive(b *testing.B) {
	ds, err := demo.Generate(demo.Options{Size: 5000, Seed: 1, Lang: "ru", Now: benchNow})
	if err != nil {
		b.Fatal(err)
	}
	derive, err := data.Deriver(ds)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		for i := range ds.Interactions {
			derive(i)
		}
	}
	// Processor time, not wall time: the machine may be shared.
	b.ReportMetric(float64((cpuTime()-start).Nanoseconds())/float64(b.N*len(ds.Interactions)), "cpu-ns/interaction")
}
