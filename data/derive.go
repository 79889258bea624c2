package data

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync"
)

// Counter dimensions: the first byte of a counter key.
const (
	dimAll byte = iota
	dimType
	dimResponsible
	dimContact
	dimSubject
	dimHour
	dimAttr
	// dimActivity counts per local day, type and responsible: the
	// activity report reads a period from these keys alone.
	dimActivity
)

// derived is everything an interaction contributes to the indexes,
// the text index and the counters.
type derived struct {
	dk       Cursor
	sum      summary
	deleted  bool
	reviewed bool
	entries  []entry  // index keys other than ixDate
	tokens   []string // text search words; posted only when not deleted
	counters [][]byte // counter keys
	free     map[ID]string
	record   []byte // the stored record, when a load writes it with its entries
	keys     []byte // the counter keys' bytes
}

// entry is one key of a secondary index.
type entry struct {
	bucket string
	key    string
	value  string
}

// resolver answers what deriving needs from the catalogs.
type resolver interface {
	personPartner(id ID) ID
	attrDef(id ID) *AttrDef
}

// derive computes the index contributions of it.
func derive(it *Interaction, r resolver) *derived {
	return deriveInto(new(derived), it, r)
}

// deriveInto computes them into d, reusing the slices d holds for the
// entries and the counter keys: for a caller done with d's last record
// (check, which only hashes them).
func deriveInto(d *derived, it *Interaction, r resolver) *derived {
	*d = derived{dk: dateKey(it.Date, it.ID), deleted: it.Deleted, reviewed: it.Reviewed,
		entries: d.entries[:0], counters: d.counters[:0], keys: d.keys[:0]}
	all := allContacts(it)
	contacts := contactRefs(all, r)
	var attrs []attrKey
	for _, a := range it.Attrs {
		if def := r.attrDef(a.Attr); def != nil {
			attrs = append(attrs, attrKey{a.Attr, attrValueKey(def.Type, a.Value)})
		}
	}
	d.sum = makeSummary(it, contacts, attrs)
	for _, c := range all {
		if c.Ref.Kind == RefFree {
			if d.free == nil {
				d.free = map[ID]string{}
			}
			d.free[c.Ref.ID] = strings.TrimSpace(c.Name)
		}
	}
	d.tokens = Tokens(searchTexts(it, all)...)
	if it.Deleted {
		d.entries = chainTopicEntry(d.entries, it)
		d.entries = append(d.entries, entry{nameDeleted, string(d.dk[:]), ""})
		d.entries = appendMessageID(d.entries, it, d.dk)
		return d
	}
	// The keys and values are made one after another in one buffer and
	// cut from one string of it: an allocation for all, not two each.
	eb := entryBuilders.Get().(*entryBuilder)
	defer entryBuilders.Put(eb)
	eb.buf, eb.marks = eb.buf[:0], eb.marks[:0]
	dk := d.dk[:]
	eb.start(nameType)
	eb.buf = append(eb.buf, byte(it.Type))
	eb.end(dk)
	eb.start(nameResponsible)
	eb.buf = binary.BigEndian.AppendUint64(eb.buf, uint64(it.Responsible))
	eb.end(dk)
	// An interaction without contacts is counted and indexed under NoContact.
	indexed := contacts
	if len(indexed) == 0 {
		indexed = []Ref{NoContact}
	}
	for _, c := range indexed {
		eb.start(nameContact)
		eb.buf = c.appendKey(eb.buf)
		eb.end(dk)
	}
	eb.start(nameSubject)
	eb.buf = it.Subject.appendKey(eb.buf)
	eb.end(dk)
	eb.start(nameStatus)
	if it.Reviewed {
		eb.buf = append(eb.buf, 1)
		eb.end(dk)
	} else {
		eb.buf = append(append(eb.buf, 0), dk...)
		eb.value()
		eb.buf = append(eb.buf, d.sum.statusValue()...)
		eb.end(nil)
	}
	if !it.Reviewed && !it.ReviewAfter.IsZero() {
		eb.start(nameReviewAfter)
		eb.buf = binary.BigEndian.AppendUint64(eb.buf, timeKey(it.ReviewAfter))
		eb.buf = binary.BigEndian.AppendUint64(eb.buf, uint64(it.ID))
		eb.value()
		eb.buf = append(eb.buf, dk...)
		eb.end(nil)
	}
	for _, a := range attrs {
		eb.start(nameAttr)
		eb.buf = appendAttrPrefix(eb.buf, a.attr, a.value)
		eb.end(dk)
	}
	d.entries = slices.Grow(d.entries, len(eb.marks)+3)
	d.entries = chainTopicEntry(d.entries, it)
	d.entries = eb.entries(d.entries)
	d.entries = appendMessageID(d.entries, it, d.dk)

	// The counter keys, cut from one buffer too.
	cb := slices.Grow(d.keys, 64+10*len(indexed)+24*len(attrs))
	var ends [24]int
	cends := ends[:0]
	cb = append(cb, dimAll)
	cends = append(cends, len(cb))
	cb = append(cb, dimType, byte(it.Type))
	cends = append(cends, len(cb))
	cb = binary.BigEndian.AppendUint64(append(cb, dimResponsible), uint64(it.Responsible))
	cends = append(cends, len(cb))
	for _, c := range indexed {
		cb = c.appendKey(append(cb, dimContact))
		cends = append(cends, len(cb))
	}
	cb = it.Subject.appendKey(append(cb, dimSubject))
	cends = append(cends, len(cb))
	cb = binary.BigEndian.AppendUint32(append(cb, dimHour), uint32(hourNumber(it.Date))^(1<<31))
	cends = append(cends, len(cb))
	cb = binary.BigEndian.AppendUint32(append(cb, dimActivity), uint32(dayNumber(it.Date))^(1<<31))
	cb = binary.BigEndian.AppendUint64(append(cb, byte(it.Type)), uint64(it.Responsible))
	cends = append(cends, len(cb))
	for _, a := range attrs {
		cb = appendAttrPrefix(append(cb, dimAttr), a.attr, a.value)
		cends = append(cends, len(cb))
	}
	d.keys = cb
	start := 0
	for _, end := range cends {
		d.counters = append(d.counters, cb[start:end:end])
		start = end
	}
	return d
}

