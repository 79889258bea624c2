package data_test

import (
	"testing"

	"interactions/data"
)

// BenchmarkNamesOf names the references a listing shows, read afresh each
// round as a new process reads them: "page-50" the responsibles and
// subjects of the first page of the list, "to-review-subjects" the
// groups of "to review by subject" (query 11 of the SQLite comparison).
func BenchmarkNamesOf(b *testing.B) {
	s := openBench(b)
	page, err := s.List(data.Query{Order: data.NewestFirst, Limit: 50})
	if err != nil || len(page.Rows) == 0 {
		b.Fatal("no rows", err)
	}
	var pageRefs []data.Ref
	for _, r := range page.Rows {
		pageRefs = append(pageRefs, data.Ref{Kind: data.RefEmployee, ID: r.Interaction.Responsible})
		if !r.Interaction.Subject.IsZero() {
			pageRefs = append(pageRefs, r.Interaction.Subject)
		}
	}
	gs, err := s.Groups(data.Filter{Status: data.StatusToReview}, data.GroupBy{Kind: data.GroupSubject})
	if err != nil {
		b.Fatal(err)
	}
	var groupRefs []data.Ref
	for _, g := range gs {
		if !g.Key.Ref.IsZero() {
			groupRefs = append(groupRefs, g.Key.Ref)
		}
	}
	for _, c := range []struct {
		name string
		refs []data.Ref
	}{{"page-50", pageRefs}, {"to-review-subjects", groupRefs}} {
		b.Run(c.name, func(b *testing.B) {
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				s.ForgetNames()
				if names := s.NamesOf(c.refs); len(names) != len(c.refs) {
					b.Fatal("no names")
				}
			}
			b.ReportMetric(float64(len(c.refs)), "refs/op")
		})
	}
}
