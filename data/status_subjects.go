package data

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
	sortUint64s(a.keys, make([]uint64, len(a.keys)))
	// Each subject's run starts at its newest place: start+1 of the run
	// kept by that place, so that the places read in order give the
	// groups in order without a second sort.
	starts := make([]uint32, len(a.keys))
	runs := 0
	for i := 0; i < len(a.keys); runs++ {
		starts[a.keys[i]&mask] = uint32(i + 1)
		for i++; i < len(a.keys) && a.keys[i]>>accPlaceBits == a.keys[i-1]>>accPlaceBits; i++ {
		}
	}
	out := make([]Group, 0, runs)
	for place, s := range starts {
		if s == 0 {
			continue
		}
		start := int(s - 1)
		subject := a.keys[start] >> accPlaceBits
		end := start + 1
		for end < len(a.keys) && a.keys[end]>>accPlaceBits == subject {
			end++
		}
		out = append(out, Group{Count: end - start, Unreviewed: end - start, Last: timeFromKey(a.lasts[place])})
		out[len(out)-1].Key.Ref = Ref{RefKind(subject >> accIDBits), ID(subject & (1<<accIDBits - 1))}
	}
	return out
}
