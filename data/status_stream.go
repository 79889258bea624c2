package data

// statusCandidate offers the unreviewed part of the status index as the
// driver of a "to review" filter that also names a responsible, types or
// a subject: the index's values hold those fields, so the walk passes
// over the interactions that do not match without reading their row
// summaries. Its cost is the walk, at the rate of the date index's inline
// rows, and one summary read per interaction that passes, estimated from
// the counters.
func (p *plan) statusCandidate(total func() Counter, count func(key []byte) float64) candidate {
	return candidate{cost: func() float64 { return p.statusCost(total(), count) }, make: func() stream {
		return &statusStream{in: newIndexStream(p.tx.Bucket(ixStatus), []byte{0}, p.sp), p: p}
	}}
}

// statusCost is the cost of statusCandidate's walk, given the whole count.
func (p *plan) statusCost(whole Counter, count func(key []byte) float64) float64 {
	unreviewed, all := float64(whole.Unreviewed), float64(whole.Total)
	pass := 1.0
	if all > 0 {
		if p.f.Responsible != 0 {
			pass *= count(append([]byte{dimResponsible}, p.f.Responsible.key()...)) / all
		}
		if !p.f.Subject.IsZero() {
			pass *= count(p.f.Subject.appendKey([]byte{dimSubject})) / all
		}
		if len(p.f.Kinds) > 0 {
			n := 0.0
			for _, t := range AllTypes {
				if p.types[t] {
					n += count([]byte{dimType, byte(t)})
				}
			}
			pass *= n / all
		}
	}
	return unreviewed * p.periodShare(all) * (0.3 + pass)
}

// statusStream yields the keys of the unreviewed status entries whose
// values agree with the plan's status, responsible, types and subject;
// the plan checks the rest against the row summary.
type statusStream struct {
	in *indexStream
	p  *plan
}

func (s *statusStream) next() (Cursor, []byte, bool) {
	for {
		k, v, ok := s.in.next()
		if !ok {
			return Cursor{}, nil, false
		}
		if len(v) != statusValueLen || s.p.statusMatch(statusFields(v)) {
			return k, nil, true
		}
	}
}

// statusMatch checks a status entry's value against the plan's filter.
func (p *plan) statusMatch(v statusFields) bool {
	f := &p.f
	if ra := v.reviewAfter(); ra > p.now && f.Status == StatusToReview {
		return false
	}
	if len(f.Kinds) > 0 && !p.types[v.typ()] ||
		f.Responsible != 0 && v.responsible() != f.Responsible ||
		!f.Subject.IsZero() && v.subject() != f.Subject {
		return false
	}
	return true
}
