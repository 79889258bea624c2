package data_test

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"interactions/data"
)

// privateBench opens a copy of the shared benchmark database that the
// benchmark may change at will.
func privateBench(b *testing.B) *data.Store {
	src, err := os.Open(benchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	path := filepath.Join(b.TempDir(), "bench.db")
	dst, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		b.Fatal(err)
	}
	// Written out before the timer starts: else the first save's fsync
	// writes the whole copy.
	if err := dst.Sync(); err != nil {
		b.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		b.Fatal(err)
	}
	s, err := data.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	s.Now = func() time.Time { return benchNow }
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkMoveChain50 sets a deal as the subject of one member of a
// chain of 50 interactions: the whole chain moves to the deal, with
// every index and counter, in one save. Each round builds a new chain
// first, outside the timer.
func BenchmarkMoveChain50(b *testing.B) {
	s := privateBench(b)
	emps, err := s.Employees()
	if err != nil || len(emps) == 0 {
		b.Fatal("no employee", err)
	}
	deals, err := s.Deals()
	if err != nil || len(deals) == 0 {
		b.Fatal("no deal", err)
	}
	partners, err := s.Partners()
	if err != nil || len(partners) == 0 {
		b.Fatal("no partner", err)
	}
	deal := data.Ref{Kind: data.RefDeal, ID: deals[0].ID}
	contact := data.Contact{Ref: data.Ref{Kind: data.RefPartner, ID: partners[0].ID}}
	before, err := s.Count(data.Filter{Subject: deal})
	if err != nil {
		b.Fatal(err)
	}
	var cpu, wall time.Duration
	// The copy and open of the file (seconds at 1 M) are not timed.
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		var last *data.Interaction
		for k := range 50 {
			it := s.NewInteraction(data.TypeCall, data.DirOutgoing)
			it.Responsible, it.Topic, it.Contacts = emps[0].ID, "Цепочка для переноса", []data.Contact{contact}
			it.Date = benchNow.Add(time.Duration(k) * time.Minute)
			if last != nil {
				it.BasedOn = last.ID
			}
			if err := s.SaveInteraction(it); err != nil {
				b.Fatal(err)
			}
			last = it
		}
		if n, _ := s.ChainSize(last.Subject); n != 50 {
			b.Fatalf("the chain has %d interactions, want 50", n)
		}
		edited, err := s.Interaction(last.ID)
		if err != nil {
			b.Fatal(err)
		}
		edited.Subject = deal
		b.StartTimer()
		start, wallStart := cpuTime(), time.Now()
		if err := s.SaveEdited(edited); err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - start
		wall += time.Since(wallStart)
	}
	b.StopTimer()
	// save-ms/op is the save's own wall clock, fsync included, timed
	// around it alone (the same as ns/op now that the copy of the file is
	// left out by ResetTimer); cpu-ms/op is its processor time.
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(wall.Microseconds())/1000/float64(b.N), "save-ms/op")
	if n, _ := s.Count(data.Filter{Subject: deal}); n != before+50*b.N {
		b.Fatalf("the deal has %d interactions, want %d", n, before+50*b.N)
	}
}
