package data

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"time"
	"unsafe"

	bolt "go.etcd.io/bbolt"
)

// Interaction records are kept in a compact binary form (schema 5). The
// first byte is the codec version; a record whose first byte is '{' is the
// JSON of schemas 1–4, which every reader still accepts, so that a file
// whose records are being converted reads the same throughout.
//
// Version 1, after the version byte (uv: unsigned varint, sv: zigzag
// varint, str: uv length and bytes, time: see appendTime, ref: kind byte
// and uv id, contact: ref, str name, str address):
//
//	type, direction, importance, flags (1 reviewed, 2 deleted,
//	  4 meeting, 8 planned, 16 call, 32 sms, 64 email)   4 bytes
//	id uv, number str, date time, topic str
//	responsible uv, author uv, subject ref, basedOn uv
//	reviewAfter time, created time, modified time, version uv
//	contacts uv count × contact
//	attrs uv count × (uv attr, str value)
//	description str
//	then the parts the flags name, in this order:
//	  meeting  start time, end time, place str
//	  planned  at time
//	  call     contact, phone str, duration sv
//	  sms      text str, uv count × (contact, number str), state byte
//	  email    from str, to, cc, bcc (uv count × str), subject str,
//	           body str, html str, uv count × (name str, type str,
//	           size sv, blob uv), messageId str, inReplyTo str,
//	           folder str, state byte
//
// The fields a list row shows come first, so that a row can stop early.
//
// Version 2 (schema 7) is version 1 with every str packed (appendPacked:
// Russian text in about half the bytes) and one more flag, 128: the
// e-mail's subject is the topic and is not written again. A call whose
// contact is the first of the contacts, called at that contact's address,
// writes the byte callFirstContact instead of its contact and phone.
//
// Version 3 (written since schema 8; versions 1 and 2 are still read, and
// nothing is converted) is version 2 with a second flags byte after the
// first (codec_v3.go) naming the fields left out because they are implied:
//
//	1   number    the id in eight digits (appendIDNumber)
//	2   author    the responsible
//	4   subject   the interaction itself, a chain's root
//	8   created   written as sv seconds after the date (same offset from
//	              UTC, same nanoseconds) instead of a time
//	16  modified  the same, after created
//	32  meeting   start and end written as sv seconds after the date and
//	              after the start
//	64  sms       the recipients are the contacts, each at its address:
//	              no count and no recipients are written
//
// and a call's duration is written as sv whole seconds and sv nanoseconds.
const (
	codecV1 = 1
	codecV2 = 2
	codecV3 = 3
)

// The flags byte of a version 1 record.
const (
	codecReviewed = 1 << iota
	codecDeleted
	codecMeeting
	codecPlanned
	codecCall
	codecSMS
	codecEmail
	codecSubjectIsTopic // version 2
)

// callFirstContact stands for a call's contact and phone in version 2: no
// reference kind has this value.
const callFirstContact = 0xFF

// errCodec is the decoder's answer for bytes that are not a record.
var errCodec = errors.New("not an interaction record")

// encodeInteraction returns the record of it as the store writes it, in
// version 3.
func encodeInteraction(it *Interaction) []byte { return encodeRecord(it, codecV3) }

