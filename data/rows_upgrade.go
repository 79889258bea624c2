package data

import bolt "go.etcd.io/bbolt"

// startRowsUpgrade is the part of the migration to schema 7 that the
// records and the date index take: every record is rewritten in the version
// the store writes (2 then, 3 since schema 8: packed texts) by the resumable conversion of recode.go, and the row
// summaries of the date index get the texts of the rows (row_summary.go),
// which the rebuild that follows writes.
func startRowsUpgrade(tx *bolt.Tx) error {
	return tx.Bucket(bucketMeta).Put(keyRecode, ID(0).key())
}

// recordOutdated reports whether a stored record is of a form older than
// schema 7's, and the conversion rewrites it (in the version the store
// writes). Version 2 records, which schema 8 writes smaller as version 3,
// are left as they are: both read the same.
func recordOutdated(v []byte) bool {
	return len(v) > 0 && v[0] != codecV2 && v[0] != codecV3
}
