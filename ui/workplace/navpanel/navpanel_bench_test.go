package navpanel

import (
	"fmt"
	"interactions/data/demo/benchdata"
	"testing"

	"interactions/data"
)

// navBenchDB returns the path of the demo database data's benchmarks use
// too, of benchdata.Size interactions.
func navBenchDB(b *testing.B) string {
	path, err := benchdata.File(benchdata.Size())
	if err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkNavPanelCounts measures the store calls the navigation panel
// makes: the counts of each mode, the names of the first block of rows,
// and the names of every subject that the search reads.
func BenchmarkNavPanelCounts(b *testing.B) {
	st, err := data.Open(navBenchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	count := func(b *testing.B, read func() ([]data.Group, error)) []data.Group {
		var gs []data.Group
		for b.Loop() {
			var err error
			if gs, err = read(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(gs)), "groups")
		return gs
	}
	var subjects []data.Group
	b.Run("subjects", func(b *testing.B) {
		subjects = count(b, func() ([]data.Group, error) { return st.SubjectCounters(false) })
	})
	b.Run("subjects-active", func(b *testing.B) {
		count(b, func() ([]data.Group, error) { return st.SubjectCounters(true) })
	})
	b.Run("contacts", func(b *testing.B) {
		count(b, func() ([]data.Group, error) { return st.Counters(data.GroupBy{Kind: data.GroupContact}) })
	})
	b.Run("responsible", func(b *testing.B) {
		count(b, func() ([]data.Group, error) { return st.Counters(data.GroupBy{Kind: data.GroupResponsible}) })
	})
	for _, d := range st.AttrDefs() {
		b.Run(fmt.Sprintf("attr-%d-%s", d.ID, d.Type), func(b *testing.B) {
			count(b, func() ([]data.Group, error) { return st.Counters(data.GroupBy{Kind: data.GroupAttr, Attr: d.ID}) })
		})
	}
	refs := make([]data.Ref, len(subjects))
	for i, g := range subjects {
		refs[i] = g.Key.Ref
	}
	b.Run("names-block", func(b *testing.B) {
		for b.Loop() {
			st.Names(refs[:min(navNameBlock, len(refs))])
		}
	})
	b.Run("names-all-subjects", func(b *testing.B) {
		for b.Loop() {
			for start := 0; start < len(refs); start += navNameChunk {
				st.Names(refs[start:min(start+navNameChunk, len(refs))])
			}
		}
		b.ReportMetric(float64(len(refs)), "names")
	})
}
