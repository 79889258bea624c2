package data

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// The words of each interaction (ixTextDoc) come in two forms:
//
//   - one key per interaction (files written before the packed form): the
//     8-byte id → the numbers of its words as uvarints, in text order;
//   - one key per docSlots ids (the id divided by docSlots, as 7 bytes)
//     → docPacked, a 32-bit map of the ids present, and for each of them
//     in id order the length of its part and the part: its word numbers
//     sorted, the first as a uvarint and each next one as the difference
//     from the one before.
//
// The packed form saves bbolt's 16-byte element header and the 8-byte key
// of every interaction, and the sorted differences a byte a word or so:
// 88 MB become some 35 at a million interactions. Thirty-two ids make a
// value of a kilobyte or so, three to a page.

// docSlots is the number of ids a packed key covers.
const docSlots = 32

// docHead is the length of a packed value's head: docPacked and the map.
const docHead = 5

// docPacked is the leading byte of a packed value.
const docPacked = 0x01

// docBlockKey is the key of the packed value that holds id.
func docBlockKey(id ID) []byte {
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], uint64(id)/docSlots)
	return k[1:]
}

// docWords is the stored part of one interaction: its bytes and whether
// they are in the packed (sorted, differences) form.
type docWords struct {
	b      []byte
	packed bool
}

// encodeDocPart packs word numbers: sorted, differences as uvarints.
func encodeDocPart(nums []uint32) []byte {
	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	out := make([]byte, 0, 2*len(sorted))
	prev := uint32(0)
	for _, n := range sorted {
		out = binary.AppendUvarint(out, uint64(n-prev))
		prev = n
	}
	return out
}

// nums returns the word numbers of d (sorted when packed).
func (d docWords) nums() []uint32 {
	if !d.packed {
		return decodeDoc(d.b)
	}
	var out []uint32
	prev := uint32(0)
	for p := d.b; len(p) > 0; {
		n, size := binary.Uvarint(p)
		if size <= 0 {
			break
		}
		prev += uint32(n)
		out = append(out, prev)
		p = p[size:]
	}
	return out
}

// hasAny reports whether d holds a number of the set.
func (d docWords) hasAny(set wordSet) bool {
	if !d.packed {
		return docHasAny(d.b, set)
	}
	prev := uint32(0)
	for p := d.b; len(p) > 0; {
		n, size := binary.Uvarint(p)
		if size <= 0 {
			return false
		}
		prev += uint32(n)
		if set.has(prev) {
			return true
		}
		p = p[size:]
	}
	return false
}

// docParts splits a packed value into its ids' parts; ok is false for a
// value that cannot be read.
func docParts(base ID, v []byte, fn func(id ID, part []byte)) bool {
	if len(v) < docHead || v[0] != docPacked {
		return false
	}
	present := binary.BigEndian.Uint32(v[1:docHead])
	p := v[docHead:]
	for present != 0 {
		slot := bits.TrailingZeros32(present)
		present &^= 1 << slot
		n, size := binary.Uvarint(p)
		if size <= 0 || n > uint64(len(p)-size) {
			return false
		}
		fn(base+ID(slot), p[size:size+int(n)])
		p = p[size+int(n):]
	}
	return len(p) == 0
}

// docBase is the first id a packed key covers.
func docBase(k []byte) ID {
	var b [8]byte
	copy(b[1:], k)
	return ID(binary.BigEndian.Uint64(b[:]) * docSlots)
}

// encodeDocBlock packs the parts of up to docSlots ids of one key.
func encodeDocBlock(base ID, ids []ID, parts [][]byte) []byte {
	v := make([]byte, docHead, docHead+48*len(ids))
	v[0] = docPacked
	present := uint32(0)
	for i, id := range ids {
		present |= 1 << (id - base)
		v = binary.AppendUvarint(v, uint64(len(parts[i])))
		v = append(v, parts[i]...)
	}
	binary.BigEndian.PutUint32(v[1:docHead], present)
	return v
}

// getDoc returns the stored words of id in either form; ok is false when
// none are stored.
func getDoc(b *bolt.Bucket, id ID) (d docWords, ok bool) {
	if v := b.Get(docBlockKey(id)); v != nil {
		docParts(docBase(docBlockKey(id)), v, func(pid ID, part []byte) {
			if pid == id {
				d, ok = docWords{b: part, packed: true}, true
			}
		})
		if ok {
			return d, true
		}
	}
	if v := b.Get(id.key()); v != nil {
		return docWords{b: v}, true
	}
	return docWords{}, false
}

