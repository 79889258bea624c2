package data

import (
	"encoding/binary"
	"time"
)

// rowReader walks a version 1 record for the fields of a list row alone.
// Its strings are slices of the record's bytes, not copies; like reader, a
// read past the end sets bad and returns zero values.
type rowReader struct {
	b   []byte
	p   int
	bad bool
}

func (r *rowReader) uv() uint64 {
	if r.p < len(r.b) && r.b[r.p] < 0x80 { // most numbers are one byte
		r.p++
		return uint64(r.b[r.p-1])
	}
	x, n := binary.Uvarint(r.b[min(r.p, len(r.b)):])
	if n <= 0 {
		r.bad = true
		return 0
	}
	r.p += n
	return x
}

func (r *rowReader) sv() int64 {
	u := r.uv()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

func (r *rowReader) str() []byte {
	n := r.uv()
	if r.bad || n > uint64(len(r.b)-r.p) {
		r.bad = true
		return nil
	}
	s := r.b[r.p : r.p+int(n) : r.p+int(n)]
	r.p += int(n)
	return s
}

func (r *rowReader) byte() byte {
	if r.p >= len(r.b) {
		r.bad = true
		return 0
	}
	r.p++
	return r.b[r.p-1]
}

// time reads a time as the instant it is, in the local zone: the rows
// print dates in the local zone, so the zone written is not needed.
func (r *rowReader) time() time.Time {
	switch r.byte() {
	case timeZero:
		return time.Time{}
	case timeOffset:
		r.sv()
		fallthrough
	case timeUTC:
		sec := r.sv()
		ns := r.uv()
		if ns >= 1e9 {
			r.bad = true
			return time.Time{}
		}
		return time.Unix(sec, int64(ns))
	}
	r.bad = true
	return time.Time{}
}

func (r *rowReader) ref() Ref {
	k := RefKind(r.byte())
	return Ref{Kind: k, ID: ID(r.uv())}
}

// contactName reads a contact and returns its name alone.
func (r *rowReader) contactName() []byte {
	r.ref()
	name := r.str()
	r.str() // address
	return name
}

// decodeRow reads the fields of a list row from a version 1 record into
// row: the names of references are left to the caller, the contacts'
// names are joined into row.Contacts (reusing its bytes). It reads no
// further than the row needs: past the description only for a call
// whose contacts have no names. A record of another version gives false,
// and the caller decodes it whole (list rows come from the row summaries
// since schema 7; a record is read for a row only when its summary lacks
// the row texts).
func decodeRow(v []byte, row *RowText) bool {
	if len(v) < 5 || v[0] != codecV1 {
		return false
	}
	r := rowReader{b: v, p: 5}
	row.Type, row.Direction = InteractionType(v[1]), Direction(v[2])
	flags := v[4]
	row.Reviewed = flags&codecReviewed != 0
	row.ID = ID(r.uv())
	row.Number = r.str()
	row.Date = r.time()
	row.Topic = r.str()
	row.responsible = ID(r.uv())
	r.uv() // author
	row.SubjectRef = r.ref()
	r.uv() // basedOn
	row.ReviewAfter = r.time()
	for range 2 { // created, modified
		r.time()
	}
	r.uv() // version
	row.Contacts = row.Contacts[:0]
	n := r.uv()
	for i := uint64(0); i < n && !r.bad; i++ {
		if name := r.contactName(); len(name) > 0 {
			if len(row.Contacts) > 0 {
				row.Contacts = append(row.Contacts, ", "...)
			}
			row.Contacts = append(row.Contacts, name...)
		}
	}
	if len(row.Contacts) == 0 && flags&codecCall != 0 && !r.bad {
		row.Contacts = append(row.Contacts, callContactName(&r, flags)...)
	}
	return !r.bad
}

// callContactName skips from the attributes to the call and reads the
// called contact's name.
func callContactName(r *rowReader, flags byte) []byte {
	n := r.uv()
	for i := uint64(0); i < n && !r.bad; i++ {
		r.uv()
		r.str()
	}
	r.str() // description
	if flags&codecMeeting != 0 {
		r.time()
		r.time()
		r.str()
	}
	if flags&codecPlanned != 0 {
		r.time()
	}
	return r.contactName()
}