// encodeRecord returns the record of it in the given version, 1, 2 or 3.
func encodeRecord(it *Interaction, version byte) []byte {
	appendStr := appendStr
	if version >= codecV2 {
		appendStr = appendPackedStr
	}
	var flags2 byte
	if version >= codecV3 {
		flags2 = recordFlags2(it)
	}
	b := make([]byte, 0, 96+len(it.Topic)+len(it.Description)+len(it.Number))
	var flags byte
	if it.Reviewed {
		flags |= codecReviewed
	}
	if it.Deleted {
		flags |= codecDeleted
	}
	if it.Meeting != nil {
		flags |= codecMeeting
	}
	if it.Planned != nil {
		flags |= codecPlanned
	}
	if it.Call != nil {
		flags |= codecCall
	}
	if it.SMS != nil {
		flags |= codecSMS
	}
	if it.Email != nil {
		flags |= codecEmail
		if version >= codecV2 && it.Email.Subject == it.Topic {
			flags |= codecSubjectIsTopic
		}
	}
	b = append(b, version, byte(it.Type), byte(it.Direction), byte(it.Importance), flags)
	if version >= codecV3 {
		b = append(b, flags2)
	}
	b = binary.AppendUvarint(b, uint64(it.ID))
	if flags2&codecNumberID == 0 {
		b = appendStr(b, it.Number)
	}
	b = appendTime(b, it.Date)
	b = appendStr(b, it.Topic)
	b = binary.AppendUvarint(b, uint64(it.Responsible))
	if flags2&codecAuthorIsResp == 0 {
		b = binary.AppendUvarint(b, uint64(it.Author))
	}
	if flags2&codecSubjectIsSelf == 0 {
		b = appendRef(b, it.Subject)
	}
	b = binary.AppendUvarint(b, uint64(it.BasedOn))
	b = appendTime(b, it.ReviewAfter)
	if flags2&codecCreatedAtDate != 0 {
		b = appendTimeAfter(b, it.Created, it.Date)
	} else {
		b = appendTime(b, it.Created)
	}
	if flags2&codecModifiedAtCrea != 0 {
		b = appendTimeAfter(b, it.Modified, it.Created)
	} else {
		b = appendTime(b, it.Modified)
	}
	b = binary.AppendUvarint(b, it.Version)
	b = binary.AppendUvarint(b, uint64(len(it.Contacts)))
	for i := range it.Contacts {
		b = appendContact(b, &it.Contacts[i], appendStr)
	}
	b = binary.AppendUvarint(b, uint64(len(it.Attrs)))
	for _, a := range it.Attrs {
		b = binary.AppendUvarint(b, uint64(a.Attr))
		b = appendStr(b, a.Value)
	}
	b = appendStr(b, it.Description)
	if m := it.Meeting; m != nil {
		if flags2&codecMeetingAtDate != 0 {
			b = appendTimeAfter(b, m.Start, it.Date)
			b = appendTimeAfter(b, m.End, m.Start)
		} else {
			b = appendTime(b, m.Start)
			b = appendTime(b, m.End)
		}
		b = appendStr(b, m.Place)
	}
	if p := it.Planned; p != nil {
		b = appendTime(b, p.At)
	}
	if c := it.Call; c != nil {
		if version >= codecV2 && len(it.Contacts) > 0 && c.Contact == it.Contacts[0] && c.Phone == c.Contact.Address {
			b = append(b, callFirstContact)
		} else {
			b = appendContact(b, &c.Contact, appendStr)
			b = appendStr(b, c.Phone)
		}
		if version >= codecV3 {
			b = appendDuration(b, c.Duration)
		} else {
			b = binary.AppendVarint(b, int64(c.Duration))
		}
	}
	if s := it.SMS; s != nil {
		b = appendStr(b, s.Text)
		if flags2&codecSMSToContacts == 0 {
			b = binary.AppendUvarint(b, uint64(len(s.Recipients)))
			for i := range s.Recipients {
				b = appendContact(b, &s.Recipients[i].Contact, appendStr)
				b = appendStr(b, s.Recipients[i].Number)
			}
		}
		b = append(b, byte(s.State))
	}
	if e := it.Email; e != nil {
		b = appendEmail(b, e, flags&codecSubjectIsTopic != 0, appendStr)
	}
	return b
}

func appendEmail(b []byte, e *Email, subjectIsTopic bool, appendStr func([]byte, string) []byte) []byte {
	b = appendStr(b, e.From)
	for _, list := range [][]string{e.To, e.Cc, e.Bcc} {
		b = binary.AppendUvarint(b, uint64(len(list)))
		for _, s := range list {
			b = appendStr(b, s)
		}
	}
	if !subjectIsTopic {
		b = appendStr(b, e.Subject)
	}
	b = appendStr(b, e.Body)
	b = appendStr(b, e.HTMLBody)
	b = binary.AppendUvarint(b, uint64(len(e.Attachments)))
	for _, a := range e.Attachments {
		b = appendStr(b, a.Name)
		b = appendStr(b, a.ContentType)
		b = binary.AppendVarint(b, a.Size)
		b = binary.AppendUvarint(b, uint64(a.Blob))
	}
	b = appendStr(b, e.MessageID)
	b = appendStr(b, e.InReplyTo)
	b = appendStr(b, e.Folder)
	return append(b, byte(e.State))
}

