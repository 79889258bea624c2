package data

import (
	"encoding/binary"
	"html"
	"regexp"
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
	d := &derived{dk: dateKey(it.Date, it.ID), deleted: it.Deleted, reviewed: it.Reviewed}
	contacts := contactRefs(it, r)
	var attrs []attrKey
	for _, a := range it.Attrs {
		if def := r.attrDef(a.Attr); def != nil {
			attrs = append(attrs, attrKey{a.Attr, attrValueKey(def.Type, a.Value)})
		}
	}
	d.sum = makeSummary(it, contacts, attrs)
	for _, c := range allContacts(it) {
		if c.Ref.Kind == RefFree {
			if d.free == nil {
				d.free = map[ID]string{}
			}
			d.free[c.Ref.ID] = strings.TrimSpace(c.Name)
		}
	}
	d.tokens = Tokens(searchTexts(it)...)
	d.entries = chainTopicEntry(d.entries, it)
	if it.Deleted {
		d.entries = append(d.entries, entry{string(ixDeleted), string(d.dk[:]), ""})
		d.entries = appendMessageID(d.entries, it, d.dk)
		return d
	}
	dk := string(d.dk[:])
	add := func(b []byte, prefix []byte) {
		d.entries = append(d.entries, entry{string(b), string(prefix) + dk, ""})
	}
	add(ixType, []byte{byte(it.Type)})
	add(ixResponsible, it.Responsible.key())
	// An interaction without contacts is counted and indexed under NoContact.
	indexed := contacts
	if len(indexed) == 0 {
		indexed = []Ref{NoContact}
	}
	for _, c := range indexed {
		add(ixContact, c.appendKey(nil))
	}
	add(ixSubject, it.Subject.appendKey(nil))
	if it.Reviewed {
		add(ixStatus, []byte{1})
	} else {
		d.entries = append(d.entries, entry{string(ixStatus), "\x00" + dk, string(d.sum.statusValue())})
	}
	if !it.Reviewed && !it.ReviewAfter.IsZero() {
		k := binary.BigEndian.AppendUint64(nil, timeKey(it.ReviewAfter))
		d.entries = append(d.entries, entry{string(ixReviewAfter), string(append(k, it.ID.key()...)), dk})
	}
	for _, a := range attrs {
		add(ixAttr, attrPrefix(a.attr, a.value))
	}
	d.entries = appendMessageID(d.entries, it, d.dk)

	d.counters = append(d.counters, []byte{dimAll}, []byte{dimType, byte(it.Type)},
		append([]byte{dimResponsible}, it.Responsible.key()...))
	for _, c := range indexed {
		d.counters = append(d.counters, c.appendKey([]byte{dimContact}))
	}
	d.counters = append(d.counters, it.Subject.appendKey([]byte{dimSubject}),
		hourKey(it.Date), activityKey(it.Date, it.Type, it.Responsible))
	for _, a := range attrs {
		d.counters = append(d.counters, append([]byte{dimAttr}, attrPrefix(a.attr, a.value)...))
	}
	return d
}

// attrPrefix is the index prefix of one attribute value.
func attrPrefix(attr ID, value []byte) []byte {
	k := binary.BigEndian.AppendUint64(nil, uint64(attr))
	k = append(k, byte(len(value)))
	return append(k, value...)
}

// allContacts lists every contact the interaction names.
func allContacts(it *Interaction) []Contact {
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

// contactRefs lists the distinct contact refs of it, with each contact
// person's partner, capped at 64.
func contactRefs(it *Interaction, r resolver) []Ref {
	var out []Ref
	add := func(ref Ref) {
		if !slices.Contains(out, ref) && len(out) < 64 {
			out = append(out, ref)
		}
	}
	for _, c := range allContacts(it) {
		add(c.Ref)
		if c.Ref.Kind == RefPerson {
			if p := r.personPartner(c.Ref.ID); p != 0 {
				add(Ref{RefPartner, p})
			}
		}
	}
	return out
}

// The patterns of HTMLText, compiled on first use rather than at start.
var (
	htmlBreak = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)<br\s*/?>|</(p|div|li|tr|h[1-6])\s*>`)
	})
	htmlTag = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?s)<!--.*?-->|<(script|style)[^>]*>.*?</(script|style)>|<[^>]*>`)
	})
	blankRun = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\n\s*\n\s*`) })
)

// HTMLText turns an HTML body into plain text for showing and searching:
// paragraphs and line breaks become new lines, tags go, entities are decoded.
func HTMLText(body string) string {
	text := htmlBreak().ReplaceAllString(body, "\n")
	text = html.UnescapeString(htmlTag().ReplaceAllString(text, " "))
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.TrimSpace(blankRun().ReplaceAllString(strings.Join(lines, "\n"), "\n\n"))
}

// searchTexts are the texts the search index reads: topic, description,
// contact names, addresses, numbers and e-mail text.
func searchTexts(it *Interaction) []string {
	t := []string{it.Topic, it.Description}
	for _, c := range allContacts(it) {
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
			body = HTMLText(e.HTMLBody)
		}
		t = append(t, body)
	}
	return t
}
