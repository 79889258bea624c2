package data

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// nameCacheMax caps the names kept; past it the cache starts afresh.
const nameCacheMax = 200_000

// nameCache keeps the display names of catalog records (employees,
// partners, persons, subjects, free-text contacts) between reads, so that
// pages of the list do not look the same deal up again and again; the
// names themselves come from the names index (ixNames). Any save of a
// catalog record empties it; interactions' topics are not kept.
type nameCache struct {
	mu    sync.Mutex
	names map[Ref]string
}

func (c *nameCache) get(tx *bolt.Tx, r Ref) string {
	cacheable := r.Kind != RefInteraction
	if cacheable {
		c.mu.Lock()
		n, ok := c.names[r]
		c.mu.Unlock()
		if ok {
			return n
		}
	}
	n, err := refName(tx, r)
	if err != nil || !cacheable {
		return n
	}
	c.mu.Lock()
	if c.names == nil || len(c.names) >= nameCacheMax {
		c.names = make(map[Ref]string)
	}
	c.names[r] = n
	c.mu.Unlock()
	return n
}

// reset forgets every name, after a catalog record changed.
func (c *nameCache) reset() {
	c.mu.Lock()
	c.names = nil
	c.mu.Unlock()
}

// many returns the names of refs, in their order, reading those not kept
// in one pass per kind in id order: chain roots from the chain topic
// index, catalog records by the one member of their JSON that names them.
func (c *nameCache) many(tx *bolt.Tx, pr *pageReads, refs []Ref) []string {
	names := make([]string, len(refs))
	miss := make([]int, 0, len(refs)) // indexes into refs
	c.mu.Lock()
	for i, r := range refs {
		if n, ok := c.names[r]; ok && r.Kind != RefInteraction {
			names[i] = n
			continue
		}
		miss = append(miss, i)
	}
	c.mu.Unlock()
	if len(miss) == 0 {
		return names
	}
	// The refs to read in key order: each packed with its index into refs
	// into one integer (kind, id, index), so that the sort compares numbers
	// and equal refs end up side by side.
	keys := make([]uint64, 0, len(miss))
	for _, i := range miss {
		r := refs[i]
		if r.ID >= 1<<packIDBits || r.Kind >= 1<<packKindBits || len(refs) > 1<<packIndexBits {
			names[i] = c.get(tx, r) // beyond what packs: read alone
			continue
		}
		keys = append(keys, uint64(r.Kind)<<(packIDBits+packIndexBits)|uint64(r.ID)<<packIndexBits|uint64(i))
	}
	sortUint64s(keys, make([]uint64, len(keys)))
	sorted := make([]Ref, 0, len(keys))
	for j, k := range keys {
		r := Ref{RefKind(k >> (packIDBits + packIndexBits)), ID(k >> packIndexBits & (1<<packIDBits - 1))}
		if j == 0 || sorted[len(sorted)-1] != r {
			sorted = append(sorted, r)
		}
	}
	found := make([]string, len(sorted))
	keep := make([]bool, len(sorted))
	for i := 0; i < len(sorted); {
		j := i
		for j < len(sorted) && sorted[j].Kind == sorted[i].Kind {
			j++
		}
		readNames(tx, pr, sorted[i:j], found[i:j], keep[i:j])
		i = j
	}
	for j, k := 0, 0; k < len(keys); k++ {
		r := Ref{RefKind(keys[k] >> (packIDBits + packIndexBits)), ID(keys[k] >> packIndexBits & (1<<packIDBits - 1))}
		for sorted[j] != r {
			j++
		}
		names[keys[k]&(1<<packIndexBits-1)] = found[j]
	}
	if len(sorted) > nameCacheMany {
		return names // read again from the names index when asked again
	}
	c.mu.Lock()
	if c.names == nil || len(c.names)+len(sorted) > nameCacheMax {
		c.names = make(map[Ref]string, len(sorted))
	}
	for i, r := range sorted {
		if keep[i] {
			c.names[r] = found[i]
		}
	}
	c.mu.Unlock()
	return names
}

// nameCacheMany is the most names one read (many) keeps: a page's names
// are kept for the next page, the names of a long grouping not, since
// the names index answers them at a fraction of a microsecond each.
const nameCacheMany = 4096

// The parts of a packed ref with its index (many): kind, id, index.
const (
	packKindBits  = 4
	packIDBits    = 40
	packIndexBits = 20
)

// packRef packs a ref into one integer that sorts as its key: the kind in
// the top byte, the id below (ids stay far below 2⁵⁶).
func packRef(r Ref) uint64 { return uint64(r.Kind)<<56 | uint64(r.ID) }

// compareRefs orders refs by kind, then id: the order of their keys.
func compareRefs(a, b Ref) int {
	if a.Kind != b.Kind {
		return cmp.Compare(a.Kind, b.Kind)
	}
	return cmp.Compare(a.ID, b.ID)
}

