package data

import (
	"encoding/binary"

	bolt "go.etcd.io/bbolt"
)

// A migration brings the database from version to-1 to version to: it
// changes the records (run) or the layout of what is derived from them
// (rebuild: the indexes, the text index and the counters are built anew).
type migration struct {
	to      uint64
	what    string
	run     func(tx *bolt.Tx) error
	rebuild bool
}

// migrations run in order inside one transaction at Open; the derived
// buckets are rebuilt once, after the last one that asks for it.
var migrations = []migration{
	{to: 1, what: "create the record buckets", run: func(tx *bolt.Tx) error {
		for _, b := range recordBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	}},
	{to: 2, what: "build the secondary indexes, the text index and the counters", rebuild: true},
	{to: 3, what: "keep text postings in blocks and count interactions per hour", rebuild: true},
	{to: 4, what: "count interactions per day, type and responsible", rebuild: true},
	{to: 5, what: "keep interaction records in a binary form", run: startRecode},
	// The work of schema 6 is done after the migration's transaction, in
	// resumable batches (fillChainTopics, upgradeText); the version comes
	// first, so that no older program opens a half-packed file.
	{to: 6, what: "pack the text index and index chain roots' topics"},
}

func migrate(tx *bolt.Tx, from uint64) error {
	rebuild := false
	for _, m := range migrations {
		if m.to <= from {
			continue
		}
		if m.run != nil {
			if err := m.run(tx); err != nil {
				return err
			}
		}
		rebuild = rebuild || m.rebuild
		if err := tx.Bucket(bucketMeta).Put(keySchema, binary.BigEndian.AppendUint64(nil, m.to)); err != nil {
			return err
		}
	}
	if rebuild {
		return rebuildDerived(tx)
	}
	return nil
}

// rebuildDerived drops every index and counter and builds them again from
// the records.
func rebuildDerived(tx *bolt.Tx) error {
	if err := resetTextForm(tx); err != nil {
		return err
	}
	for _, b := range derivedBuckets {
		if tx.Bucket(b) != nil {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		if _, err := tx.CreateBucket(b); err != nil {
			return err
		}
	}
	if err := rebuildActive(tx); err != nil {
		return err
	}
	w, err := newWriter(tx, nil)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketInteractions).ForEach(func(k, v []byte) error {
		it, err := decodeInteraction(idFromKey(k), v)
		if err != nil {
			return err
		}
		return w.index(nil, it)
	})
}
