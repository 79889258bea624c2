package data

import (
	"encoding/binary"
	"time"
)

// The second flags byte of a version 3 record: each names a field left out
// because it is implied by another.
const (
	codecNumberID       = 1 << iota // the number is the id in eight digits (appendIDNumber)
	codecAuthorIsResp               // the author is the responsible
	codecSubjectIsSelf              // the subject is the interaction itself (a chain root)
	codecCreatedAtDate              // created is written as seconds after the date
	codecModifiedAtCrea             // modified is written as seconds after created
	codecMeetingAtDate              // the meeting's start and end are seconds after the date and the start
	codecSMSToContacts              // the SMS goes to the contacts, each at its address
	codecFlags2Known    = codecSMSToContacts<<1 - 1
)

// recordFlags2 returns the second flags byte of the version 3 record of it.
func recordFlags2(it *Interaction) byte {
	var f byte
	if isIDNumber(it.Number, it.ID) {
		f |= codecNumberID
	}
	if it.Author == it.Responsible {
		f |= codecAuthorIsResp
	}
	if it.Subject == (Ref{RefInteraction, it.ID}) {
		f |= codecSubjectIsSelf
	}
	if anchoredTime(it.Created, it.Date) {
		f |= codecCreatedAtDate
	}
	if anchoredTime(it.Modified, it.Created) {
		f |= codecModifiedAtCrea
	}
	if m := it.Meeting; m != nil && anchoredTime(m.Start, it.Date) && anchoredTime(m.End, m.Start) {
		f |= codecMeetingAtDate
	}
	if s := it.SMS; s != nil && smsToContacts(s, it.Contacts) {
		f |= codecSMSToContacts
	}
	return f
}

// anchoredTime reports whether t can be written as whole seconds after
// anchor: both are set, in the same offset from UTC, with the same
// nanoseconds, so that t decodes as it would from its own full form.
func anchoredTime(t, anchor time.Time) bool {
	if t.IsZero() || anchor.IsZero() || t.Nanosecond() != anchor.Nanosecond() {
		return false
	}
	_, a := anchor.Zone()
	_, o := t.Zone()
	return a == o
}

// appendTimeAfter appends t as the seconds after anchor (anchoredTime).
func appendTimeAfter(b []byte, t, anchor time.Time) []byte {
	return binary.AppendVarint(b, t.Unix()-anchor.Unix())
}

// smsToContacts reports whether the recipients of s are the contacts, in
// their order, each at its address.
func smsToContacts(s *SMS, contacts []Contact) bool {
	if len(s.Recipients) == 0 || len(s.Recipients) != len(contacts) {
		return false
	}
	for i, r := range s.Recipients {
		if r.Contact != contacts[i] || r.Number != contacts[i].Address {
			return false
		}
	}
	return true
}

// appendDuration appends a call's duration in version 3: whole seconds
// and the nanoseconds left over, each a zigzag varint (a call lasts whole
// seconds, so the second is one zero byte).
func appendDuration(b []byte, d time.Duration) []byte {
	b = binary.AppendVarint(b, int64(d/time.Second))
	return binary.AppendVarint(b, int64(d%time.Second))
}

// durationV3 reads a duration written by appendDuration.
func (r *reader) durationV3() time.Duration {
	sec, ns := r.sv(), r.sv()
	d := time.Duration(sec)*time.Second + time.Duration(ns)
	if ns <= -1e9 || ns >= 1e9 || int64(d/time.Second) != sec || int64(d%time.Second) != ns {
		r.bad = true
		return 0
	}
	return d
}

// timeAfter reads a time written by appendTimeAfter: the anchor's offset
// and nanoseconds, the seconds after it.
func (r *reader) timeAfter(anchor time.Time) time.Time {
	d := r.sv()
	if anchor.IsZero() {
		r.bad = true
		return time.Time{}
	}
	a := anchor.Unix()
	sec := a + d
	if (d > 0 && sec < a) || (d < 0 && sec > a) {
		r.bad = true
		return time.Time{}
	}
	_, off := anchor.Zone()
	t := zonedTime(sec, int64(anchor.Nanosecond()), int64(off))
	if t.IsZero() { // its full form would be timeZero, which decodes in UTC
		r.bad = true
	}
	return t
}

// zonedTime is the time of Unix seconds sec and nanoseconds ns written
// with the offset off: UTC for offset 0, the local zone when its offset
// at that instant is off, or else a fixed zone of off.
func zonedTime(sec, ns, off int64) time.Time {
	t := time.Unix(sec, ns)
	if off == 0 {
		return t.UTC()
	}
	if _, local := t.Zone(); int64(local) == off {
		return t
	}
	return t.In(fixedZone(int(off)))
}

// recordBody returns where the fields of a binary record start, after its
// version and flags, and its second flags byte (0 before version 3); ok is
// false when v is no binary record of a known version.
func recordBody(v []byte) (p int, flags2 byte, ok bool) {
	switch {
	case len(v) >= 5 && (v[0] == codecV1 || v[0] == codecV2):
		return 5, 0, true
	case len(v) >= 6 && v[0] == codecV3 && v[5]&^codecFlags2Known == 0:
		return 6, v[5], true
	}
	return 0, 0, false
}
