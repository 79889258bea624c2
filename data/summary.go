package data

import (
	"encoding/binary"
)

// A row summary is the value of the date index: the fields a filter or a
// grouping reads, in a compact binary form, so that queries never decode
// the records they skip. Since schema 8 its ids are uvarints:
//
//	0      type
//	1      direction
//	2      flags (sumReviewed, sumDeleted, sumReviewAfter)
//	3      importance
//	4      e-mail state or SMS state
//	5      number of contacts
//	6      number of attribute values
//	7      flags (sumRow, sumNumberID: row_summary.go)
//	8      subject kind
//	9:     responsible uv, subject id uv, review after (timeKey, 8 bytes,
//	       only with sumReviewAfter), contacts (kind 1 and id uv each),
//	       attributes (id uv, length 1, value key), row texts
//
// The fields at fixed places are read directly; the others by skipping the
// varints before them, a few bytes each.
const (
	sumReviewed = 1 << iota
	sumDeleted
	sumReviewAfter
)

const sumFixed = 9

type summary []byte

func (s summary) typ() InteractionType   { return InteractionType(s[0]) }
func (s summary) direction() Direction   { return Direction(s[1]) }
func (s summary) reviewed() bool         { return s[2]&sumReviewed != 0 }
func (s summary) deleted() bool          { return s[2]&sumDeleted != 0 }
func (s summary) importance() Importance { return Importance(s[3]) }
func (s summary) state() uint8           { return s[4] }

// sumUvarint reads the uvarint at p of s: its value and the place after
// it, -1 when it does not read (p -1 too).
func sumUvarint(s []byte, p int) (uint64, int) {
	if p < 0 || p >= len(s) {
		return 0, -1
	}
	if s[p] < 0x80 { // one byte: most ids of a summary
		return uint64(s[p]), p + 1
	}
	v, n := binary.Uvarint(s[p:])
	if n <= 0 {
		return 0, -1
	}
	return v, p + n
}

func (s summary) responsible() ID {
	v, _ := sumUvarint(s, sumFixed)
	return ID(v)
}

func (s summary) subject() Ref {
	_, p := sumUvarint(s, sumFixed)
	v, _ := sumUvarint(s, p)
	return Ref{Kind: RefKind(s[8]), ID: ID(v)}
}

// reviewAfterAt returns the review-after time key and the place after it
// (where the contacts start); -1 when the summary does not read.
func (s summary) reviewAfterAt() (uint64, int) {
	_, _, ra, p := s.head()
	return ra, p
}

// head reads the varint fields of the summary in one pass: the
// responsible, the subject, the review-after time key and where the
// contacts start (-1 when the summary does not read).
func (s summary) head() (resp ID, subj Ref, ra uint64, p int) {
	r, p := sumUvarint(s, sumFixed)
	id, p := sumUvarint(s, p)
	resp, subj = ID(r), Ref{Kind: RefKind(s[8]), ID: ID(id)}
	if p < 0 || s[2]&sumReviewAfter == 0 {
		return resp, subj, 0, p
	}
	if p+8 > len(s) {
		return resp, subj, 0, -1
	}
	return resp, subj, binary.BigEndian.Uint64(s[p:]), p + 8
}

func (s summary) reviewAfter() uint64 {
	ra, _ := s.reviewAfterAt()
	return ra
}

// nextContact reads the contact at p: the ref and the place after it, -1
// when it does not read.
func (s summary) nextContact(p int) (Ref, int) {
	if p < 0 || p >= len(s) {
		return Ref{}, -1
	}
	id, q := sumUvarint(s, p+1)
	return Ref{Kind: RefKind(s[p]), ID: ID(id)}, q
}

// contacts appends the summary's contact refs to dst.
func (s summary) contacts(dst []Ref) []Ref {
	_, p := s.reviewAfterAt()
	for i := 0; i < int(s[5]) && p >= 0; i++ {
		var r Ref
		if r, p = s.nextContact(p); p >= 0 {
			dst = append(dst, r)
		}
	}
	return dst
}

func (s summary) hasContact(r Ref) bool {
	_, p := s.reviewAfterAt()
	for i := 0; i < int(s[5]) && p >= 0; i++ {
		var c Ref
		if c, p = s.nextContact(p); p >= 0 && c == r {
			return true
		}
	}
	return false
}

// attrsAt returns where the attributes start, after the contacts; -1 when
// the summary does not read.
func (s summary) attrsAt() int {
	_, p := s.reviewAfterAt()
	return s.skipContacts(p)
}

// skipContacts returns where the attributes start, given where the
// contacts do.
func (s summary) skipContacts(p int) int {
	for i := 0; i < int(s[5]) && p >= 0; i++ {
		_, p = s.nextContact(p)
	}
	return p
}

// nextAttr reads the attribute value at p: its attribute, value key and
// the place after it, -1 when it does not read.
func (s summary) nextAttr(p int) (ID, []byte, int) {
	id, p := sumUvarint(s, p)
	if p < 0 || p >= len(s) || p+1+int(s[p]) > len(s) {
		return 0, nil, -1
	}
	n := int(s[p])
	return ID(id), s[p+1 : p+1+n], p + 1 + n
}

// attrValue returns the value key of attribute a, if set.
func (s summary) attrValue(a ID) ([]byte, bool) {
	p := s.attrsAt()
	for i := 0; i < int(s[6]) && p >= 0; i++ {
		var id ID
		var v []byte
		if id, v, p = s.nextAttr(p); p >= 0 && id == a {
			return v, true
		}
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
	n := sumFixed + 2*binary.MaxVarintLen64 + 8 + len(contacts)*(1+binary.MaxVarintLen64)
	for _, a := range attrs {
		n += binary.MaxVarintLen64 + 1 + len(a.value)
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
	s[8] = byte(it.Subject.Kind)
	s = binary.AppendUvarint(s, uint64(it.Responsible))
	s = binary.AppendUvarint(s, uint64(it.Subject.ID))
	if ra := timeKey(it.ReviewAfter); ra != 0 {
		s[2] |= sumReviewAfter
		s = binary.BigEndian.AppendUint64(s, ra)
	}
	for _, c := range contacts {
		s = append(s, byte(c.Kind))
		s = binary.AppendUvarint(s, uint64(c.ID))
	}
	for _, a := range attrs {
		s = binary.AppendUvarint(s, uint64(a.attr))
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
	v = binary.BigEndian.AppendUint64(v, uint64(s.responsible()))
	v = s.subject().appendKey(v)
	return binary.BigEndian.AppendUint64(v, s.reviewAfter())
}

const statusValueLen = 26

// statusFields reads a statusValue.
type statusFields []byte

func (v statusFields) typ() InteractionType { return InteractionType(v[0]) }
func (v statusFields) responsible() ID      { return ID(binary.BigEndian.Uint64(v[1:9])) }
func (v statusFields) subject() Ref         { return refFromKey(v[9:18]) }
func (v statusFields) reviewAfter() uint64  { return binary.BigEndian.Uint64(v[18:26]) }