// docReader reads the stored words of ids as getDoc does, splitting each
// packed key once for the docSlots ids it holds: ids read in increasing
// order (check), or near each other (a list in date order, where ids
// mostly follow the dates), read the key once.
type docReader struct {
	b       *bolt.Bucket
	key     [7]byte
	read    bool             // key has been read
	present uint32           // the slots of key that hold a part
	parts   [docSlots][]byte // by slot
}

// get returns the stored words of id, as getDoc.
func (r *docReader) get(id ID) (docWords, bool) {
	k := docBlockKey(id)
	if !r.read || !bytes.Equal(k, r.key[:]) {
		copy(r.key[:], k)
		r.read, r.present = true, 0
		if v := r.b.Get(k); v != nil {
			base := docBase(k)
			docParts(base, v, func(pid ID, part []byte) {
				r.parts[pid-base], r.present = part, r.present|1<<(pid-base)
			})
		}
	}
	if slot := id % docSlots; r.present&(1<<slot) != 0 {
		return docWords{b: r.parts[slot], packed: true}, true
	}
	if v := r.b.Get(id.key()); v != nil {
		return docWords{b: v}, true
	}
	return docWords{}, false
}

// putDoc stores the word numbers of id (none: removes them) in the packed
// form, dropping the older form's key.
func putDoc(b *bolt.Bucket, id ID, nums []uint32) error {
	var part []byte
	if len(nums) > 0 {
		part = encodeDocPart(nums)
	}
	return putDocPart(b, id, part)
}

// putDocPart stores the packed part of id (empty: removes it).
func putDocPart(b *bolt.Bucket, id ID, part []byte) error {
	if err := b.Delete(id.key()); err != nil {
		return err
	}
	k := docBlockKey(id)
	base := docBase(k)
	var ids []ID
	var parts [][]byte
	inserted := false
	add := func() {
		if !inserted && len(part) > 0 {
			ids, parts = append(ids, id), append(parts, part)
		}
		inserted = true
	}
	if v := b.Get(k); v != nil {
		docParts(base, v, func(pid ID, part []byte) {
			if pid >= id {
				add()
			}
			if pid != id {
				ids, parts = append(ids, pid), append(parts, slices.Clone(part))
			}
		})
	}
	add()
	if len(ids) == 0 {
		return b.Delete(k)
	}
	return b.Put(k, encodeDocBlock(base, ids, parts))
}

// eachDoc calls fn with every stored interaction's words, in either form.
// It returns the keys that cannot be read.
func eachDoc(b *bolt.Bucket, fn func(id ID, d docWords)) (bad [][]byte) {
	b.ForEach(func(k, v []byte) error {
		switch len(k) {
		case 8:
			fn(idFromKey(k), docWords{b: v})
		case 7:
			if !docParts(docBase(k), v, func(id ID, part []byte) { fn(id, docWords{b: part, packed: true}) }) {
				bad = append(bad, slices.Clone(k))
			}
		default:
			bad = append(bad, slices.Clone(k))
		}
		return nil
	})
	return bad
}

// docBlockWriter packs the words of interactions given in id order into
// keys of docSlots ids, for the demo load and the upgrade.
type docBlockWriter struct {
	put   func(k, v []byte) error
	base  ID
	ids   []ID
	parts [][]byte
}

func (w *docBlockWriter) add(id ID, part []byte) error {
	if len(w.ids) > 0 && docBase(docBlockKey(id)) != w.base {
		if err := w.flush(); err != nil {
			return err
		}
	}
	w.base = docBase(docBlockKey(id))
	w.ids, w.parts = append(w.ids, id), append(w.parts, part)
	return nil
}

func (w *docBlockWriter) flush() error {
	if len(w.ids) == 0 {
		return nil
	}
	err := w.put(docBlockKey(w.base), encodeDocBlock(w.base, w.ids, w.parts))
	w.ids, w.parts = w.ids[:0], w.parts[:0]
	return err
}

// countDocs counts the interactions with stored words and lists the keys
// that cannot be read.
func countDocs(b *bolt.Bucket) (n int, bad [][]byte) {
	bad = eachDoc(b, func(ID, docWords) { n++ })
	return n, bad
}

// sameWords reports whether two word lists hold the same words, in any
// order (the packed form keeps them by number).
func sameWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
