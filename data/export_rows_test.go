package data

// Hooks for the tests of schema 7's records and row summaries.

// RecordV1 rewrites a stored record in version 1, as schemas 5 and 6 kept it.
func RecordV1(id ID, v []byte) ([]byte, error) {
	it, err := decodeInteraction(id, v)
	if err != nil {
		return nil, err
	}
	return encodeRecord(it, codecV1), nil
}

// SummaryV6 returns the summary v without its row texts, as schema 6 kept it.
func SummaryV6(v []byte) []byte {
	s := summary(append([]byte(nil), v...))
	if p := s.rowTailAt(); p >= 0 && s[7]&sumRow != 0 {
		s = s[:p]
		s[7] &^= sumRow | sumNumberID
	}
	return s
}

// SummaryWithRow returns the summary v with the row texts given instead of its own.
func SummaryWithRow(v []byte, number, topic, contacts string) []byte {
	s := summary(SummaryV6(v))
	s[7] |= sumRow
	s[7] &^= sumNumberID
	s = appendStr(s, number)
	s = appendPackedStr(s, topic)
	return appendPackedStr(s, contacts)
}

// PackText and UnpackText are the packed text of schema 7's records.
func PackText(s string) []byte { return appendPacked(nil, s) }

// UnpackText unpacks packed text; false when p is not packed text.
func UnpackText(p []byte) (string, bool) {
	b, ok := appendUnpacked(nil, p)
	return string(b), ok
}

// SummaryRow returns the row texts of the summary v of the row id.
func SummaryRow(id ID, v []byte) (number, topic, contacts string, ok bool) {
	n, tp, c, ok := summary(v).rowTail(id)
	t, _ := appendUnpacked(nil, tp)
	cs, _ := appendUnpacked(nil, c)
	return string(n), string(t), string(cs), ok
}

// UnpackTextInto is UnpackText by the decoder's unpackInto.
func UnpackTextInto(p []byte) (string, bool) {
	dst := make([]byte, 3*len(p))
	n, ok := unpackInto(dst, string(p))
	return string(dst[:n]), ok
}
