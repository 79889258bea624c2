package data

import (
	"encoding/binary"

	bolt "go.etcd.io/bbolt"
)

// A migration brings the database from version to-1 to version to.
type migration struct {
	to   uint64
	what string
	run  func(tx *bolt.Tx) error
}

// migrations run in order inside one transaction at Open.
var migrations = []migration{
	{1, "create the record buckets", func(tx *bolt.Tx) error {
		for _, b := range recordBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	}},
	{2, "build the secondary indexes, the text index and the counters", rebuildDerived},
}

func migrate(tx *bolt.Tx, from uint64) error {
	for _, m := range migrations {
		if m.to <= from {
			continue
		}
		if err := m.run(tx); err != nil {
			return err
		}
		meta := tx.Bucket(bucketMeta)
		if err := meta.Put(keySchema, binary.BigEndian.AppendUint64(nil, m.to)); err != nil {
			return err
		}
	}
	return nil
}

// rebuildDerived drops every index and counter and builds them again from
// the records.
func rebuildDerived(tx *bolt.Tx) error {
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
		it, err := decodeInteraction(v)
		if err != nil {
			return err
		}
		return w.index(nil, it)
	})
}
