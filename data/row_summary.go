package data

// Since schema 7 a row summary (the value of the date index) ends with the
// texts a list row shows, after the attributes:
//
//	number str, topic packed str, contacts packed str
//
// (str: uv length and bytes; packed: appendPacked) where contacts are the
// contacts' names as the row shows them (contactNames). Byte 7 of the
// summary says they are there (sumRow). A listing then reads the date index
// alone: a month or every row is one walk of one bucket in key order, no
// record is read.
//
// Since schema 8, when the number is the id in eight digits
// (appendIDNumber), as every number the program gives is, it is not written
// and byte 7 says so (sumNumberID).
const (
	sumRow      = 1
	sumNumberID = 2
)

// appendIDNumber appends the number the program gives the interaction id:
// its decimal digits, at least eight (fmt's %08d).
func appendIDNumber(dst []byte, id ID) []byte {
	var d [20]byte
	i := len(d)
	for v := uint64(id); v > 0 || i > len(d)-8; v /= 10 {
		i--
		d[i] = byte('0' + v%10)
	}
	return append(dst, d[i:]...)
}

// isIDNumber reports whether number is the one the program gives id.
func isIDNumber(number string, id ID) bool {
	var d [20]byte
	return id != 0 && number == string(appendIDNumber(d[:0], id))
}

// appendRowTail appends the row texts of it to its summary s and marks them.
func appendRowTail(s summary, it *Interaction) summary {
	s[7] |= sumRow
	if isIDNumber(it.Number, it.ID) {
		s[7] |= sumNumberID
	} else {
		s = appendStr(s, it.Number)
	}
	s = appendPackedStr(s, it.Topic)
	return appendPackedStr(s, contactNames(it))
}

// rowTail returns the packed row texts of the summary of the row id; ok
// is false when it has none or they do not read.
func (s summary) rowTail(id ID) (number, topic, contacts []byte, ok bool) {
	byID, number, topic, contacts, ok := s.rowTexts()
	if byID {
		number = appendIDNumber(nil, id)
	}
	return number, topic, contacts, ok
}

// rowTexts returns the packed row texts of the summary; byID says the
// number is not written but the row's id in eight digits.
func (s summary) rowTexts() (byID bool, number, topic, contacts []byte, ok bool) {
	if len(s) < sumFixed {
		return false, nil, nil, nil, false
	}
	return s.rowTextsAt(s.rowTailAt())
}

// rowTextsAt is rowTexts for a summary whose row texts start at p.
func (s summary) rowTextsAt(p int) (byID bool, number, topic, contacts []byte, ok bool) {
	if p < 0 || s[7]&sumRow == 0 {
		return false, nil, nil, nil, false
	}
	r := rowReader{b: s, p: p}
	byID = s[7]&sumNumberID != 0
	if !byID {
		number = r.str()
	}
	topic, contacts = r.str(), r.str()
	return byID, number, topic, contacts, !r.bad && r.p == len(s)
}

// rowTailAt returns where the row texts of the summary start, after its
// attributes; -1 when the attributes run past its end.
func (s summary) rowTailAt() int {
	return s.skipAttrs(s.attrsAt())
}

// skipAttrs returns where the row texts start, given where the attributes do.
func (s summary) skipAttrs(p int) int {
	for i := 0; i < int(s[6]) && p >= 0; i++ {
		_, _, p = s.nextAttr(p)
	}
	return p
}

// rowFromSummary fills row from the summary of the row at k; false when the
// summary holds no row texts or they do not read, and the record must be read.
func rowFromSummary(k Cursor, s summary, row *RowText) bool {
	if len(s) < sumFixed {
		return false
	}
	resp, subj, ra, p := s.head()
	byID, number, topic, contacts, ok := s.rowTextsAt(s.skipAttrs(s.skipContacts(p)))
	if !ok {
		return false
	}
	if byID {
		row.number = appendIDNumber(row.number[:0], k.ID())
		number = row.number
	}
	if row.Topic, ok = unpackTo(row.topic, topic); !ok {
		return false
	}
	row.topic = row.Topic
	if row.Contacts, ok = unpackTo(row.Contacts, contacts); !ok {
		return false
	}
	row.ID, row.Date, row.Number = k.ID(), k.Time(), number
	row.Type, row.Direction, row.Reviewed = s.typ(), s.direction(), s.reviewed()
	row.responsible, row.SubjectRef = resp, subj
	row.ReviewAfter = timeFromKey(ra)
	return true
}

// summaryProblem says how a stored summary differs from the one its record
// gives, for check: the row texts unreadable or missing, which of them
// differs, or else the fields filters read.
func summaryProblem(id ID, got, want summary) string {
	if len(got) < sumFixed {
		return "the summary is cut short"
	}
	gn, gt, gc, ok := got.rowTail(id)
	if !ok {
		return "the row texts cannot be read"
	}
	wn, wt, wc, _ := want.rowTail(id)
	switch {
	case string(gn) != string(wn):
		return "the row's number differs from the record's"
	case string(gt) != string(wt):
		return "the row's topic differs from the record's"
	case string(gc) != string(wc):
		return "the row's contacts differ from the record's"
	case got[7]&sumNumberID != want[7]&sumNumberID:
		return "the row's number is written out, not as its id"
	}
	return "the row's filter fields differ from the record's"
}