func appendStr(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendRef(b []byte, r Ref) []byte {
	b = append(b, byte(r.Kind))
	return binary.AppendUvarint(b, uint64(r.ID))
}

func appendContact(b []byte, c *Contact, appendStr func([]byte, string) []byte) []byte {
	b = appendRef(b, c.Ref)
	b = appendStr(b, c.Name)
	return appendStr(b, c.Address)
}

// Time encoding: a zero time is the single byte 0. Otherwise a tag byte
// (1 UTC, 2 an offset that follows as sv seconds), the Unix seconds as sv
// and the nanoseconds as uv. Decoding gives what decoding the JSON of the
// same time gives: UTC, the local zone when the offset is the local one at
// that instant, or else a fixed zone of the offset.
const (
	timeZero = iota
	timeUTC
	timeOffset
)

func appendTime(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(b, timeZero)
	}
	_, off := t.Zone()
	if off == 0 {
		b = append(b, timeUTC)
	} else {
		b = append(b, timeOffset)
		b = binary.AppendVarint(b, int64(off))
	}
	b = binary.AppendVarint(b, t.Unix())
	return binary.AppendUvarint(b, uint64(t.Nanosecond()))
}

// recordIsJSON reports whether v is a record of schemas 1–4.
func recordIsJSON(v []byte) bool { return len(v) > 0 && v[0] == '{' }

// decodeInteraction decodes a stored interaction of either form.
func decodeInteraction(id ID, v []byte) (*Interaction, error) {
	it := new(Interaction)
	var err error
	if recordIsJSON(v) {
		err = json.Unmarshal(v, it)
	} else {
		err = decodeBinary(v, it)
	}
	if err != nil {
		return nil, recordDamaged(bucketInteractions, id, err)
	}
	return it, nil
}

