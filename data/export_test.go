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
