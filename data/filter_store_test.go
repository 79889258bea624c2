package data_test

import (
	"interactions/data/demo/benchdata"
	"path/filepath"
	"testing"

	"interactions/data"
	"interactions/data/demo"
)

// TestGroupFilterMatchesGroupCounts checks the filter rules against a real
// store with demo data: under a scope without SMS and under a contact
// filter, the filter of every group of every grouping counts as many
// interactions as the group, and the groups add up to the filter's count.
func TestGroupFilterMatchesGroupCounts(t *testing.T) {
	s, err := data.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ds, err := demo.Generate(demo.Options{Size: 400, Seed: 3, Lang: "en", Now: benchdata.Now})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Load(ds); err != nil {
		t.Fatal(err)
	}
	defs := s.AttrDefs()
	if len(defs) == 0 {
		t.Fatal("the demo data has no additional attributes")
	}
	noSMS := s.Settings().Options
	noSMS.UseSMS = false
	byContact, err := s.Groups(data.Filter{}, data.GroupBy{Kind: data.GroupContact})
	if err != nil || len(byContact) == 0 {
		t.Fatalf("contact groups: %v, %v", byContact, err)
	}
	filters := map[string]data.Filter{
		"everything":  {},
		"without SMS": noSMS.Scope(data.Filter{}),
		"one contact": {Contact: byContact[0].Key.Ref},
		"calls and e-mail drafts": {Kinds: []data.Kind{data.KindCallIn, data.KindCallOut, data.KindEmailDraft},
			Status: data.StatusReviewed},
	}
	groupings := []data.GroupBy{{Kind: data.GroupType}, {Kind: data.GroupResponsible}, {Kind: data.GroupContact},
		{Kind: data.GroupSubject}, {Kind: data.GroupDay}, {Kind: data.GroupWeek}, {Kind: data.GroupMonth}}
	for _, d := range defs {
		groupings = append(groupings, data.GroupBy{Kind: data.GroupAttr, Attr: d.ID})
	}
	for name, f := range filters {
		total, err := s.Count(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, by := range groupings {
			groups, err := s.Groups(f, by)
			if err != nil {
				t.Fatalf("%s by %v: %v", name, by, err)
			}
			sum := 0
			for _, g := range groups {
				sum += g.Count
				if n, err := s.Count(data.GroupFilter(f, by, g.Key)); err != nil || n != g.Count {
					t.Errorf("%s by %v, group %+v: the group's filter counts %d (%v), the group %d",
						name, by, g.Key, n, err, g.Count)
				}
			}
			// An interaction with several contacts is in several contact groups.
			if by.Kind != data.GroupContact && sum != total {
				t.Errorf("%s by %v: groups add up to %d, the filter counts %d", name, by, sum, total)
			}
		}
	}
	if n, _ := s.Count(filters["without SMS"]); n == 0 {
		t.Fatal("no interactions without SMS")
	}
	if n, _ := s.Count(data.Filter{Kinds: []data.Kind{data.KindSMS}}); n == 0 {
		t.Fatal("the demo data has no SMS")
	}
}
