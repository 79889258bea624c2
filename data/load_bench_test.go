package data_test

import (
	"path/filepath"
	"runtime/debug"
	"testing"

	"interactions/data"
	"interactions/data/demo"
)

// BenchmarkDemoStream makes and loads the demo data the way the demo
// command does: the interactions a batch at a time, under the command's
// soft memory limit. It reports the processor time and the peak memory
// of the process (run it alone for that figure to be the load's).
func BenchmarkDemoStream(b *testing.B) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(900 << 20))
	defer reportCPU(b, cpuTime())
	defer func() { b.ReportMetric(maxRSS(), "maxrss-MB") }()
	for i := 0; i < b.N; i++ {
		s, err := data.Open(filepath.Join(b.TempDir(), "demo.db"))
		if err != nil {
			b.Fatal(err)
		}
		st, err := demo.NewStream(demo.Options{Size: benchSize(), Seed: 1, Lang: "ru", Now: benchNow})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.LoadStream(st.Catalogs(), st.Next); err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}