// Bucket names as strings, for entries: converting a []byte name at each
// entry would cost an allocation each time.
var (
	nameType        = string(ixType)
	nameResponsible = string(ixResponsible)
	nameContact     = string(ixContact)
	nameSubject     = string(ixSubject)
	nameStatus      = string(ixStatus)
	nameReviewAfter = string(ixReviewAfter)
	nameAttr        = string(ixAttr)
	nameDeleted     = string(ixDeleted)
)

// entryBuilders keep the buffers of derive from one record to the next.
var entryBuilders = sync.Pool{New: func() any { return new(entryBuilder) }}

// entryBuilder makes index entries one after another in one buffer.
type entryBuilder struct {
	buf   []byte
	marks []entryMark
}

// entryMark is where an entry's key and value end in the buffer; each
// starts where the entry before ends.
type entryMark struct {
	bucket   string
	key, end int
}

// start begins an entry of bucket: its key comes next.
func (b *entryBuilder) start(bucket string) {
	b.marks = append(b.marks, entryMark{bucket: bucket, key: -1})
}

// value ends the key of the entry begun: what follows is its value.
func (b *entryBuilder) value() {
	b.marks[len(b.marks)-1].key = len(b.buf)
}

// end ends the entry begun, after adding suffix (a date key that ends
// the key of an entry without a value).
func (b *entryBuilder) end(suffix []byte) {
	b.buf = append(b.buf, suffix...)
	m := &b.marks[len(b.marks)-1]
	if m.key < 0 {
		m.key = len(b.buf)
	}
	m.end = len(b.buf)
}

// entries appends the entries made to out.
func (b *entryBuilder) entries(out []entry) []entry {
	all := string(b.buf)
	start := 0
	for _, m := range b.marks {
		out = append(out, entry{m.bucket, all[start:m.key], all[m.key:m.end]})
		start = m.end
	}
	return out
}

// attrPrefix is the index prefix of one attribute value.
func attrPrefix(attr ID, value []byte) []byte {
	return appendAttrPrefix(nil, attr, value)
}

// appendAttrPrefix appends the index prefix of one attribute value to k.
func appendAttrPrefix(k []byte, attr ID, value []byte) []byte {
	k = binary.BigEndian.AppendUint64(k, uint64(attr))
	k = append(k, byte(len(value)))
	return append(k, value...)
}

// allContacts lists every contact the interaction names: it.Contacts
// itself when there are no others (not to be changed).
func allContacts(it *Interaction) []Contact {
	if (it.Call == nil || it.Call.Contact.Ref.Kind == RefNone) && it.SMS == nil {
		return it.Contacts
	}
	out := slices.Clone(it.Contacts)
	if it.Call != nil && it.Call.Contact.Ref.Kind != RefNone {
		out = append(out, it.Call.Contact)
	}
	if it.SMS != nil {
		for _, r := range it.SMS.Recipients {
			if r.Contact.Ref.Kind != RefNone {
				out = append(out, r.Contact)
			}
		}
	}
	return out
}

// contactRefs lists the distinct contact refs of all (an interaction's
// contacts), with each contact person's partner, capped at 64.
func contactRefs(all []Contact, r resolver) []Ref {
	var out []Ref
	add := func(ref Ref) {
		if !slices.Contains(out, ref) && len(out) < 64 {
			out = append(out, ref)
		}
	}
	for _, c := range all {
		add(c.Ref)
		if c.Ref.Kind == RefPerson {
			if p := r.personPartner(c.Ref.ID); p != 0 {
				add(Ref{RefPartner, p})
			}
		}
	}
	return out
}

// searchTexts are the texts the search index reads: topic, description,
// contact names, addresses (all: the interaction's contacts), numbers and
// e-mail text.
func searchTexts(it *Interaction, all []Contact) []string {
	t := make([]string, 0, 4+2*len(all)+searchTextsMore(it))
	t = append(t, it.Topic, it.Description)
	for _, c := range all {
		t = append(t, c.Name, c.Address)
	}
	switch {
	case it.Meeting != nil:
		t = append(t, it.Meeting.Place)
	case it.Call != nil:
		t = append(t, it.Call.Phone)
	case it.SMS != nil:
		t = append(t, it.SMS.Text)
		for _, r := range it.SMS.Recipients {
			t = append(t, r.Number)
		}
	case it.Email != nil:
		e := it.Email
		t = append(t, e.From, e.Subject)
		t = append(t, e.To...)
		t = append(t, e.Cc...)
		body := e.Body
		if body == "" {
			body = htmlSearchText(e.HTMLBody)
		}
		t = append(t, body)
	}
	return t
}

// searchTextsMore is how many texts searchTexts takes from the kind part
// of it.
func searchTextsMore(it *Interaction) int {
	switch {
	case it.SMS != nil:
		return len(it.SMS.Recipients)
	case it.Email != nil:
		return 2 + len(it.Email.To) + len(it.Email.Cc)
	}
	return 0
}
