package data

// Hooks for the tests of the record versions.

// EncodeRecordVersion is the record of it in version 1, 2 or 3.
func EncodeRecordVersion(it *Interaction, version byte) []byte { return encodeRecord(it, version) }

// RecordRootTopic reads whether a stored record is its chain's root and its
// topic, as the chain topic index is filled.
func RecordRootTopic(id ID, v []byte) (string, bool, error) { return recordRootTopic(id, v) }

// RecordDescription reads the description of a stored record alone.
func RecordDescription(id ID, v []byte) (string, error) {
	b, err := recordDescription([]byte("kept "), id, v)
	if len(b) < 5 || string(b[:5]) != "kept " {
		panic("recordDescription lost what buf held")
	}
	return string(b[5:]), err
}
