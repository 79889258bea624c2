package data_test

import (
	"testing"

	"interactions/data"
)

// BenchmarkStatusQueries runs the status-filtered queries of the SQLite
// comparison the way the command line runs them, the names of the groups
// read afresh each round (a new process starts with no names kept):
// 11 "to review by subject", 12 "to review by responsible" (groups and
// their names) and 7 "calls to review of one responsible" (the first 50
// rows). The responsible is the employee with the most interactions.
func BenchmarkStatusQueries(b *testing.B) {
	s := openBench(b)
	byResp, err := s.Groups(data.Filter{}, data.GroupBy{Kind: data.GroupResponsible})
	if err != nil || len(byResp) == 0 {
		b.Fatal(err)
	}
	resp := byResp[0].Key.Ref.ID
	named := func(b *testing.B, f data.Filter, by data.GroupBy) {
		defer reportCPU(b, cpuTime())
		for b.Loop() {
			s.ForgetNames()
			gs, err := s.Groups(f, by)
			if err != nil {
				b.Fatal(err)
			}
			refs := make([]data.Ref, 0, len(gs))
			for _, g := range gs {
				if !g.Key.Ref.IsZero() {
					refs = append(refs, g.Key.Ref)
				}
			}
			if names := s.NamesOf(refs); len(names) != len(refs) {
				b.Fatal("no names")
			}
		}
	}
	b.Run("11-to-review-by-subject", func(b *testing.B) {
		named(b, data.Filter{Status: data.StatusToReview}, data.GroupBy{Kind: data.GroupSubject})
	})
	b.Run("12-to-review-by-responsible", func(b *testing.B) {
		named(b, data.Filter{Status: data.StatusToReview}, data.GroupBy{Kind: data.GroupResponsible})
	})
	b.Run("7-calls-to-review-responsible-50", func(b *testing.B) {
		f := data.Filter{Kinds: data.TypeKinds(data.TypeCall), Status: data.StatusToReview, Responsible: resp}
		defer reportCPU(b, cpuTime())
		for b.Loop() {
			s.ForgetNames()
			page, err := s.List(data.Query{Filter: f, Order: data.NewestFirst, Limit: 50})
			if err != nil || len(page.Rows) == 0 {
				b.Fatal(err)
			}
		}
	})
}