// readNames names refs, distinct, of one kind and in id order: names[i]
// is refs[i]'s, keep[i] says it may be kept (read without an error, not an
// interaction's topic). Chain roots come from the open chains and the
// chain topic index (chainNames), catalog records from the names index; what those lack (a record gone or
// unreadable) refName answers, as before.
func readNames(tx *bolt.Tx, pr *pageReads, refs []Ref, names []string, keep []bool) {
	found := make([]bool, len(refs))
	kind := refs[0].Kind
	switch {
	case kind == RefInteraction:
		chainNames(tx, pr, refs, func(i int, topic string) {
			names[i], found[i] = topic, true
		})
	case namedKind(kind):
		if b := tx.Bucket(ixNames); b != nil {
			walkNames(b, pr, kind, refs, func(i int, v []byte) {
				names[i], keep[i], found[i] = string(v), true, true
			})
		}
	}
	for i, r := range refs {
		if !found[i] {
			n, err := refName(tx, r)
			names[i], keep[i] = n, err == nil && r.Kind != RefInteraction
		}
	}
}

// walkNames calls fn with the value of each ref that the names index b
// holds; refs are of kind and in ascending id order. Near keys are
// reached by stepping, far ones by seeking; a few keys, when pr is not
// nil, by plain reads.
func walkNames(b *bolt.Bucket, pr *pageReads, kind RefKind, refs []Ref, fn func(i int, v []byte)) {
	var key [9]byte
	key[0] = byte(kind)
	if pr != nil && len(refs) <= pageReadsMax {
		pr.walk(b, len(refs), func(i int) []byte {
			binary.BigEndian.PutUint64(key[1:], uint64(refs[i].ID))
			return key[:]
		}, fn)
		return
	}
	c := b.Cursor()
	binary.BigEndian.PutUint64(key[1:], uint64(refs[0].ID))
	k, v := c.Seek(key[:])
	for i, r := range refs {
		binary.BigEndian.PutUint64(key[1:], uint64(r.ID))
		if k != nil && bytes.Compare(k, key[:]) < 0 {
			// A key a few ids on is likely a few keys on: step to it.
			near := len(k) == 9 && k[0] == byte(kind) && uint64(r.ID)-binary.BigEndian.Uint64(k[1:]) <= 8
			for step := 0; near && step < 8 && k != nil && bytes.Compare(k, key[:]) < 0; step++ {
				k, v = c.Next()
			}
			if k != nil && bytes.Compare(k, key[:]) < 0 {
				k, v = c.Seek(key[:])
			}
		}
		if k == nil || k[0] != byte(kind) {
			return
		}
		if bytes.Equal(k, key[:]) {
			fn(i, v)
		}
	}
}

// Named is a record's reference and its display name; for a contact
// person, a deal, a claim or an order also its partner.
type Named struct {
	Ref     Ref
	Name    string
	Partner ID // 0 for the kinds without a partner
}

// NamesOfKind lists every record of a catalog kind (partners, contact
// persons, employees, deals, claims, events, orders), marked for deletion
// too, in id order with its display name, from the names index: a picker
// or a resolution by name decodes no record. A record the index does not
// name is read whole; one that cannot be read fails the call, as listing
// the records would.
func (s *Store) NamesOfKind(kind RefKind) ([]Named, error) { return s.namesOfKind(kind, false) }

// NamesWithPartners is NamesOfKind with the partner of each contact
// person, deal, claim or order, read from that one member of its record
// (a scan of the record, no decode).
func (s *Store) NamesWithPartners(kind RefKind) ([]Named, error) { return s.namesOfKind(kind, true) }

// namesOfKind is NamesOfKind, with the partners when partners is set.
func (s *Store) namesOfKind(kind RefKind, partners bool) ([]Named, error) {
	var bucket []byte
	for _, nk := range nameKinds {
		if nk.kind == kind {
			bucket = nk.bucket
		}
	}
	if bucket == nil {
		return nil, fmt.Errorf("data: names of %s: %w", kind, ErrNotFound)
	}
	var out []Named
	err := s.view(func(tx *bolt.Tx) error {
		names := newOrderedLookup(tx.Bucket(ixNames))
		return tx.Bucket(bucket).ForEach(func(k, v []byte) error {
			if len(k) != 8 {
				return nil
			}
			r := Ref{kind, idFromKey(k)}
			named := Named{Ref: r}
			if nv, ok := names.get(nameKey(r)); ok {
				named.Name = string(nv)
			} else {
				n, err := decodeName(kind, v)
				if err != nil {
					return recordDamaged(bucket, r.ID, err)
				}
				named.Name = n
			}
			if partners && hasPartner(kind) {
				p, err := recordPartner(v)
				if err != nil {
					return recordDamaged(bucket, r.ID, err)
				}
				named.Partner = p
			}
			out = append(out, named)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("data: names of %s: %w", kind, err)
	}
	return out, nil
}

// NamesOfKinds is NamesOfKind for several kinds, kind by kind in the
// order given.
func (s *Store) NamesOfKinds(kinds ...RefKind) ([]Named, error) {
	var out []Named
	for _, k := range kinds {
		named, err := s.NamesOfKind(k)
		if err != nil {
			return nil, err
		}
		out = append(out, named...)
	}
	return out, nil
}

// hasPartner reports whether records of kind k name a partner.
func hasPartner(k RefKind) bool {
	return k == RefPerson || k == RefDeal || k == RefClaim || k == RefOrder
}

// recordPartner reads the partner of a stored contact person, deal, claim
// or order: the one member when the fast reader can, else the record
// decoded.
func recordPartner(v []byte) (ID, error) {
	if p, ok := jsonUintField(v, "partner"); ok {
		return ID(p), nil
	}
	var rec struct {
		Partner ID `json:"partner"`
	}
	if err := json.Unmarshal(v, &rec); err != nil {
		return 0, err
	}
	return rec.Partner, nil
}
