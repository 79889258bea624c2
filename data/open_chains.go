package data

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// ixOpenChains: interaction id → topic, for each chain root of the chain
// topic index whose chain holds unreviewed interactions not marked for
// deletion (its subject counter's Unreviewed is above zero). It is the
// part of ixChainTopics a grouping by subject under a "to review" or
// "deferred" filter names: a few megabytes read in order instead of
// every page of the chain topic index. It follows the counters in the
// writer's transaction (syncOpenChains), is written by the bulk indexer
// (load, rebuild) and compared by check with the counters and the chain
// topic index (checkOpenChains).
var ixOpenChains = []byte("ix_open_chains")

// openChainKey is the subject counter key of the chain rooted at the
// interaction whose id key is idKey.
func openChainKey(idKey []byte) []byte {
	return append([]byte{dimSubject, byte(RefInteraction)}, idKey...)
}

// syncOpenChains brings the open chain entries of the chains old and it
// belong to (either may be nil) to what the counters and the chain topic
// index hold after the change: the root's topic while its chain has
// unreviewed interactions, nothing otherwise.
func (w *writer) syncOpenChains(old, it *Interaction) error {
	var done ID
	for _, x := range [2]*Interaction{old, it} {
		if x == nil || x.Subject.Kind != RefInteraction || x.Subject.ID == done {
			continue
		}
		done = x.Subject.ID
		if err := w.syncOpenChain(done); err != nil {
			return err
		}
	}
	return nil
}

// syncOpenChain writes or drops the open chain entry of root id.
func (w *writer) syncOpenChain(id ID) error {
	key := id.key()
	want := openChainTopic(w.b(bucketCounters), w.b(ixChainTopics), key)
	b := w.b(ixOpenChains)
	have := b.Get(key)
	switch {
	case want == nil && have == nil, want != nil && have != nil && bytes.Equal(want, have):
		return nil
	case want == nil:
		return b.Delete(key)
	}
	return b.Put(key, bytes.Clone(want))
}

// openChainTopic is the open chain entry's value of the root whose id key
// is key: its topic while its chain has unreviewed interactions, nil
// otherwise.
func openChainTopic(counters, topics *bolt.Bucket, key []byte) []byte {
	topic := topics.Get(key)
	if topic == nil {
		return nil
	}
	if c, _ := decodeCounter(counters.Get(openChainKey(key))); c.Unreviewed <= 0 {
		return nil
	}
	return topic
}

// chainNames names chain roots: refs are interaction refs in ascending
// id order, and found is called with the index of each one named. The
// open chains are read first (small: a review grouping's chains are all
// there), the chain topic index for the rest; those neither holds are
// left to the caller. Chains named alike (most of a grouping's: topics
// repeat) share one string.
func chainNames(tx *bolt.Tx, pr *pageReads, refs []Ref, found func(int, string)) {
	seen := map[string]string{}
	topic := func(v []byte) string {
		if t, ok := seen[string(v)]; ok {
			return t
		}
		t := string(v)
		seen[t] = t
		return t
	}
	all := tx.Bucket(ixChainTopics)
	open := tx.Bucket(ixOpenChains)
	if all == nil {
		return
	}
	if open == nil {
		walkIDs(all, pr, refs, func(i int, v []byte) { found(i, topic(v)) })
		return
	}
	got := make([]bool, len(refs))
	n := 0
	walkIDs(open, pr, refs, func(i int, v []byte) {
		got[i] = true
		n++
		found(i, topic(v))
	})
	if n == len(refs) {
		return
	}
	rest := make([]Ref, 0, len(refs)-n)
	at := make([]int, 0, len(refs)-n)
	for i, r := range refs {
		if !got[i] {
			rest = append(rest, r)
			at = append(at, i)
		}
	}
	walkIDs(all, pr, rest, func(j int, v []byte) { found(at[j], topic(v)) })
}

// writeOpenChains writes the open chain entries of the bulk indexer's
// chain topic entries (sorted by key) from its counters.
func (ix *indexer) writeOpenChains() error {
	for _, e := range ix.rootTopics {
		if i, ok := ix.counters[string(openChainKey([]byte(e[0])))]; !ok || ix.counts[i].unrev <= 0 {
			continue
		}
		if err := ix.bw.put(ixOpenChains, []byte(e[0]), []byte(e[1])); err != nil {
			return err
		}
	}
	return nil
}

// checkOpenChains compares the open chains with the stored subject
// counters and chain topic index (which check compares with the records).
func checkOpenChains(tx *bolt.Tx) []string {
	counters, topics := tx.Bucket(bucketCounters), tx.Bucket(ixChainTopics)
	want := map[string][]byte{}
	c := counters.Cursor()
	prefix := []byte{dimSubject, byte(RefInteraction)}
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if len(k) != len(prefix)+8 {
			continue
		}
		if topic := openChainTopic(counters, topics, k[len(prefix):]); topic != nil {
			want[string(k[len(prefix):])] = topic
		}
	}
	var out []string
	report := func(format string, args ...any) {
		if len(out) < maxReported {
			out = append(out, fmt.Sprintf(format, args...))
		}
	}
	tx.Bucket(ixOpenChains).ForEach(func(k, v []byte) error {
		w, ok := want[string(k)]
		switch {
		case !ok:
			report("%s: entry %x is not a chain with unreviewed interactions", ixOpenChains, k)
		case !bytes.Equal(w, v):
			report("%s: entry %x does not hold its root's topic", ixOpenChains, k)
		}
		delete(want, string(k))
		return nil
	})
	if len(want) > 0 {
		report("%s: %d chains with unreviewed interactions are missing", ixOpenChains, len(want))
	}
	return out
}