// decodeBinary decodes a version 1, 2 or 3 record into it.
func decodeBinary(v []byte, it *Interaction) error {
	start, flags2, ok := recordBody(v)
	if !ok {
		return errCodec
	}
	// One string holds every text of a version 1 record: the fields are
	// slices of it. A version 2 or 3 record's texts are unpacked into an
	// arena of their own, so none is a slice of v, and v is read in place.
	r := reader{p: start, packed: v[0] >= codecV2}
	if r.packed {
		r.s = unsafe.String(&v[0], len(v))
	} else {
		r.s = string(v)
	}
	it.Type, it.Direction, it.Importance = InteractionType(v[1]), Direction(v[2]), Importance(v[3])
	flags := v[4]
	if v[0] == codecV1 && flags&codecSubjectIsTopic != 0 {
		return errCodec
	}
	it.Reviewed, it.Deleted = flags&codecReviewed != 0, flags&codecDeleted != 0
	it.ID = ID(r.uv())
	if flags2&codecNumberID != 0 {
		var d [20]byte
		it.Number = string(appendIDNumber(d[:0], it.ID))
	} else {
		it.Number = r.str()
	}
	it.Date = r.time()
	it.Topic = r.str()
	it.Responsible = ID(r.uv())
	if flags2&codecAuthorIsResp != 0 {
		it.Author = it.Responsible
	} else {
		it.Author = ID(r.uv())
	}
	if flags2&codecSubjectIsSelf != 0 {
		it.Subject = Ref{RefInteraction, it.ID}
	} else {
		it.Subject = r.ref()
	}
	it.BasedOn = ID(r.uv())
	it.ReviewAfter = r.time()
	if flags2&codecCreatedAtDate != 0 {
		it.Created = r.timeAfter(it.Date)
	} else {
		it.Created = r.time()
	}
	if flags2&codecModifiedAtCrea != 0 {
		it.Modified = r.timeAfter(it.Created)
	} else {
		it.Modified = r.time()
	}
	it.Version = r.uv()
	if n := r.count(); n > 0 {
		it.Contacts = make([]Contact, n)
		for i := range it.Contacts {
			it.Contacts[i] = r.contact()
		}
	}
	if n := r.count(); n > 0 {
		it.Attrs = make([]AttrValue, n)
		for i := range it.Attrs {
			it.Attrs[i] = AttrValue{Attr: ID(r.uv()), Value: r.str()}
		}
	}
	it.Description = r.str()
	if flags&codecMeeting != 0 {
		m := &Meeting{}
		if flags2&codecMeetingAtDate != 0 {
			m.Start = r.timeAfter(it.Date)
			m.End = r.timeAfter(m.Start)
		} else {
			m.Start, m.End = r.time(), r.time()
		}
		m.Place = r.str()
		it.Meeting = m
	} else if flags2&codecMeetingAtDate != 0 {
		return errCodec
	}
	if flags&codecPlanned != 0 {
		it.Planned = &Planned{At: r.time()}
	}
	if flags&codecCall != 0 {
		it.Call = &Call{}
		if r.packed && r.p < len(r.s) && r.s[r.p] == callFirstContact {
			r.p++
			if len(it.Contacts) == 0 {
				return errCodec
			}
			it.Call.Contact, it.Call.Phone = it.Contacts[0], it.Contacts[0].Address
		} else {
			it.Call.Contact, it.Call.Phone = r.contact(), r.str()
		}
		if v[0] >= codecV3 {
			it.Call.Duration = r.durationV3()
		} else {
			it.Call.Duration = time.Duration(r.sv())
		}
	}
	if flags&codecSMS != 0 {
		s := &SMS{Text: r.str()}
		if flags2&codecSMSToContacts != 0 {
			if len(it.Contacts) == 0 {
				return errCodec
			}
			s.Recipients = make([]SMSRecipient, len(it.Contacts))
			for i, c := range it.Contacts {
				s.Recipients[i] = SMSRecipient{Contact: c, Number: c.Address}
			}
		} else if n := r.count(); n > 0 {
			s.Recipients = make([]SMSRecipient, n)
			for i := range s.Recipients {
				s.Recipients[i] = SMSRecipient{Contact: r.contact(), Number: r.str()}
			}
		}
		s.State = SMSState(r.byte())
		it.SMS = s
	} else if flags2&codecSMSToContacts != 0 {
		return errCodec
	}
	if flags&codecEmail != 0 {
		it.Email = r.email(it.Topic, flags&codecSubjectIsTopic != 0)
	} else if flags&codecSubjectIsTopic != 0 {
		return errCodec
	}
	if r.bad || r.p != len(r.s) {
		return errCodec
	}
	return nil
}

// interactionTopic reads the topic of a stored interaction; of a binary
// record it decodes the topic alone, which the names of chains need.
func interactionTopic(tx *bolt.Tx, id ID) (string, error) {
	v := tx.Bucket(bucketInteractions).Get(id.key())
	if v == nil {
		return "", ErrNotFound
	}
	if !recordIsJSON(v) {
		if t, ok := recordTopic(v); ok {
			return t, nil
		}
		return "", recordDamaged(bucketInteractions, id, errCodec)
	}
	it, err := decodeInteraction(id, v)
	if err != nil {
		return "", err
	}
	return it.Topic, nil
}

// recordTopic reads the topic of a version 1, 2 or 3 record: the fields
// before it are skipped in the bytes themselves, so that only the topic
// becomes a string.
func recordTopic(v []byte) (string, bool) {
	p, flags2, ok := recordBody(v)
	if !ok {
		return "", false
	}
	uv := func() uint64 {
		if !ok || p >= len(v) {
			ok = false
			return 0
		}
		x, n := binary.Uvarint(v[p:])
		if n <= 0 {
			ok = false
			return 0
		}
		p += n
		return x
	}
	str := func() []byte {
		n := uv()
		if !ok || n > uint64(len(v)-p) {
			ok = false
			return nil
		}
		b := v[p : p+int(n)]
		p += int(n)
		return b
	}
	uv() // id
	if flags2&codecNumberID == 0 {
		str() // number
	}
	if tag := uv(); ok && tag != timeZero {
		if tag == timeOffset {
			uv()
		}
		uv() // seconds
		uv() // nanoseconds
	}
	topic := str()
	if ok && v[0] >= codecV2 {
		t, good := appendUnpacked(nil, topic)
		return string(t), good
	}
	return string(topic), ok
}
