package widgets_test

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"interactions/data/demo/benchdata"
	"interactions/ui/internal/uitest"
	"interactions/ui/widgets"
)

// BenchmarkSubjectChoices reads every deal, claim, event and order as the
// editors' subject picker offers them (read once in the background at the
// start, and again when the catalogs change), in the shared benchmark
// database (INTERACTIONS_BENCH_SIZE, 100 000 unless set: 54 000 subjects
// at a million); it reports the processor time too.
func BenchmarkSubjectChoices(b *testing.B) {
	st := benchdata.Open(b)
	test.NewTempApp(b)
	defer uitest.ReportCPU(b, uitest.CPUTime())
	for b.Loop() {
		if cs, err := widgets.SubjectChoices(st); err != nil || len(cs) == 0 {
			b.Fatal(len(cs), err)
		}
	}
}
