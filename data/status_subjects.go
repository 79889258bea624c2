package data

import "slices"

// subjectAcc gathers the subject groups of statusGroups without a map:
// each entry is kept as one integer, its subject's ref (kind and id) above
// its place in the walk (newest first), so that one sort of integers
// brings a subject's entries together with its newest first. A grouping
// of tens of thousands of subjects touches a few hundred kilobytes this
// way instead of a map and its groups sized for every unreviewed
// interaction. Refs or walks past what packs (full) are left to the map.
type subjectAcc struct {
	keys  []uint64 // subject << placeBits | place
	lasts []uint64 // the timeKey of each place
	full  bool     // an entry did not pack: nothing here is used
}

// The parts of a packed entry: kind, id and place.
const (
	accKindBits  = 4
	accIDBits    = 40
	accPlaceBits = 20
)

func newSubjectAcc(room int) *subjectAcc {
	return &subjectAcc{keys: make([]uint64, 0, room), lasts: make([]uint64, 0, room)}
}

// add takes in the next entry of the walk: its subject and date.
func (a *subjectAcc) add(ref Ref, tk uint64) {
	place := uint64(len(a.keys))
	if a.full || ref.Kind >= 1<<accKindBits || ref.ID >= 1<<accIDBits || place >= 1<<accPlaceBits {
		a.full = true
		return
	}
	a.keys = append(a.keys, (uint64(ref.Kind)<<accIDBits|uint64(ref.ID))<<accPlaceBits|place)
	a.lasts = append(a.lasts, tk)
}

// groups returns the groups in the order of their newest entries, as
// statusGroups gathers them: a subject's count, and the date of its
// newest entry as Last.
func (a *subjectAcc) groups() []Group {
	const mask = 1<<accPlaceBits - 1
	slices.Sort(a.keys)
	// Each subject's run: its newest place, where it starts, its length.
	runs := make([]uint64, 0, len(a.keys))
	for i := 0; i < len(a.keys); {
		j := i + 1
		for j < len(a.keys) && a.keys[j]>>accPlaceBits == a.keys[i]>>accPlaceBits {
			j++
		}
		runs = append(runs, (a.keys[i]&mask)<<(2*accPlaceBits)|uint64(i)<<accPlaceBits|uint64(j-i))
		i = j
	}
	slices.Sort(runs) // by newest place
	out := make([]Group, len(runs))
	for i, r := range runs {
		place, start, n := r>>(2*accPlaceBits), r>>accPlaceBits&mask, int(r&mask)
		subject := a.keys[start] >> accPlaceBits
		g := &out[i]
		g.Key.Ref = Ref{RefKind(subject >> accIDBits), ID(subject & (1<<accIDBits - 1))}
		g.Count, g.Unreviewed, g.Last = n, n, timeFromKey(a.lasts[place])
	}
	return out
}
