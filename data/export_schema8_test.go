package data

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"

	bolt "go.etcd.io/bbolt"
)

// DerivedToSchema7 rewrites what schema 8 writes smaller in the forms of
// schema 7, in place: 24-byte counters and by-last values, Message-ID keys
// of 16 bytes of hash and the date key, every row number written out.
func DerivedToSchema7(tx *bolt.Tx) error {
	counter7 := func(v []byte) []byte {
		c, last := decodeCounter(v)
		w := binary.BigEndian.AppendUint64(nil, uint64(c.Total))
		w = binary.BigEndian.AppendUint64(w, uint64(c.Unreviewed))
		return binary.BigEndian.AppendUint64(w, last)
	}
	for _, name := range [][]byte{bucketCounters, ixSubjectsByLast} {
		b := tx.Bucket(name)
		vals := map[string][]byte{}
		b.ForEach(func(k, v []byte) error { vals[string(k)] = counter7(v); return nil })
		for k, v := range vals {
			if err := b.Put([]byte(k), v); err != nil {
				return err
			}
		}
	}
	recs, dates := tx.Bucket(bucketInteractions), tx.Bucket(ixDate)
	var mids [][]byte
	sums := map[string][]byte{}
	err := dates.ForEach(func(k, v []byte) error {
		dk := cursorFrom(k)
		it, err := decodeInteraction(dk.ID(), recs.Get(dk.ID().key()))
		if err != nil {
			return err
		}
		s := summary(bytes.Clone(v))
		if byID, _, topic, contacts, ok := s.rowTexts(); ok && byID {
			tp, cs := string(topic), string(contacts) // before the tail is written over
			t := s[:s.rowTailAt()]
			t[7] &^= sumNumberID
			t = appendStr(t, it.Number)
			t = appendStr(t, tp)
			sums[string(k)] = appendStr(t, cs)
		}
		prefix := func(kind byte, id string) []byte {
			sum := sha256.Sum256([]byte(NormalMessageID(id)))
			return append(append([]byte{kind}, sum[:16]...), k...)
		}
		if id := MessageIDOf(it); id != "" {
			mids = append(mids, prefix(keyMessageID, id))
			if r := NormalMessageID(it.Email.InReplyTo); r != "" {
				mids = append(mids, prefix(keyInReplyTo, r))
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for k, v := range sums {
		if err := dates.Put([]byte(k), v); err != nil {
			return err
		}
	}
	if err := tx.DeleteBucket(ixMessageID); err != nil {
		return err
	}
	b, err := tx.CreateBucket(ixMessageID)
	if err != nil {
		return err
	}
	for _, k := range mids {
		if err := b.Put(k, []byte{}); err != nil {
			return err
		}
	}
	return tx.Bucket(bucketMeta).Put(keySchema, binary.BigEndian.AppendUint64(nil, 7))
}

// MessageIDKey is the Message-ID index key of the e-mail id known by the
// Message-ID mid (answer: by its In-Reply-To).
func MessageIDKey(mid string, answer bool, id ID) []byte {
	kind := keyMessageID
	if answer {
		kind = keyInReplyTo
	}
	return binary.AppendUvarint(messageIDPrefix(kind, mid), uint64(id))
}
