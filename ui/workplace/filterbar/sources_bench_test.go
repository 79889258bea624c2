package filterbar

import (
	"testing"

	"interactions/data/demo/benchdata"
	"interactions/ui/internal/uitest"
)

// BenchmarkPickerLoads reads the records of the contact and the subject
// pickers of the filter bar as their first opening does, in the shared
// benchmark database (INTERACTIONS_BENCH_SIZE, 100 000 unless set: 8 000
// contacts and 54 000 subjects at a million); it reports the processor
// time too.
func BenchmarkPickerLoads(b *testing.B) {
	bar := &Bar{st: benchdata.Open(b)}
	for name, load := range map[string]func() ([]pickItem, error){"contacts": bar.contactLoader(), "subjects": bar.subjectLoader()} {
		b.Run(name, func(b *testing.B) {
			defer uitest.ReportCPU(b, uitest.CPUTime())
			for b.Loop() {
				if items, err := load(); err != nil || len(items) == 0 {
					b.Fatal(len(items), err)
				}
			}
		})
	}
}
