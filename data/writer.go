package data

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// writer changes interactions together with every index entry, text
// posting and counter they contribute, inside one transaction.
type writer struct {
	tx       *bolt.Tx
	buckets  map[string]*bolt.Bucket
	attrDefs map[ID]*AttrDef
	partners map[ID]ID // person → partner, memoised
	// stale are the counters whose newest interaction this transaction
	// took away: their date is found once, by settle, when all the
	// transaction's changes are in (see count).
	stale map[string]struct{}
	// lists are the packed lists' keys the transaction adds and takes
	// out, written by flushLists (queueList).
	lists map[listKey][]listOp
}

func newWriter(tx *bolt.Tx, defs map[ID]*AttrDef) (*writer, error) {
	w := &writer{tx: tx, buckets: map[string]*bolt.Bucket{}, attrDefs: defs, partners: map[ID]ID{}}
	for _, group := range [][][]byte{recordBuckets, derivedBuckets} {
		for _, name := range group {
			b := tx.Bucket(name)
			if b == nil {
				return nil, fmt.Errorf("data: bucket %s is missing", name)
			}
			w.buckets[string(name)] = b
		}
	}
	if w.attrDefs == nil {
		w.attrDefs = map[ID]*AttrDef{}
		err := w.b(bucketAttrs).ForEach(func(k, v []byte) error {
			d, err := decodeAttrDef(v)
			if err != nil {
				return err
			}
			w.attrDefs[d.ID] = d
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return w, nil
}

func (w *writer) b(name []byte) *bolt.Bucket { return w.buckets[string(name)] }

func (w *writer) attrDef(id ID) *AttrDef { return w.attrDefs[id] }

func (w *writer) personPartner(id ID) ID {
	if p, ok := w.partners[id]; ok {
		return p
	}
	var p Person
	if err := getJSON(w.b(bucketPersons), id, &p); err != nil {
		return 0
	}
	w.partners[id] = p.Partner
	return p.Partner
}

// get reads an interaction in this transaction.
func (w *writer) get(id ID) (*Interaction, error) {
	v := w.b(bucketInteractions).Get(id.key())
	if v == nil {
		return nil, fmt.Errorf("data: interaction %d: %w", id, ErrNotFound)
	}
	return decodeInteraction(id, v)
}

// put stores it (already validated) and moves its index entries from old,
// which is nil for a new interaction.
func (w *writer) put(old, it *Interaction) error {
	if old != nil {
		it.Version = old.Version + 1
	}
	if err := w.b(bucketInteractions).Put(it.ID.key(), encodeInteraction(it)); err != nil {
		return err
	}
	return w.index(old, it)
}

// remove deletes it and every index entry of it.
func (w *writer) remove(it *Interaction) error {
	if err := w.b(bucketInteractions).Delete(it.ID.key()); err != nil {
		return err
	}
	return w.index(it, nil)
}

// index moves the derived entries of old to those of it; either may be nil.
func (w *writer) index(old, it *Interaction) error {
	var o, n *derived
	if old != nil {
		o = derive(old, w)
	}
	if it != nil {
		n = derive(it, w)
	}
	// The date index and its summaries.
	dates := w.b(ixDate)
	if o != nil && (n == nil || o.dk != n.dk) {
		if err := dates.Delete(o.dk[:]); err != nil {
			return err
		}
	}
	if n != nil && (o == nil || o.dk != n.dk || !bytes.Equal(o.sum, n.sum)) {
		if err := dates.Put(n.dk[:], n.sum); err != nil {
			return err
		}
	}
	// Secondary indexes: delete what is gone, put what is new or changed.
	type slot struct{ bucket, key string }
	had := map[slot]string{}
	if o != nil {
		for _, e := range o.entries {
			had[slot{e.bucket, e.key}] = e.value
		}
	}
	if n != nil {
		for _, e := range n.entries {
			v, ok := had[slot{e.bucket, e.key}]
			delete(had, slot{e.bucket, e.key})
			if ok && v == e.value {
				continue
			}
			if err := w.putEntry(e.bucket, e.key, e.value); err != nil {
				return err
			}
		}
		for id, name := range n.free {
			if err := w.b(bucketFreeContacts).Put(id.key(), []byte(name)); err != nil {
				return err
			}
		}
	}
	for e := range had {
		if err := w.deleteEntry(e.bucket, e.key); err != nil {
			return err
		}
	}
	if err := w.indexText(o, n); err != nil {
		return err
	}
	if err := w.count(o, n); err != nil {
		return err
	}
	return w.syncOpenChains(old, it)
}
