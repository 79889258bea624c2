package data

import bolt "go.etcd.io/bbolt"

// Hooks for the tests of package data_test: the open chains.

// OpenChains reads the open chain index (stored) and what a scan of the
// records gives (scanned): the topic of each chain root whose chain holds
// an unreviewed interaction not marked for deletion.
func OpenChains(s *Store) (stored, scanned map[ID]string, err error) {
	stored, scanned = map[ID]string{}, map[ID]string{}
	err = s.view(func(tx *bolt.Tx) error {
		tx.Bucket(ixOpenChains).ForEach(func(k, v []byte) error {
			stored[idFromKey(k)] = string(v)
			return nil
		})
		roots, open := map[ID]string{}, map[ID]bool{}
		err := tx.Bucket(bucketInteractions).ForEach(func(k, v []byte) error {
			it, err := decodeInteraction(idFromKey(k), v)
			if err != nil {
				return err
			}
			if it.IsChainRoot() {
				roots[it.ID] = it.Topic
			}
			if !it.Deleted && !it.Reviewed && it.Subject.Kind == RefInteraction {
				open[it.Subject.ID] = true
			}
			return nil
		})
		for id := range open {
			if topic, ok := roots[id]; ok {
				scanned[id] = topic
			}
		}
		return err
	})
	return stored, scanned, err
}

// StatusGroupsBothWays answers a grouping under a status filter both ways
// statusGroups may: subjects packed (subjectAcc) and through its map.
func StatusGroupsBothWays(s *Store, f Filter, g GroupBy) (packed, mapped []Group, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		now, ws := timeKey(s.Now()), s.Settings().FirstWeekday
		packed, _ = walkStatus(tx, f, g, now, ws, true)
		mapped, _ = walkStatus(tx, f, g, now, ws, false)
		return nil
	})
	return packed, mapped, err
}
