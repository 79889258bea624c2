package data_test

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// BenchmarkCheck checks the benchmark database: pages, every index,
// posting and counter against the records.
func BenchmarkCheck(b *testing.B) {
	s := openBench(b)
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		probs, err := s.Check()
		if err != nil || len(probs) > 0 {
			b.Fatalf("Check() = %d problems (%.200q), %v", len(probs), probs, err)
		}
	}
}

// BenchmarkRebuild opens a copy of the benchmark database whose date
// index is gone, so that Open builds every index and counter again from
// the records, as a repair does.
func BenchmarkRebuild(b *testing.B) {
	src := benchDB(b)
	var cpu time.Duration
	defer func() { b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op") }()
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "rebuild.db")
		copyFile(b, src, path)
		db, err := bolt.Open(path, 0o600, nil)
		if err != nil {
			b.Fatal(err)
		}
		if err := db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("ix_date")) }); err != nil {
			b.Fatal(err)
		}
		db.Close()
		b.StartTimer()
		start := cpuTime()
		s, err := data.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
		cpu += cpuTime() - start
		b.StopTimer()
		os.Remove(path)
		b.StartTimer()
	}
}

func copyFile(b *testing.B, from, to string) {
	in, err := os.Open(from)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
}
