// Package data holds the domain of Interactions: catalogs, the five
// interaction types, settings, their validation, and the bbolt store with
// its secondary indexes, counters and queries. It never imports Fyne.
package data

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"strings"
)

// ID identifies a record inside its bucket; 0 means "none".
type ID uint64

// key returns the 8-byte big-endian form used as a bbolt key.
func (id ID) key() []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(id))
	return b[:]
}

func idFromKey(b []byte) ID { return ID(binary.BigEndian.Uint64(b)) }

// RefKind says what a Ref points at.
type RefKind uint8

// The kinds of references: contacts (partner, contact person, free text),
// subjects (deal, claim, marketing event, customer order, or an interaction
// that roots a chain) and employees.
const (
	RefNone RefKind = iota
	RefPartner
	RefPerson
	RefFree
	RefDeal
	RefClaim
	RefEvent
	RefOrder
	RefInteraction
	RefEmployee
	RefNoContact // NoContact: interactions that name no contact
)

var refKindNames = [...]string{"none", "partner", "person", "free", "deal", "claim", "event", "order", "interaction", "employee", "no-contact"}

// NoContact as Filter.Contact selects the interactions without contacts;
// grouping by contact puts them in its group.
var NoContact = Ref{Kind: RefNoContact}

// String returns the kind's stable English name.
func (k RefKind) String() string {
	if int(k) < len(refKindNames) {
		return refKindNames[k]
	}
	return fmt.Sprintf("refkind(%d)", k)
}

// IsSubject reports whether the kind can be an interaction's subject.
func (k RefKind) IsSubject() bool {
	return k == RefDeal || k == RefClaim || k == RefEvent || k == RefOrder || k == RefInteraction
}

// IsContact reports whether the kind can be an interaction's contact.
func (k RefKind) IsContact() bool { return k == RefPartner || k == RefPerson || k == RefFree }

// Ref points at a record of some kind.
type Ref struct {
	Kind RefKind `json:"k"`
	ID   ID      `json:"id"`
}

// IsZero reports whether the reference points at nothing.
func (r Ref) IsZero() bool { return r.Kind == RefNone }

// String renders the reference as "kind:id".
func (r Ref) String() string { return fmt.Sprintf("%s:%d", r.Kind, r.ID) }

func (r Ref) appendKey(b []byte) []byte {
	b = append(b, byte(r.Kind))
	return binary.BigEndian.AppendUint64(b, uint64(r.ID))
}

func refFromKey(b []byte) Ref {
	return Ref{Kind: RefKind(b[0]), ID: ID(binary.BigEndian.Uint64(b[1:9]))}
}

// FreeContactRef returns the reference of a free-text contact: the same
// name (case and ё/е aside) always gives the same reference.
func FreeContactRef(name string) Ref {
	h := fnv.New64a()
	h.Write([]byte(Fold(strings.TrimSpace(name))))
	id := h.Sum64() >> 1
	if id == 0 {
		id = 1
	}
	return Ref{Kind: RefFree, ID: ID(id)}
}
