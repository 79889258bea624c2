package data

import bolt "go.etcd.io/bbolt"

// startRowsUpgrade is the part of the migration to schema 7 that the
// records and the date index take: every record is rewritten in version 2
// (packed texts) by the resumable conversion of recode.go, and the row
// summaries of the date index get the texts of the rows (row_summary.go),
// which the rebuild that follows writes.
func startRowsUpgrade(tx *bolt.Tx) error {
	return tx.Bucket(bucketMeta).Put(keyRecode, ID(0).key())
}

// recordOutdated reports whether a stored record is of an older form than
// the one the store writes, and the conversion rewrites it.
func recordOutdated(v []byte) bool {
	return len(v) > 0 && v[0] != codecV2
}
