package data

import (
	"encoding/binary"
)

// A row summary is the value of the date index: the fields a filter or a
// grouping reads, in a compact binary form, so that queries never decode
// the JSON records they skip.
//
//	0      type
//	1      direction
//	2      flags (sumReviewed, sumDeleted)
//	3      importance
//	4      e-mail state or SMS state
//	5      number of contacts
//	6      number of attribute values
//	7      flags (sumRow: the row texts follow the attributes, row_summary.go)
//	8:16   responsible
//	16:25  subject ref
//	25:33  review after (timeKey)
//	33:    contacts (9 bytes each), then attributes (id 8, length 1, value key)
const (
	sumReviewed = 1 << iota
	sumDeleted
)

const sumFixed = 33

type summary []byte

func (s summary) typ() InteractionType   { return InteractionType(s[0]) }
func (s summary) direction() Direction   { return Direction(s[1]) }
func (s summary) reviewed() bool         { return s[2]&sumReviewed != 0 }
func (s summary) deleted() bool          { return s[2]&sumDeleted != 0 }
func (s summary) importance() Importance { return Importance(s[3]) }
func (s summary) state() uint8           { return s[4] }
func (s summary) responsible() ID        { return ID(binary.BigEndian.Uint64(s[8:16])) }
func (s summary) subject() Ref           { return refFromKey(s[16:25]) }
func (s summary) reviewAfter() uint64    { return binary.BigEndian.Uint64(s[25:33]) }

// contacts calls fn with each contact ref's key (9 bytes).
func (s summary) contactKeys() []byte {
	n := int(s[5])
	return s[sumFixed : sumFixed+n*refKeyLen]
}

func (s summary) hasContact(r Ref) bool {
	ks := s.contactKeys()
	for i := 0; i+refKeyLen <= len(ks); i += refKeyLen {
		if refFromKey(ks[i:]) == r {
			return true
		}
	}
	return false
}

// attrValue returns the value key of attribute a, if set.
func (s summary) attrValue(a ID) ([]byte, bool) {
	p := sumFixed + int(s[5])*refKeyLen
	for i := 0; i < int(s[6]) && p+9 <= len(s); i++ {
		id := ID(binary.BigEndian.Uint64(s[p:]))
		n := int(s[p+8])
		if id == a {
			return s[p+9 : p+9+n], true
		}
		p += 9 + n
	}
	return nil, false
}

// toReview and deferred follow the status rule of the review workflow.
func (s summary) toReview(now uint64) bool {
	return !s.reviewed() && (s.reviewAfter() == 0 || s.reviewAfter() <= now)
}

func (s summary) deferred(now uint64) bool {
	return !s.reviewed() && s.reviewAfter() > now
}

// stateCode is the e-mail or SMS state kept in the summary.
func stateCode(it *Interaction) uint8 {
	switch {
	case it.Email != nil:
		return uint8(it.Email.State)
	case it.SMS != nil:
		return uint8(it.SMS.State)
	}
	return 0
}

// makeSummary encodes the summary of it; contacts are the index refs
// (contact persons' partners included) and attrs the attribute value keys.
func makeSummary(it *Interaction, contacts []Ref, attrs []attrKey) summary {
	n := sumFixed + len(contacts)*refKeyLen
	for _, a := range attrs {
		n += 9 + len(a.value)
	}
	s := make([]byte, sumFixed, n)
	s[0] = byte(it.Type)
	s[1] = byte(it.Direction)
	if it.Reviewed {
		s[2] |= sumReviewed
	}
	if it.Deleted {
		s[2] |= sumDeleted
	}
	s[3] = byte(it.Importance)
	s[4] = stateCode(it)
	s[5] = byte(len(contacts))
	s[6] = byte(len(attrs))
	binary.BigEndian.PutUint64(s[8:], uint64(it.Responsible))
	it.Subject.appendKey(s[16:16])
	binary.BigEndian.PutUint64(s[25:], timeKey(it.ReviewAfter))
	for _, c := range contacts {
		s = c.appendKey(s)
	}
	for _, a := range attrs {
		s = binary.BigEndian.AppendUint64(s, uint64(a.attr))
		s = append(s, byte(len(a.value)))
		s = append(s, a.value...)
	}
	return appendRowTail(s, it)
}

// attrKey is an attribute id with the sortable key of its value.
type attrKey struct {
	attr  ID
	value []byte
}

// statusValue is the value of an unreviewed interaction's ixStatus entry:
// its type, responsible, subject and review-after time, so that groupings
// under a status filter read the status index alone.
//
//	0      type
//	1:9    responsible
//	9:18   subject ref
//	18:26  review after (timeKey)
func (s summary) statusValue() []byte {
	v := make([]byte, 0, statusValueLen)
	v = append(v, s[0])
	v = append(v, s[8:16]...)
	v = append(v, s[16:25]...)
	return append(v, s[25:33]...)
}

const statusValueLen = 26

// statusFields reads a statusValue.
type statusFields []byte

func (v statusFields) typ() InteractionType { return InteractionType(v[0]) }
func (v statusFields) responsible() ID      { return ID(binary.BigEndian.Uint64(v[1:9])) }
func (v statusFields) subject() Ref         { return refFromKey(v[9:18]) }
func (v statusFields) reviewAfter() uint64  { return binary.BigEndian.Uint64(v[18:26]) }
