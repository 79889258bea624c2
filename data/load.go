package data

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// loadChunk is how many keys one transaction of Load writes, and
// loadBytes how many bytes of keys and values at most: a transaction
// holds what it writes in memory until it commits.
var (
	loadChunk = 400_000
	loadBytes = 32 << 20
)

// Load writes a whole dataset into a store that has no interactions yet,
// as the demo generator makes it. Every record is validated and every
// reference checked before anything is written. Keys go in sorted order,
// index by index, in large transactions, which is what makes a million
// interactions load in seconds rather than hours.
//
// Load is all or nothing: a mark committed before its first transaction
// and removed with its last makes Open refuse a file whose load was cut
// short (ErrInterrupted) until DiscardInterrupted empties it again; a
// load that fails takes back what it wrote itself.
func (s *Store) Load(d *Dataset) error {
	if err := s.checkEmpty(); err != nil {
		return fmt.Errorf("data: load: %w", err)
	}
	r, err := checkDataset(d)
	if err != nil {
		return fmt.Errorf("data: load: %w", err)
	}
	return s.bulkLoad(func() error { return s.load(d, r) })
}

// checkEmpty refuses a store that holds records already.
func (s *Store) checkEmpty() error {
	var used []string
	if err := s.view(func(tx *bolt.Tx) error {
		for _, b := range recordBuckets {
			if k, _ := tx.Bucket(b).Cursor().First(); k != nil && string(b) != string(bucketMeta) {
				used = append(used, string(b))
			}
		}
		return nil
	}); err != nil {
		return err
	}
	if len(used) > 0 {
		return fmt.Errorf("%w (%s)", ErrNotEmpty, strings.Join(used, ", "))
	}
	return nil
}

// bulkLoad runs write between the marks of a bulk load, taking back what
// it wrote when it fails.
func (s *Store) bulkLoad(write func() error) error {
	if err := s.beginBulk(BulkLoad); err != nil {
		return fmt.Errorf("data: load: %w", err)
	}
	if err := s.guard(write); err != nil {
		// Take back what was written; should that fail too, the mark
		// stays and the next Open says the load did not finish.
		if derr := s.updateTx(discardBulk); derr == nil {
			s.db.Sync()
		}
		s.names.reset()
		s.dates.reset()
		s.loadCaches()
		return fmt.Errorf("data: load: %w", err)
	}
	if err := s.endBulk(); err != nil {
		return fmt.Errorf("data: load: %w", err)
	}
	s.names.reset()
	s.dates.reset()
	return s.loadCaches()
}

// LoadStream is Load for a dataset too large to hold at once: d holds
// the settings and catalogs, next returns its interactions a batch at a
// time (none when there are no more), each batch referring only to
// itself and to the batches before it. The catalogs are checked before
// anything is written, each batch before it is; a batch that fails its
// checks fails the load, which takes back what it wrote. It returns the
// number of interactions loaded.
func (s *Store) LoadStream(d *Dataset, next func() ([]Interaction, error)) (int, error) {
	if len(d.Interactions) > 0 {
		return 0, fmt.Errorf("data: load: the interactions of a stream come from next")
	}
	if err := s.checkEmpty(); err != nil {
		return 0, fmt.Errorf("data: load: %w", err)
	}
	c, err := checkCatalogs(d)
	if err != nil {
		return 0, fmt.Errorf("data: load: %w", err)
	}
	n := 0
	err = s.bulkLoad(func() error {
		var err error
		n, err = s.loadStream(d, c, next)
		return err
	})
	return n, err
}

// loadStream writes the catalogs, then the interactions as they come
// with their index entries, in chunked transactions without syncing each.
func (s *Store) loadStream(d *Dataset, c *datasetChecker, next func() ([]Interaction, error)) (int, error) {
	s.db.NoSync, s.db.NoGrowSync = true, true
	defer func() { s.db.NoSync, s.db.NoGrowSync = false, false }()
	bw := &bulkWriter{db: s.db, guard: s.guard}
	defer bw.rollback()
	if err := bw.catalogs(d); err != nil {
		return 0, err
	}
	active := map[Ref]bool{}
	for _, ref := range activeRefs(d) {
		active[ref] = true
	}
	in := make(chan []*Interaction, 2)
	stop := make(chan struct{})
	var srcErr error
	n := 0
	// The feed grows the limit; it has ended when deriveAndIndex returns,
	// which reads in to its end.
	limit := newStreamMemoryLimit()
	defer limit.restore()
	go func() {
		defer close(in)
		for {
			batch, err := next()
			if err == nil {
				err = c.interactions(batch)
			}
			if err != nil || len(batch) == 0 {
				srcErr = err
				return
			}
			n += len(batch)
			limit.grow(n)
			part := make([]*Interaction, len(batch))
			for i := range batch {
				part[i] = &batch[i]
			}
			select {
			case in <- part:
			case <-stop:
				return
			}
		}
	}()
	ix := newIndexer(bw, active)
	derive := func(it *Interaction) (*derived, error) {
		d := derive(it, c.r)
		d.record = encodeInteraction(it)
		return d, nil
	}
	source := func() error { return srcErr } // set before in closes
	if err := deriveAndIndex(ix, in, derive, nil, source, func() { close(stop) }); err != nil {
		return 0, err
	}
	if ix.lastRec == 0 {
		if err := bw.sequence(bucketInteractions, 0); err != nil {
			return 0, err
		}
	}
	if err := bw.commit(); err != nil {
		return 0, err
	}
	return n, s.db.Sync()
}

