package data_test

import (
	"context"
	"testing"

	"interactions/data"
)

// BenchmarkEditorOpen reads what an editor fills its fields from: the
// interaction and its chain's rows.
func BenchmarkEditorOpen(b *testing.B) {
	s := openBench(b)
	page, err := s.List(data.Query{Limit: 1})
	if err != nil || len(page.Rows) == 0 {
		b.Fatal("no interaction", err)
	}
	id := page.Rows[0].Interaction.ID
	b.ResetTimer()
	for b.Loop() {
		it, err := s.Interaction(id)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Chain(context.Background(), it.Subject); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSaveEdited saves an edited interaction with every index and
// counter, the topic changed and changed back in turn.
func BenchmarkSaveEdited(b *testing.B) {
	s := openBench(b)
	page, err := s.List(data.Query{Limit: 1})
	if err != nil || len(page.Rows) == 0 {
		b.Fatal("no interaction", err)
	}
	id := page.Rows[0].Interaction.ID
	it, err := s.Interaction(id)
	if err != nil {
		b.Fatal(err)
	}
	topic := it.Topic
	n := 0
	for b.Loop() {
		it.Topic = topic
		if n%2 == 0 {
			it.Topic = topic + " (правка)"
		}
		n++
		if err := s.SaveEdited(it); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	it.Topic = topic
	if err := s.SaveEdited(it); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkRenamePartner renames the partner named in most interactions
// (its interactions renamed with it) and back.
func BenchmarkRenamePartner(b *testing.B) {
	s := openBench(b)
	groups, err := s.Counters(data.GroupBy{Kind: data.GroupContact})
	if err != nil {
		b.Fatal(err)
	}
	var best data.Group
	for _, g := range groups {
		if g.Key.Ref.Kind == data.RefPartner && g.Count > best.Count {
			best = g
		}
	}
	ps, err := s.Partners()
	if err != nil {
		b.Fatal(err)
	}
	var p data.Partner
	for _, c := range ps {
		if c.ID == best.Key.Ref.ID {
			p = c
		}
	}
	name := p.Name
	n := 0
	for b.Loop() {
		p.Name = name
		if n%2 == 0 {
			p.Name = name + " (новое)"
		}
		n++
		if err := s.SavePartner(&p); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(best.Count), "interactions")
	p.Name = name
	if err := s.SavePartner(&p); err != nil {
		b.Fatal(err)
	}
}
