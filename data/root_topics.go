package data

import (
	"encoding/binary"
	"maps"
	"slices"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// rootTopicsMax caps the topics kept; past it the cache starts afresh.
const rootTopicsMax = 500_000

// rootTopics keeps the topics of chain roots, which name the subject of
// every member of their chain, between reads. The topics belong to one
// committed state of the file: the cache remembers the transaction id
// they were read in and starts afresh when a read sees a later one, so
// that any write (an edit of a root's topic among them) invalidates it
// without the writers having to say so.
type rootTopics struct {
	mu     sync.Mutex
	txid   int
	topics map[ID]string
}

// get returns the topic of interaction id as tx sees it, "" when it is gone.
func (c *rootTopics) get(tx *bolt.Tx, id ID) string {
	if tx.Writable() { // a write may have changed it in this very transaction
		t, _ := interactionTopic(tx, id)
		return t
	}
	c.mu.Lock()
	if c.txid != tx.ID() {
		c.txid, c.topics = tx.ID(), nil
	}
	t, ok := c.topics[id]
	c.mu.Unlock()
	if ok {
		return t
	}
	t, err := interactionTopic(tx, id)
	if err != nil {
		return t
	}
	c.mu.Lock()
	if c.txid == tx.ID() {
		if c.topics == nil || len(c.topics) >= rootTopicsMax {
			c.topics = make(map[ID]string)
		}
		c.topics[id] = t
	}
	c.mu.Unlock()
	return t
}

// fill reads the topics of the roots not yet kept, in the order of their
// ids, so that reading many of them walks the records forward.
func (c *rootTopics) fill(tx *bolt.Tx, pr *pageReads, ids []ID) {
	if tx.Writable() || len(ids) == 0 {
		return
	}
	c.mu.Lock()
	if c.txid != tx.ID() {
		c.txid, c.topics = tx.ID(), nil
	}
	missing := ids[:0]
	for _, id := range ids {
		if _, ok := c.topics[id]; !ok {
			missing = append(missing, id)
		}
	}
	c.mu.Unlock()
	slices.Sort(missing)
	missing = slices.Compact(missing)
	got := make(map[ID]string, len(missing))
	// The chain topic index first: small, and read in id order.
	refs := make([]Ref, len(missing))
	for i, id := range missing {
		refs[i] = Ref{RefInteraction, id}
	}
	chainTopics(tx, pr, refs, func(i int, topic string) { got[missing[i]] = topic })
	cur := tx.Bucket(bucketInteractions).Cursor()
	for _, id := range missing {
		if _, ok := got[id]; ok {
			continue
		}
		k, v := cur.Seek(id.key())
		if k == nil || ID(binary.BigEndian.Uint64(k)) != id {
			continue
		}
		if t, ok := recordTopic(v); ok {
			got[id] = t
		} else if it, err := decodeInteraction(id, v); err == nil {
			got[id] = it.Topic
		}
	}
	c.mu.Lock()
	if c.txid == tx.ID() {
		if c.topics == nil || len(c.topics)+len(got) > rootTopicsMax {
			c.topics = make(map[ID]string, len(got))
		}
		maps.Copy(c.topics, got)
	}
	c.mu.Unlock()
}
