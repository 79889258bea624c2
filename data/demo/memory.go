package demo

import (
	"strconv"
	"strings"

	"interactions/data"
)

// slab hands out small slices and single values carved from large
// chunks, so that a million interactions cost a few thousand allocations
// instead of several million. Each slice handed out has its capacity
// capped at its length: appending to it copies instead of overwriting a
// neighbour.
type slab[T any] struct {
	buf   []T
	chunk int
}

// take returns a zeroed slice of n values.
func (s *slab[T]) take(n int) []T {
	if cap(s.buf)-len(s.buf) < n {
		s.buf = make([]T, 0, max(s.chunk, n))
	}
	start := len(s.buf)
	s.buf = s.buf[:start+n]
	return s.buf[start : start+n : start+n]
}

// one returns a pointer to a zeroed value.
func (s *slab[T]) one() *T { return &s.take(1)[0] }

// arena builds many short strings in large shared buffers. A strings
// Builder never changes bytes once written, so the strings cut from it
// stay valid when it moves on to a new buffer.
type arena struct {
	b     strings.Builder
	chunk int
}

// reserve makes room for n more bytes and returns where they start.
func (a *arena) reserve(n int) int {
	if a.b.Cap()-a.b.Len() < n {
		a.b = strings.Builder{}
		a.b.Grow(max(n, a.chunk))
	}
	return a.b.Len()
}

// cut returns the string written since start.
func (a *arena) cut(start int) string { return a.b.String()[start:] }

// writeUint writes v in the given base.
func (a *arena) writeUint(v uint64, base int) {
	var d [20]byte
	a.b.Write(strconv.AppendUint(d[:0], v, base))
}

// memory holds the arenas and slabs of one Generate call.
type memory struct {
	text        arena
	contacts    slab[data.Contact]
	attrs       slab[data.AttrValue]
	strs        slab[string]
	meetings    slab[data.Meeting]
	planned     slab[data.Planned]
	calls       slab[data.Call]
	sms         slab[data.SMS]
	recipients  slab[data.SMSRecipient]
	emails      slab[data.Email]
	attachments slab[data.Attachment]
	topics      slab[topic]
}

// init sizes the chunks for size interactions: small datasets waste
// little, large ones allocate rarely.
func (m *memory) init(size int) {
	n := clamp(size/8, 16, 16384)
	m.text.chunk = n * 32
	m.contacts.chunk = n * 3 / 2
	m.attrs.chunk = n / 2
	m.strs.chunk = n / 4
	m.meetings.chunk = n / 4
	m.planned.chunk = n / 4
	m.calls.chunk = n / 2
	m.sms.chunk = n / 8
	m.recipients.chunk = n / 8
	m.emails.chunk = n / 2
	m.attachments.chunk = n / 8
	m.topics.chunk = n / 4
}

// number writes an interaction's number: its id with at least eight
// digits, the same as fmt.Sprintf("%08d", id).
func (m *memory) number(id data.ID) string {
	var d [20]byte
	digits := strconv.AppendUint(d[:0], uint64(id), 10)
	start := m.text.reserve(max(8, len(digits)))
	for i := len(digits); i < 8; i++ {
		m.text.b.WriteByte('0')
	}
	m.text.b.Write(digits)
	return m.text.cut(start)
}

// messageID writes a unique Message-ID for a letter sent at unix time
// at from domain: <time.id.random@domain>.
func (m *memory) messageID(at int64, id data.ID, random uint32, domain string) string {
	start := m.text.reserve(48 + len(domain))
	m.text.b.WriteByte('<')
	m.text.writeUint(uint64(at), 36)
	m.text.b.WriteByte('.')
	m.text.writeUint(uint64(id), 36)
	m.text.b.WriteByte('.')
	m.text.writeUint(uint64(random), 36)
	m.text.b.WriteByte('@')
	m.text.b.WriteString(domain)
	m.text.b.WriteByte('>')
	return m.text.cut(start)
}

// addresses returns a slab slice holding the given addresses.
func (m *memory) addresses(list ...string) []string {
	s := m.strs.take(len(list))
	copy(s, list)
	return s
}