// load writes the dataset in chunked transactions, without syncing each.
func (s *Store) load(d *Dataset, r *datasetResolver) error {
	s.db.NoSync, s.db.NoGrowSync = true, true
	defer func() { s.db.NoSync, s.db.NoGrowSync = false, false }()
	bw := &bulkWriter{db: s.db, guard: s.guard}
	defer bw.rollback()
	if err := bw.catalogs(d); err != nil {
		return err
	}
	active := map[Ref]bool{}
	for _, ref := range activeRefs(d) {
		active[ref] = true
	}
	if err := bw.interactions(d.Interactions, r, active); err != nil {
		return err
	}
	if err := bw.commit(); err != nil {
		return err
	}
	return s.db.Sync()
}

// datasetResolver answers derive from the dataset itself.
type datasetResolver struct {
	persons map[ID]ID
	defs    map[ID]*AttrDef
}

func (r *datasetResolver) personPartner(id ID) ID { return r.persons[id] }
func (r *datasetResolver) attrDef(id ID) *AttrDef { return r.defs[id] }

func putAll[T any](bw *bulkWriter, bucket []byte, list []T, id func(*T) ID) error {
	return putAllWith(bw, bucket, list, id, jsonMarshal)
}

// putAllWith is putAll with the record encoding enc.
func putAllWith[T any](bw *bulkWriter, bucket []byte, list []T, id func(*T) ID, enc func(any) ([]byte, error)) error {
	slices.SortFunc(list, func(a, b T) int {
		x, y := id(&a), id(&b)
		if x < y {
			return -1
		}
		if x > y {
			return 1
		}
		return 0
	})
	var last ID
	for i := range list {
		v, err := enc(&list[i])
		if err != nil {
			return err
		}
		if err := bw.put(bucket, id(&list[i]).key(), v); err != nil {
			return err
		}
		last = max(last, id(&list[i]))
	}
	return bw.sequence(bucket, int(last))
}

func (bw *bulkWriter) catalogs(d *Dataset) error {
	steps := []func() error{
		func() error { return putAll(bw, bucketEmployees, d.Employees, func(e *Employee) ID { return e.ID }) },
		func() error { return putAll(bw, bucketGroups, d.Groups, func(e *PartnerGroup) ID { return e.ID }) },
		func() error { return putAll(bw, bucketPartners, d.Partners, func(e *Partner) ID { return e.ID }) },
		func() error { return putAll(bw, bucketRoles, d.Roles, func(e *Role) ID { return e.ID }) },
		func() error { return putAll(bw, bucketPersons, d.Persons, func(e *Person) ID { return e.ID }) },
		func() error { return putAll(bw, bucketDeals, d.Deals, func(e *Deal) ID { return e.ID }) },
		func() error { return putAll(bw, bucketClaims, d.Claims, func(e *Claim) ID { return e.ID }) },
		func() error { return putAll(bw, bucketEvents, d.Events, func(e *Event) ID { return e.ID }) },
		func() error { return putAll(bw, bucketOrders, d.Orders, func(e *Order) ID { return e.ID }) },
		func() error { return putAll(bw, bucketAttrs, d.Attrs, func(e *AttrDef) ID { return e.ID }) },
	}
	steps = append(steps, func() error { return bw.names(storedNames(bw.tx)) }, func() error {
		refs := activeRefs(d)
		slices.SortFunc(refs, func(a, b Ref) int { return bytes.Compare(a.appendKey(nil), b.appendKey(nil)) })
		for _, r := range refs {
			if err := bw.put(ixActiveSubjects, r.appendKey(nil), []byte{1}); err != nil {
				return err
			}
		}
		return nil
	})
	if d.Settings != nil {
		steps = append(steps, func() error {
			v, err := jsonMarshal(d.Settings)
			if err != nil {
				return err
			}
			return bw.put(bucketMeta, keySettings, v)
		})
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

func (bw *bulkWriter) interactions(list []Interaction, r *datasetResolver, active map[Ref]bool) error {
	enc := func(v any) ([]byte, error) { return encodeInteraction(v.(*Interaction)), nil }
	if err := putAllWith(bw, bucketInteractions, list, func(it *Interaction) ID { return it.ID }, enc); err != nil {
		return err
	}
	// Derived in date-key order, the order of the date index, so that
	// its chunks append and the other indexes need no ranking.
	order := make([]int32, len(list))
	keys := make([]Cursor, len(list))
	for i := range list {
		order[i], keys[i] = int32(i), dateKey(list[i].Date, list[i].ID)
	}
	slices.SortFunc(order, func(a, b int32) int { return bytes.Compare(keys[a][:], keys[b][:]) })
	keys = nil
	batches := make(chan []*Interaction, 2)
	go func() {
		defer close(batches)
		for start := 0; start < len(order); start += deriveBatch {
			part := make([]*Interaction, 0, deriveBatch)
			for _, i := range order[start:min(start+deriveBatch, len(order))] {
				part = append(part, &list[i])
			}
			batches <- part
		}
	}()
	derive := func(it *Interaction) (*derived, error) { return derive(it, r), nil }
	none := func() error { return nil }
	return deriveAndIndex(newIndexer(bw, active), batches, derive, nil, none, func() {})
}

// activeRefs lists the active subjects of a dataset.
func activeRefs(d *Dataset) []Ref {
	var refs []Ref
	for _, x := range d.Deals {
		if x.Active {
			refs = append(refs, Ref{RefDeal, x.ID})
		}
	}
	for _, x := range d.Claims {
		if x.Active {
			refs = append(refs, Ref{RefClaim, x.ID})
		}
	}
	for _, x := range d.Events {
		if x.Active {
			refs = append(refs, Ref{RefEvent, x.ID})
		}
	}
	for _, x := range d.Orders {
		if x.Active {
			refs = append(refs, Ref{RefOrder, x.ID})
		}
	}
	return refs
}
