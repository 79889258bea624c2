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
// buckets are rebuilt once, after it, when one of them asks for it
// (markRebuild: Open rebuilds them in transactions of their own).
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
	// Schema 7 names catalog records in ix_names (names_index.go), packs the
	// one-key-per-interaction indexes into blocks (packed_list.go), packs the
	// records' texts (version 2 records, text_pack.go) and keeps the rows'
	// texts in the date index's summaries (row_summary.go): a schema 6
	// program would read a block as one entry, would not keep the names and
	// could not read the records, so the version moves. The records are
	// converted first (recode.go), then the rebuild writes the rest.
	{to: 7, what: "name catalog records, pack the indexes and the records' texts, keep the rows' texts in the date index", run: startRowsUpgrade, rebuild: true},
	// Schema 8 writes the counters (and the by-last subject index) in
	// varints, keys the Message-ID index by 8 bytes of hash and the id,
	// leaves out of a row summary a number that is the id in eight digits,
	// and keeps the topics of chains with unreviewed interactions apart
	// (open_chains.go): the records stay as they are, the derived buckets are
	// rebuilt.
	{to: 8, what: "write the counters, the Message-ID index and the row numbers smaller, keep the topics of chains to review apart", rebuild: true},
	// Schema 9 keeps the catalog records by their folded names as well
	// (ixNameKeys, name_keys.go), which a schema 8 program would not keep
	// when it saves a record: filled from ixNames in the migration's
	// transaction.
	{to: 9, what: "index catalog records by their names", run: fillNameKeys},
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
	if !rebuild {
		return nil
	}
	if k, _ := tx.Bucket(bucketInteractions).Cursor().First(); k != nil {
		return markRebuild(tx)
	}
	// No interactions: nothing to index, the buckets are made right here.
	if err := resetDerived(tx); err != nil {
		return err
	}
	if err := fillNames(tx); err != nil {
		return err
	}
	return rebuildActive(tx)
}

// resetDerived drops every index and counter bucket and makes it anew,
// empty. What is written into them afterwards is packed text (the bulk
// indexer writes nothing else), so the text index is marked packed and
// a conversion under way is forgotten.
func resetDerived(tx *bolt.Tx) error {
	if err := resetTextForm(tx); err != nil {
		return err
	}
	if err := tx.Bucket(bucketMeta).Put(keyTextForm, textFormPacked); err != nil {
		return err
	}
	for _, b := range derivedBuckets {
		if _, err := emptyBucket(tx, b); err != nil {
			return err
		}
	}
	return nil
}

// emptyBucket drops the bucket name, if there is one, and makes it anew.
func emptyBucket(tx *bolt.Tx, name []byte) (*bolt.Bucket, error) {
	if tx.Bucket(name) != nil {
		if err := tx.DeleteBucket(name); err != nil {
			return nil, err
		}
	}
	return tx.CreateBucket(name)
}
