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
const sumRow = 1

// appendRowTail appends the row texts of it to its summary s and marks them.
func appendRowTail(s summary, it *Interaction) summary {
	s[7] |= sumRow
	s = appendStr(s, it.Number)
	s = appendPackedStr(s, it.Topic)
	return appendPackedStr(s, contactNames(it))
}

// rowTail returns the packed row texts of the summary; ok is false when it
// has none or they do not read.
func (s summary) rowTail() (number, topic, contacts []byte, ok bool) {
	if len(s) < sumFixed || s[7]&sumRow == 0 {
		return nil, nil, nil, false
	}
	p := s.rowTailAt()
	if p < 0 {
		return nil, nil, nil, false
	}
	r := rowReader{b: s, p: p}
	number, topic, contacts = r.str(), r.str(), r.str()
	return number, topic, contacts, !r.bad && r.p == len(s)
}

// rowTailAt returns where the row texts of the summary start, after its
// attributes; -1 when the attributes run past its end.
func (s summary) rowTailAt() int {
	p := sumFixed + int(s[5])*refKeyLen
	for i := 0; i < int(s[6]); i++ {
		if p+9 > len(s) {
			return -1
		}
		p += 9 + int(s[p+8])
	}
	if p > len(s) {
		return -1
	}
	return p
}

// rowFromSummary fills row from the summary of the row at k; false when the
// summary holds no row texts or they do not read, and the record must be read.
func rowFromSummary(k Cursor, s summary, row *RowText) bool {
	number, topic, contacts, ok := s.rowTail()
	if !ok {
		return false
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
	row.responsible, row.SubjectRef = s.responsible(), s.subject()
	row.ReviewAfter = timeFromKey(s.reviewAfter())
	return true
}

// summaryProblem says how a stored summary differs from the one its record
// gives, for check: the row texts unreadable or missing, which of them
// differs, or else the fields filters read.
func summaryProblem(got, want summary) string {
	if len(got) < sumFixed {
		return "the summary is cut short"
	}
	gn, gt, gc, ok := got.rowTail()
	if !ok {
		return "the row texts cannot be read"
	}
	wn, wt, wc, _ := want.rowTail()
	switch {
	case string(gn) != string(wn):
		return "the row's number differs from the record's"
	case string(gt) != string(wt):
		return "the row's topic differs from the record's"
	case string(gc) != string(wc):
		return "the row's contacts differ from the record's"
	}
	return "the row's filter fields differ from the record's"
}
