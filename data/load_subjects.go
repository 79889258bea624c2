package data

// subjectTable holds the subjects of the interactions a load has checked
// so far, by id. Ids that come about densely (a demo's 1…N, an import's
// numbering) are kept in a slice by id, 16 bytes each; the rest in a map.
// At a million interactions the map took some 40 MB and 1.3 s of the
// load's processor time in lookups that miss the cache.
type subjectTable struct {
	dense  []subjectEntry // by id, for ids up to about twice the count
	sparse map[ID]Ref
	n      int
}

type subjectEntry struct {
	kind RefKind
	set  bool
	id   ID
}

// denseSlack is how far above twice the count an id may lie and still go
// into the slice.
const denseSlack = 4096

// get returns the subject of interaction id and whether it was put.
func (t *subjectTable) get(id ID) (Ref, bool) {
	if id < ID(len(t.dense)) {
		if e := t.dense[id]; e.set {
			return Ref{Kind: e.kind, ID: e.id}, true
		}
	}
	r, ok := t.sparse[id]
	return r, ok
}

// put records the subject of interaction id (not put before).
func (t *subjectTable) put(id ID, s Ref) {
	t.n++
	if id >= ID(len(t.dense)) && id <= 2*ID(t.n)+denseSlack {
		t.dense = append(t.dense, make([]subjectEntry, int(id)+1-len(t.dense))...)
	}
	if id < ID(len(t.dense)) {
		t.dense[id] = subjectEntry{kind: s.Kind, set: true, id: s.ID}
		return
	}
	if t.sparse == nil {
		t.sparse = map[ID]Ref{}
	}
	t.sparse[id] = s
}
