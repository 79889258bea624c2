package data

// recordDescription appends the description of the stored record v of
// interaction id to buf. A binary record is read up to its description
// only, the texts before it skipped without unpacking; a JSON one (a file
// still being converted) is decoded whole.
func recordDescription(buf []byte, id ID, v []byte) ([]byte, error) {
	if recordIsJSON(v) {
		it, err := decodeInteraction(id, v)
		if err != nil {
			return buf, err
		}
		return append(buf, it.Description...), nil
	}
	start, flags2, ok := recordBody(v)
	if !ok {
		return buf, recordDamaged(bucketInteractions, id, errCodec)
	}
	r := reader{s: string(v), p: start, packed: v[0] >= codecV2}
	r.uv() // id
	if flags2&codecNumberID == 0 {
		r.skipStr() // number
	}
	skipTime(&r) // date
	r.skipStr()  // topic
	r.uv()       // responsible
	if flags2&codecAuthorIsResp == 0 {
		r.uv() // author
	}
	if flags2&codecSubjectIsSelf == 0 {
		r.ref() // subject
	}
	r.uv()       // based on
	skipTime(&r) // review after
	if flags2&codecCreatedAtDate != 0 {
		r.sv()
	} else {
		skipTime(&r)
	}
	if flags2&codecModifiedAtCrea != 0 {
		r.sv()
	} else {
		skipTime(&r)
	}
	r.uv() // version
	for n := r.count(); n > 0 && !r.bad; n-- {
		r.ref()
		r.skipStr() // name
		r.skipStr() // address
	}
	for n := r.count(); n > 0 && !r.bad; n-- {
		r.uv()
		r.skipStr() // value
	}
	n := r.count()
	if r.bad {
		return buf, recordDamaged(bucketInteractions, id, errCodec)
	}
	text := v[r.p : r.p+n]
	if !r.packed {
		return append(buf, text...), nil
	}
	at := len(buf)
	buf = append(buf, make([]byte, 3*len(text))...)
	m, ok := unpackInto(buf[at:], text)
	if !ok {
		return buf[:at], recordDamaged(bucketInteractions, id, errCodec)
	}
	return buf[:at+m], nil
}

// skipStr reads past a str without unpacking it.
func (r *reader) skipStr() {
	r.p += r.count()
}
