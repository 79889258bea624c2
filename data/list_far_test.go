package data_test

import (
	"slices"
	"testing"

	"interactions/data"
)

// A page that finds its rows far apart in the date index reads their
// summaries plainly (far_summaries.go), one that finds them close through
// bbolt's mapping; a long listing reads them all through the mapping. So
// the first page of every filter, sparse (a subject's, a contact's) or
// dense (a responsible's, a type's, to review), must hold the first rows
// of the long listing.
func TestListRows_PageAsTheLongListing(t *testing.T) {
	s := demoRowsStore(t, 4000, 0)
	filters := []data.Filter{
		{Kinds: []data.Kind{data.KindCallIn, data.KindCallOut}},
		{Status: data.StatusToReview},
	}
	for _, g := range []data.GroupBy{{Kind: data.GroupSubject}, {Kind: data.GroupContact}, {Kind: data.GroupResponsible}} {
		groups, err := s.Groups(data.Filter{}, g)
		if err != nil {
			t.Fatal(err)
		}
		var usable []data.Group
		for _, gr := range groups {
			if !gr.Key.Ref.IsZero() && gr.Count >= 3 {
				usable = append(usable, gr)
			}
		}
		for j := 0; j < 6 && len(usable) > 0; j++ { // groups of every size, the sparse ones too
			ref := usable[j*(len(usable)-1)/5].Key.Ref
			switch g.Kind {
			case data.GroupSubject:
				filters = append(filters, data.Filter{Subject: ref})
			case data.GroupContact:
				filters = append(filters, data.Filter{Contact: ref})
			default:
				filters = append(filters, data.Filter{Responsible: ref.ID})
			}
		}
	}
	for _, f := range filters {
		var all []data.RowText
		if _, err := s.ListRows(data.Query{Filter: f, Limit: 5000}, func(r *data.RowText) error {
			if len(all) < 50 { // the texts are the reader's until fn returns
				c := *r
				c.Number, c.Topic, c.Contacts = slices.Clone(r.Number), slices.Clone(r.Topic), slices.Clone(r.Contacts)
				all = append(all, c)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		i := 0
		if _, err := s.ListRows(data.Query{Filter: f, Limit: 50}, func(r *data.RowText) error {
			if i >= len(all) || !sameRow(r, &all[i]) {
				t.Fatalf("filter %+v, row %d of the page: %+v; the long listing's: %+v", f, i, *r, all[min(i, len(all)-1)])
			}
			i++
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if i != len(all) || i == 0 {
			t.Errorf("filter %+v: a page of %d rows, the long listing begins with %d", f, i, len(all))
		}
	}
}
