package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/demo"
)

// navBenchSize is the number of demo interactions the panel's benchmark
// runs on: 100 000 unless INTERACTIONS_BENCH_SIZE says otherwise.
func navBenchSize() int {
	if n, err := strconv.Atoi(os.Getenv("INTERACTIONS_BENCH_SIZE")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

var (
	navBenchOnce sync.Once
	navBenchPath string
	navBenchErr  error
)

// navBenchDB returns the path of a demo database of navBenchSize
// interactions, made once and kept in the temp folder between runs. It is
// made the way data's benchmarks make theirs, under the same name, so the
// two share the file.
func navBenchDB(b *testing.B) string {
	navBenchOnce.Do(func() {
		navBenchPath = filepath.Join(os.TempDir(), fmt.Sprintf("interactions-bench-v%d-%d.db", data.SchemaVersion, navBenchSize()))
		if _, err := os.Stat(navBenchPath); err == nil {
			return
		}
		tmp := fmt.Sprintf("%s.%d.part", navBenchPath, os.Getpid())
		os.Remove(tmp)
		s, err := data.Open(tmp)
		if err != nil {
			navBenchErr = err
			return
		}
		now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.Local)
		ds, err := demo.Generate(demo.Options{Size: navBenchSize(), Seed: 1, Lang: "ru", Now: now})
		if err == nil {
			err = s.Load(ds)
		}
		s.Close()
		if err == nil {
			err = os.Rename(tmp, navBenchPath)
		}
		navBenchErr = err
	})
	if navBenchErr != nil {
		b.Fatal(navBenchErr)
	}
	return navBenchPath
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
