package data

// Hooks for the tests of package data_test.

// EncodeRecord is the binary record of it, as the store keeps it.
func EncodeRecord(it *Interaction) []byte { return encodeInteraction(it) }

// DecodeRecord decodes a stored record of either form.
func DecodeRecord(id ID, v []byte) (*Interaction, error) { return decodeInteraction(id, v) }

// SetRecodeBatch sets the number of records one conversion transaction
// converts and returns the old number.
func SetRecodeBatch(n int) int {
	old := recodeBatch
	recodeBatch = n
	return old
}

// RecordTopic reads the topic of a binary record alone.
func RecordTopic(v []byte) (string, bool) { return recordTopic(v) }

// ForgetNames empties the store's cache of catalog names, as a new
// process starts.
func (s *Store) ForgetNames() { s.names.reset() }

// SetLoadChunk sets the number of keys one transaction of a bulk write
// (Load, a rebuild) writes and returns the old number.
func SetLoadChunk(n int) int {
	old := loadChunk
	loadChunk = n
	return old
}

// DerivedBucketNames lists the buckets a rebuild writes.
func DerivedBucketNames() []string {
	var names []string
	for _, b := range derivedBuckets {
		names = append(names, string(b))
	}
	return names
}

// SetChangeChunk sets how many interactions one transaction of a bulk
// change edits and returns the old number.
func SetChangeChunk(n int) int {
	old := changeChunk
	changeChunk = n
	return old
}

// SetCompactTxBytes sets how many bytes of keys and values one
// transaction of Compact's new file takes and returns the old number.
func SetCompactTxBytes(n int64) int64 {
	old := compactTxBytes
	compactTxBytes = n
	return old
}

// SetRebuildBatch sets the number of records one read of a rebuild takes
// and returns the old number.
func SetRebuildBatch(n int) int {
	old := rebuildBatch
	rebuildBatch = n
	return old
}
