package data

import (
	"encoding/binary"
	"sync"
	"time"
	"unsafe"
)

// reader walks a version 1, 2 or 3 record; a read past the end or an impossible
// length sets bad and returns zero values, so that decoding never panics.
type reader struct {
	s      string
	p      int
	bad    bool
	packed bool      // texts are packed (versions 2 and 3)
	texts  textArena // their unpacked bytes
}

// textArena holds the unpacked texts of a record, so that they take about
// one allocation: the strings share its bytes, which are never written
// again once a string is made of them (a chunk too small for the next
// text is left to the strings made of it, and a new one begun).
type textArena struct{ buf []byte }

// unpack returns the text of packed bytes p; false when p is not packed text.
func (a *textArena) unpack(p string, hint int) (string, bool) {
	if cap(a.buf)-len(a.buf) < 3*len(p) { // a packed byte is at most 3 of UTF-8
		a.buf = make([]byte, 0, max(3*len(p), hint))
	}
	start := len(a.buf)
	n, ok := unpackInto(a.buf[start:cap(a.buf)], p)
	if !ok || n == 0 {
		return "", ok
	}
	a.buf = a.buf[:start+n]
	return unsafe.String(&a.buf[start], n), true
}

func (r *reader) byte() byte {
	if r.p >= len(r.s) {
		r.bad = true
		return 0
	}
	c := r.s[r.p]
	r.p++
	return c
}

func (r *reader) uv() uint64 {
	var x uint64
	var shift uint
	for i := 0; i < binary.MaxVarintLen64; i++ {
		if r.p >= len(r.s) {
			r.bad = true
			return 0
		}
		c := r.s[r.p]
		r.p++
		if c < 0x80 {
			if i == binary.MaxVarintLen64-1 && c > 1 {
				r.bad = true
				return 0
			}
			return x | uint64(c)<<shift
		}
		x |= uint64(c&0x7f) << shift
		shift += 7
	}
	r.bad = true
	return 0
}

func (r *reader) sv() int64 {
	u := r.uv()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

// count reads a number of items, each taking at least one byte.
func (r *reader) count() int {
	n := r.uv()
	if n > uint64(len(r.s)-r.p) {
		r.bad = true
		return 0
	}
	return int(n)
}

func (r *reader) str() string {
	n := r.count()
	s := r.s[r.p : r.p+n]
	r.p += n
	if !r.packed || n == 0 {
		return s
	}
	t, ok := r.texts.unpack(s, 2*len(r.s))
	if !ok {
		r.bad = true
	}
	return t
}

func (r *reader) ref() Ref {
	k := RefKind(r.byte())
	if k == callFirstContact { // no kind has this value: version 2 gives it a meaning
		r.bad = true
	}
	return Ref{Kind: k, ID: ID(r.uv())}
}

func (r *reader) contact() Contact {
	return Contact{Ref: r.ref(), Name: r.str(), Address: r.str()}
}

func (r *reader) strs() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	l := make([]string, n)
	for i := range l {
		l[i] = r.str()
	}
	return l
}

func (r *reader) time() time.Time {
	switch r.byte() {
	case timeZero:
		return time.Time{}
	case timeUTC:
		sec := r.sv()
		return time.Unix(sec, int64(r.nanos())).UTC()
	case timeOffset:
		off := r.sv()
		sec := r.sv()
		ns := r.nanos()
		if off == 0 || off < -24*3600 || off > 24*3600 { // offset 0 is written as UTC
			r.bad = true
			return time.Time{}
		}
		return zonedTime(sec, int64(ns), off)
	}
	r.bad = true
	return time.Time{}
}

func (r *reader) nanos() uint64 {
	n := r.uv()
	if n >= 1e9 {
		r.bad = true
		return 0
	}
	return n
}

// email reads the e-mail part; a version 2 record leaves out a subject
// that is the topic.
func (r *reader) email(topic string, subjectIsTopic bool) *Email {
	e := &Email{From: r.str(), To: r.strs(), Cc: r.strs(), Bcc: r.strs()}
	if subjectIsTopic {
		e.Subject = topic
	} else {
		e.Subject = r.str()
	}
	e.Body, e.HTMLBody = r.str(), r.str()
	if n := r.count(); n > 0 {
		e.Attachments = make([]Attachment, n)
		for i := range e.Attachments {
			e.Attachments[i] = Attachment{Name: r.str(), ContentType: r.str(), Size: r.sv(), Blob: ID(r.uv())}
		}
	}
	e.MessageID, e.InReplyTo, e.Folder = r.str(), r.str(), r.str()
	e.State = MailState(r.byte())
	return e
}

// zones holds one fixed zone per offset, as decoding makes many times.
var zones sync.Map // int → *time.Location

func fixedZone(off int) *time.Location {
	if l, ok := zones.Load(off); ok {
		return l.(*time.Location)
	}
	l, _ := zones.LoadOrStore(off, time.FixedZone("", off))
	return l.(*time.Location)
}
