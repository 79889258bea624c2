package data

import (
	"bytes"
	"encoding/binary"
	"errors"
)

// Posting blocks come in two forms, told apart by their value:
//
//   - the first form (files written before the packed form) is the block's
//     date keys, 16 bytes each, the first equal to the last 16 bytes of
//     the block's key;
//   - the packed form starts with the byte blockPacked and holds the keys
//     after the first (which the block's key already gives) as
//     differences from the key before: the time part as a uvarint whose
//     two low bits say its unit (whole minutes, whole seconds, nanoseconds,
//     or a plain second uvarint for a difference too large to shift), and
//     the id as a zigzag uvarint. A word's common keys then take two or
//     three bytes instead of sixteen.
//
// A first-form value cannot start with blockPacked followed by a key
// equal to the block's: its first byte would be a date after 2259.

// blockPacked is the leading byte of a packed block.
const blockPacked = 0x00

// blockMaxPacked is the most date keys a packed block holds; first-form
// blocks hold at most blockMax.
const blockMaxPacked = 128

// Units of a time difference: the low two bits of its uvarint.
const (
	unitMinute = iota
	unitSecond
	unitNano
	unitWide // the difference follows as a second uvarint
)

// errBlock says a posting block cannot be read.
var errBlock = errors.New("the block cannot be read")

// isPacked reports whether v is a packed block under key k.
func isPacked(k, v []byte) bool {
	if len(v) == 0 || v[0] != blockPacked {
		return false
	}
	first := len(k) >= dateKeyLen && len(v) >= dateKeyLen && len(v)%dateKeyLen == 0 &&
		bytes.Equal(v[:dateKeyLen], k[len(k)-dateKeyLen:])
	return !first
}

// encodeBlock packs keys (sorted, non-empty), the first of which is the
// block's key.
func encodeBlock(keys []Cursor) []byte {
	v := make([]byte, 1, 1+3*len(keys))
	v[0] = blockPacked
	for i := 1; i < len(keys); i++ {
		v = appendDelta(v, keys[i-1], keys[i])
	}
	return v
}

func appendDelta(v []byte, prev, k Cursor) []byte {
	dt := binary.BigEndian.Uint64(k[:8]) - binary.BigEndian.Uint64(prev[:8])
	switch {
	case dt%60e9 == 0:
		v = binary.AppendUvarint(v, dt/60e9<<2) // the unit bits: unitMinute, 0
	case dt%1e9 == 0:
		v = binary.AppendUvarint(v, dt/1e9<<2|unitSecond)
	case dt < 1<<62:
		v = binary.AppendUvarint(v, dt<<2|unitNano)
	default:
		v = binary.AppendUvarint(v, unitWide)
		v = binary.AppendUvarint(v, dt)
	}
	d := int64(binary.BigEndian.Uint64(k[8:]) - binary.BigEndian.Uint64(prev[8:]))
	return binary.AppendUvarint(v, uint64(d<<1)^uint64(d>>63))
}

// decodeBlock returns the date keys of the block k, v in either form,
// appended to buf[:0]. A block that cannot be read yields errBlock and
// the keys read before the fault.
func decodeBlock(buf []Cursor, k, v []byte) ([]Cursor, error) {
	out := buf[:0]
	if !isPacked(k, v) {
		if len(v)%dateKeyLen != 0 {
			return out, errBlock
		}
		for i := 0; i+dateKeyLen <= len(v); i += dateKeyLen {
			out = append(out, Cursor(v[i:i+dateKeyLen]))
		}
		return out, nil
	}
	if len(k) < dateKeyLen {
		return out, errBlock
	}
	r := newBlockReader(k, v)
	out = append(out, r.first)
	for {
		c, ok, err := r.next()
		if err != nil {
			return out, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, c)
	}
}

// blockReader reads the keys after the first of a packed block one at a
// time, for a reader that may need only the first few.
type blockReader struct {
	first Cursor // the block's first key, from its key
	p     []byte // the differences not read yet
	t, id uint64 // the key read last
}

// newBlockReader starts reading the packed block k, v (isPacked, k at
// least a date key long).
func newBlockReader(k, v []byte) blockReader {
	first := Cursor(k[len(k)-dateKeyLen:])
	return blockReader{first: first, p: v[1:], t: binary.BigEndian.Uint64(first[:8]), id: binary.BigEndian.Uint64(first[8:])}
}

// next returns the next key; ok is false at the end of the block, and a
// difference that cannot be read yields errBlock.
func (r *blockReader) next() (c Cursor, ok bool, err error) {
	if len(r.p) == 0 {
		return c, false, nil
	}
	u, n := binary.Uvarint(r.p)
	if n <= 0 {
		return c, false, errBlock
	}
	r.p = r.p[n:]
	var dt uint64
	switch u & 3 {
	case unitMinute:
		dt = (u >> 2) * 60e9
	case unitSecond:
		dt = (u >> 2) * 1e9
	case unitNano:
		dt = u >> 2
	default:
		if dt, n = binary.Uvarint(r.p); n <= 0 {
			return c, false, errBlock
		}
		r.p = r.p[n:]
	}
	z, n := binary.Uvarint(r.p)
	if n <= 0 {
		return c, false, errBlock
	}
	r.p = r.p[n:]
	r.t += dt
	r.id += uint64(int64(z>>1) ^ -int64(z&1))
	binary.BigEndian.PutUint64(c[:8], r.t)
	binary.BigEndian.PutUint64(c[8:], r.id)
	return c, true, nil
}

// blockForm names the form a block claims, for check's reports.
func blockForm(k, v []byte) string {
	if isPacked(k, v) {
		return "a packed block"
	}
	return "whole date keys"
}
