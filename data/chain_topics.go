package data

import (
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// ixChainTopics: interaction id → topic, for every interaction that is the
// root of its chain (its subject is itself), marked for deletion or not.
// A grouping by subject names its chain groups from here in id order, not
// by reading each root's record from all over the interactions bucket. It
// is derived like the other indexes (derive, the writers, the bulk load,
// check, rebuild); a file written before it existed gets it filled at the
// first writable open (fillChainTopics), and a reader that finds no entry
// reads the record instead.
var ixChainTopics = []byte("ix_chain_topics")

// chainTopicEntry adds the index entry of it when it is a chain root.
func chainTopicEntry(entries []entry, it *Interaction) []entry {
	if !it.IsChainRoot() {
		return entries
	}
	return append(entries, entry{string(ixChainTopics), string(it.ID.key()), it.Topic})
}

// chainTopicsMissing reports whether the file has no chain topic index
// yet: it was written before the index existed.
func chainTopicsMissing(tx *bolt.Tx) bool {
	return tx.Bucket(bucketInteractions) != nil && tx.Bucket(ixChainTopics) == nil
}

// fillChainTopics makes the chain topic index of a file written before it
// existed, in one transaction: killed mid-way, nothing of it is written and
// the next open starts again. It reads the start of each record only.
func (s *Store) fillChainTopics(progress func(Progress)) error {
	return s.updateTx(func(tx *bolt.Tx) error {
		if !chainTopicsMissing(tx) {
			return nil
		}
		out, err := tx.CreateBucket(ixChainTopics)
		if err != nil {
			return err
		}
		out.FillPercent = 0.9 // filled in key order
		records := tx.Bucket(bucketInteractions)
		total := records.Stats().KeyN
		if progress != nil {
			progress(Progress{What: "upgrade", Total: total})
		}
		done := 0
		c := records.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if done++; progress != nil && done%50_000 == 0 {
				progress(Progress{What: "upgrade", Done: done, Total: total})
			}
			if len(k) != 8 {
				continue
			}
			id := idFromKey(k)
			topic, root, err := recordRootTopic(id, v)
			if err != nil {
				return fmt.Errorf("fill the chain topic index: %w", err)
			}
			if root {
				if err := out.Put(k, []byte(topic)); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// recordRootTopic reads whether the stored record v of interaction id is
// the root of its chain and, if so, its topic. A binary record is read up
// to its subject only; a JSON one (a file still being converted) whole.
func recordRootTopic(id ID, v []byte) (topic string, root bool, err error) {
	if recordIsJSON(v) {
		it, err := decodeInteraction(id, v)
		if err != nil {
			return "", false, err
		}
		return it.Topic, it.IsChainRoot(), nil
	}
	start, flags2, ok := recordBody(v)
	if !ok {
		return "", false, recordDamaged(bucketInteractions, id, errCodec)
	}
	r := reader{s: string(v), p: start, packed: v[0] >= codecV2}
	r.uv() // id
	if flags2&codecNumberID == 0 {
		r.str() // number
	}
	skipTime(&r)
	topic = r.str()
	r.uv() // responsible
	if flags2&codecAuthorIsResp == 0 {
		r.uv() // author
	}
	subject := Ref{RefInteraction, id}
	if flags2&codecSubjectIsSelf == 0 {
		subject = r.ref()
	}
	if r.bad {
		return "", false, recordDamaged(bucketInteractions, id, errCodec)
	}
	return topic, subject == Ref{RefInteraction, id}, nil
}

// skipTime reads past a time written in full (appendTime).
func skipTime(r *reader) {
	switch r.byte() {
	case timeZero:
		return
	case timeOffset:
		r.uv()
	}
	r.uv() // seconds
	r.uv() // nanoseconds
}

// chainTopics names chain roots from the index: refs are interaction
// refs in ascending id order, and found is called with the index of each
// one the index holds; those it lacks are left to the caller. It does
// nothing on a file without the index. pr, when not nil, reads a few
// roots with plain reads (page_reads.go).
func chainTopics(tx *bolt.Tx, pr *pageReads, refs []Ref, found func(int, string)) {
	b := tx.Bucket(ixChainTopics)
	if b == nil {
		return
	}
	walkIDs(b, pr, refs, func(i int, v []byte) { found(i, string(v)) })
}

// walkIDs calls fn with the value of each ref's id key that bucket b
// holds; refs are in ascending id order. Near keys are reached by
// stepping, far ones by seeking; a few keys, when pr is not nil, by
// plain reads.
func walkIDs(b *bolt.Bucket, pr *pageReads, refs []Ref, fn func(i int, v []byte)) {
	if pr != nil && len(refs) <= pageReadsMax {
		var key [8]byte
		pr.walk(b, len(refs), func(i int) []byte {
			binary.BigEndian.PutUint64(key[:], uint64(refs[i].ID))
			return key[:]
		}, fn)
		return
	}
	c := b.Cursor()
	k, v := c.First()
	for i, r := range refs {
		// A root a few dozen ids on is likely a few keys on: step to it.
		near := k != nil && keyID(k) < r.ID && r.ID-keyID(k) <= 64
		for step := 0; near && step < 16 && k != nil && keyID(k) < r.ID; step++ {
			k, v = c.Next()
		}
		if k != nil && keyID(k) < r.ID {
			k, v = c.Seek(r.ID.key())
		}
		if k == nil {
			return
		}
		if keyID(k) == r.ID && len(k) == 8 {
			fn(i, v)
		}
	}
}

// keyID reads an id key; a key of another length reads as its first
// eight bytes (zero-padded), which keeps the order of the keys.
func keyID(k []byte) ID {
	if len(k) >= 8 {
		return idFromKey(k)
	}
	var b [8]byte
	copy(b[:], k)
	return idFromKey(b[:])
}
