package data_test

import (
	"interactions/data"
)

// checkNames compares the names the command line shows for the subject
// groups under "to review" and for every subject and contact group
// (Store.NamesOf, read kind by kind in key order) with each record read
// alone (Store.Name with no name kept): a chain's root topic after edits
// and moves, catalog names, records gone.
func (w *world) checkNames(where string) {
	for _, q := range []struct {
		f  data.Filter
		by data.GroupKind
	}{
		{data.Filter{Status: data.StatusToReview}, data.GroupSubject},
		{data.Filter{Status: data.StatusDeferred}, data.GroupSubject},
		{data.Filter{}, data.GroupSubject},
		{data.Filter{}, data.GroupContact},
		{data.Filter{Status: data.StatusToReview}, data.GroupResponsible},
	} {
		gs, err := w.s.Groups(q.f, data.GroupBy{Kind: q.by})
		if err != nil {
			w.rep.errorf("%s: Groups(%s, %d): %v", where, filterString(q.f), q.by, err)
			continue
		}
		refs := make([]data.Ref, 0, len(gs)+1)
		for _, g := range gs {
			refs = append(refs, g.Key.Ref)
		}
		refs = append(refs, data.Ref{Kind: data.RefInteraction, ID: 1 << 40}) // never there
		got := w.s.NamesOf(refs)
		for i, r := range refs {
			w.s.ForgetNames()
			want := w.s.Name(r)
			if r.Kind == data.RefInteraction {
				if it, err := w.s.Interaction(r.ID); err == nil && it.Topic != want {
					w.rep.errorf("%s: Name(%v) = %q, want the topic %q", where, r, want, it.Topic)
				}
			}
			if got[i] != want {
				w.rep.errorf("%s: NamesOf(...)[%v] = %q, want %q", where, r, got[i], want)
			}
		}
	}
}
