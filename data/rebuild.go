package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// keyRebuild in the meta bucket marks a file whose indexes, text index
// and counters are being built again from the records. The rebuild
// writes them in many transactions; a file that still holds the mark was
// left half-indexed, and Open builds them again from the start.
var keyRebuild = []byte("rebuild_derived")

// rebuildBatch is how many records one read of a rebuild takes.
var rebuildBatch = 8192

// rebuildReleaseEvery is how many batches a rebuild reads between two
// releases of the file's mapped pages (releaseMapped).
const rebuildReleaseEvery = 8

// markRebuild asks for the derived buckets to be built again: Open does
// it once the transaction that marks it has committed.
func markRebuild(tx *bolt.Tx) error {
	return tx.Bucket(bucketMeta).Put(keyRebuild, []byte{1})
}

// rebuildPending reports whether the derived buckets await a rebuild.
func rebuildPending(tx *bolt.Tx) bool {
	return tx.Bucket(bucketMeta).Get(keyRebuild) != nil
}

// rawRecord is a stored interaction copied out of its transaction.
type rawRecord struct {
	id ID
	v  []byte
}

// rebuild drops every index and counter and builds them again from the
// records, the way Load writes them: derived on the spare core, gathered
// in memory, written in key order in chunked transactions. The mark set
// before it stays until its last transaction, so that a rebuild killed
// mid-way starts again at the next Open. progress hears how many records
// are done.
func (s *Store) rebuild(progress func(Progress)) error {
	var (
		total  int
		r      *datasetResolver
		active []Ref
		names  []nameEntry
	)
	err := s.updateTx(func(tx *bolt.Tx) error {
		if err := markRebuild(tx); err != nil {
			return err
		}
		if err := resetDerived(tx); err != nil {
			return err
		}
		total = tx.Bucket(bucketInteractions).Stats().KeyN
		var err error
		if r, err = storeResolver(tx); err != nil {
			return err
		}
		active = storedActiveRefs(tx)
		names = storedNames(tx)
		return nil
	})
	if err != nil {
		return err
	}
	if progress != nil {
		progress(Progress{What: "rebuild", Total: total})
	}
	defer lowerMemoryLimit(rebuildMemoryLimit(total))()
	err = s.guard(func() error { return s.rebuildDerived(r, active, names, total, progress) })
	if err != nil {
		return err
	}
	return s.updateTx(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Delete(keyRebuild) })
}

// rebuildDerived writes the derived buckets, emptied before, without
// syncing each transaction, and syncs the file at the end.
func (s *Store) rebuildDerived(r *datasetResolver, active []Ref, names []nameEntry, total int, progress func(Progress)) error {
	s.db.NoSync, s.db.NoGrowSync = true, true
	defer func() { s.db.NoSync, s.db.NoGrowSync = false, false }()
	bw := &bulkWriter{db: s.db, guard: s.guard}
	defer bw.rollback()
	if err := bw.names(names); err != nil {
		return err
	}
	isActive := make(map[Ref]bool, len(active))
	for _, ref := range active {
		isActive[ref] = true
		if err := bw.put(ixActiveSubjects, ref.appendKey(nil), []byte{1}); err != nil {
			return err
		}
	}
	in := make(chan []rawRecord, 2)
	stop := make(chan struct{})
	var readErr error
	go func() {
		defer close(in)
		readErr = s.guard(func() error { return readRecords(s.db, in, stop) })
	}()
	done := 0
	report := func(n int) {
		done += n
		if progress != nil {
			progress(Progress{What: "rebuild", Done: done, Total: total})
		}
	}
	derive := func(rec rawRecord) (*derived, error) {
		it, err := decodeInteraction(rec.id, rec.v)
		if err != nil {
			return nil, err
		}
		return derive(it, r), nil
	}
	// readErr is set before in closes, and deriveAndIndex reads in to
	// its end.
	source := func() error { return readErr }
	if err := deriveAndIndex(newIndexer(bw, isActive), in, derive, report, source, func() { close(stop) }); err != nil {
		return err
	}
	if err := bw.commit(); err != nil {
		return err
	}
	return s.db.Sync()
}

// readRecords sends the interaction records to out in batches, newest id
// first (which is close to the date order the indexes keep), each batch
// read in a short transaction of its own so that the writer is free to
// grow the file between them, until done or told to stop.
func readRecords(db *bolt.DB, out chan<- []rawRecord, stop <-chan struct{}) error {
	var next []byte
	for n := 0; n == 0 || next != nil; n++ {
		batch := make([]rawRecord, 0, rebuildBatch)
		err := db.View(func(tx *bolt.Tx) error {
			c := tx.Bucket(bucketInteractions).Cursor()
			k, v := c.Last()
			if next != nil {
				k, v = c.Seek(next)
			}
			next = nil
			for ; k != nil; k, v = c.Prev() {
				if len(batch) == rebuildBatch {
					next = bytes.Clone(k)
					break
				}
				batch = append(batch, rawRecord{idFromKey(k), bytes.Clone(v)})
			}
			// The batches are copied: let their pages go, and those of
			// the old indexes the deletes walked, or the whole file stays
			// in the process's memory to the end (680 MB at a million).
			// Every few batches: each release also drops the pages the
			// writer is using, which it then maps again.
			if n%rebuildReleaseEvery == 0 || next == nil {
				return releaseMapped(db, tx)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if len(batch) == 0 {
			return nil
		}
		select {
		case out <- batch:
		case <-stop:
			return nil
		}
	}
	return nil
}

// storeResolver answers derive from the catalogs of the file; unlike the
// writer's lookups it may be asked from several goroutines at once.
func storeResolver(tx *bolt.Tx) (*datasetResolver, error) {
	r := &datasetResolver{persons: map[ID]ID{}, defs: map[ID]*AttrDef{}}
	err := tx.Bucket(bucketPersons).ForEach(func(k, v []byte) error {
		var p Person
		if err := json.Unmarshal(v, &p); err != nil {
			return nil // as the writer's lookup: an unreadable person has no partner
		}
		r.persons[idFromKey(k)] = p.Partner
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = tx.Bucket(bucketAttrs).ForEach(func(k, v []byte) error {
		d, err := decodeAttrDef(v)
		if err != nil {
			return fmt.Errorf("attribute %d: %w", idFromKey(k), err)
		}
		r.defs[d.ID] = d
		return nil
	})
	return r, err
}

// storedActiveRefs lists the active subjects of the file in key order.
func storedActiveRefs(tx *bolt.Tx) []Ref {
	var refs []Ref
	for kind, name := range subjectBuckets {
		tx.Bucket(name).ForEach(func(k, v []byte) error {
			if subjectActive(v) {
				refs = append(refs, Ref{kind, idFromKey(k)})
			}
			return nil
		})
	}
	slices.SortFunc(refs, func(a, b Ref) int { return bytes.Compare(a.appendKey(nil), b.appendKey(nil)) })
	return refs
}
