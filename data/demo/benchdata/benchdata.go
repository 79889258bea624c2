// Package benchdata keeps the demo databases the benchmarks of data and
// ui run on: one file per size, made once and reused. Only tests import
// it, so the programs do not carry it.
package benchdata

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

// Now is the fixed "today" of the benchmarks' demo data.
var Now = time.Date(2026, 11, 27, 12, 0, 0, 0, time.Local)

// Size is the number of demo interactions benchmarks run on:
// 100 000 unless the environment variable INTERACTIONS_BENCH_SIZE says
// otherwise (e.g. 1000000).
func Size() int {
	if n, err := strconv.Atoi(os.Getenv("INTERACTIONS_BENCH_SIZE")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

var (
	benchMu    sync.Mutex
	benchFiles = map[int]string{}
)

// File returns the path of a database of size demo interactions
// (seed 1, Russian, dated around Now), made once and kept in the temp
// folder between runs, so that every package's benchmarks share it. It is
// built under another name and renamed when complete.
func File(size int) (string, error) {
	benchMu.Lock()
	defer benchMu.Unlock()
	if p, ok := benchFiles[size]; ok {
		return p, nil
	}
	path := filepath.Join(os.TempDir(), fmt.Sprintf("interactions-bench-v%d-%d.db", data.SchemaVersion, size))
	if _, err := os.Stat(path); err != nil {
		tmp := fmt.Sprintf("%s.%d.part", path, os.Getpid())
		os.Remove(tmp)
		s, err := data.Open(tmp)
		if err != nil {
			return "", err
		}
		ds, err := demo.Generate(demo.Options{Size: size, Seed: 1, Lang: "ru", Now: Now})
		if err == nil {
			err = s.Load(ds)
		}
		if cerr := s.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(tmp, path)
		}
		if err != nil {
			os.Remove(tmp)
			return "", fmt.Errorf("demo: benchmark database: %w", err)
		}
	}
	benchFiles[size] = path
	return path, nil
}

// Open opens the benchmark database of Size, its clock fixed at Now, and
// closes it when tb ends.
func Open(tb testing.TB) *data.Store {
	path, err := File(Size())
	if err != nil {
		tb.Fatal(err)
	}
	st, err := data.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	st.Now = func() time.Time { return Now }
	tb.Cleanup(func() { st.Close() })
	return st
}
