package data

import (
	"bytes"
	"fmt"
	"runtime"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// loadChunk is how many keys one transaction of Load writes.
const loadChunk = 400_000

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
	var used []string
	if err := s.view(func(tx *bolt.Tx) error {
		for _, b := range recordBuckets {
			if k, _ := tx.Bucket(b).Cursor().First(); k != nil && string(b) != string(bucketMeta) {
				used = append(used, string(b))
			}
		}
		return nil
	}); err != nil {
		return fmt.Errorf("data: load: %w", err)
	}
	if len(used) > 0 {
		return fmt.Errorf("data: load: %w (%s)", ErrNotEmpty, strings.Join(used, ", "))
	}
	r, err := checkDataset(d)
	if err != nil {
		return fmt.Errorf("data: load: %w", err)
	}
	if err := s.beginBulk(BulkLoad); err != nil {
		return fmt.Errorf("data: load: %w", err)
	}
	if err := s.guard(func() error { return s.load(d, r) }); err != nil {
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

// load writes the dataset in chunked transactions, without syncing each.
func (s *Store) load(d *Dataset, r *datasetResolver) error {
	s.db.NoSync, s.db.NoGrowSync = true, true
	defer func() { s.db.NoSync, s.db.NoGrowSync = false, false }()
	bw := &bulkWriter{db: s.db}
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

// bulkWriter writes sorted keys in chunked transactions.
type bulkWriter struct {
	db *bolt.DB
	tx *bolt.Tx
	n  int
}

func (bw *bulkWriter) put(bucket []byte, k, v []byte) error {
	if bw.tx == nil || bw.n >= loadChunk {
		if err := bw.commit(); err != nil {
			return err
		}
		tx, err := bw.db.Begin(true)
		if err != nil {
			return err
		}
		bw.tx, bw.n = tx, 0
	}
	bw.n++
	b := bw.tx.Bucket(bucket)
	b.FillPercent = 1.0
	return b.Put(k, v)
}

// rollback gives up the open transaction, if any: after a failure or a
// panic, so that the database is not left locked.
func (bw *bulkWriter) rollback() {
	if bw.tx != nil {
		bw.tx.Rollback()
		bw.tx = nil
	}
}

func (bw *bulkWriter) commit() error {
	if bw.tx == nil {
		return nil
	}
	err := bw.tx.Commit()
	bw.tx = nil
	return err
}

func (bw *bulkWriter) sequence(bucket []byte, n int) error {
	if err := bw.put(bucketMeta, []byte("_"), nil); err != nil { // make sure a transaction is open
		return err
	}
	if err := bw.tx.Bucket(bucketMeta).Delete([]byte("_")); err != nil {
		return err
	}
	return bw.tx.Bucket(bucket).SetSequence(uint64(n))
}

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
	steps = append(steps, func() error {
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

// keyList gathers the keys of one index, grouped by prefix; within a
// prefix the date keys arrive already sorted, since interactions are
// visited in date-key order.
type keyList map[string][]Cursor

func (kl keyList) write(bw *bulkWriter, bucket []byte, sep []byte) error {
	prefixes := make([]string, 0, len(kl))
	for p := range kl {
		prefixes = append(prefixes, p)
	}
	slices.Sort(prefixes)
	for _, p := range prefixes {
		for _, c := range kl[p] {
			k := make([]byte, 0, len(p)+len(sep)+dateKeyLen)
			k = append(append(append(k, p...), sep...), c[:]...)
			if err := bw.put(bucket, k, nil); err != nil {
				return err
			}
		}
	}
	return nil
}

type counterAgg struct {
	total, unrev int64
	last         uint64
}

func (bw *bulkWriter) interactions(list []Interaction, r *datasetResolver, active map[Ref]bool) error {
	enc := func(v any) ([]byte, error) { return encodeInteraction(v.(*Interaction)), nil }
	if err := putAllWith(bw, bucketInteractions, list, func(it *Interaction) ID { return it.ID }, enc); err != nil {
		return err
	}
	order := make([]int32, len(list))
	keys := make([]Cursor, len(list))
	for i := range list {
		order[i], keys[i] = int32(i), dateKey(list[i].Date, list[i].ID)
	}
	slices.SortFunc(order, func(a, b int32) int { return bytes.Compare(keys[a][:], keys[b][:]) })

	index := map[string]keyList{}
	for _, b := range [][]byte{ixType, ixResponsible, ixContact, ixSubject, ixStatus, ixAttr, ixDeleted, ixMessageID} {
		index[string(b)] = keyList{}
	}
	type wordAgg struct {
		word  string
		count uint64
		num   uint32
		posts []Cursor
	}
	vocab := map[string]*wordAgg{}
	type raKey struct {
		key []byte
		dk  Cursor
	}
	var reviewAfter []raKey
	var unreviewed [][2]string // ixStatus entries with their values
	var rootTopics [][2]string // ixChainTopics entries
	counters := map[string]*counterAgg{}
	free := map[ID]string{}
	docs := make([][]*wordAgg, len(list))

	derivedInOrder := deriveAll(list, order, r)
	defer func() {
		go func() { // on an early return, let the derivers finish
			for range derivedInOrder {
			}
		}()
	}()
	for _, i := range order {
		it := &list[i]
		d := <-derivedInOrder
		if err := bw.put(ixDate, d.dk[:], d.sum); err != nil {
			return err
		}
		for _, e := range d.entries {
			if e.bucket == string(ixReviewAfter) {
				reviewAfter = append(reviewAfter, raKey{[]byte(e.key), d.dk})
				continue
			}
			if e.bucket == string(ixChainTopics) {
				rootTopics = append(rootTopics, [2]string{e.key, e.value})
				continue
			}
			if e.value != "" {
				unreviewed = append(unreviewed, [2]string{e.key, e.value})
				continue
			}
			p := e.key[:len(e.key)-dateKeyLen]
			index[e.bucket][p] = append(index[e.bucket][p], d.dk)
		}
		if len(d.tokens) > 0 {
			words := make([]*wordAgg, len(d.tokens))
			for j, t := range d.tokens {
				w := vocab[t]
				if w == nil {
					w = &wordAgg{word: t}
					vocab[t] = w
				}
				w.count++
				if !d.deleted {
					w.posts = append(w.posts, d.dk)
				}
				words[j] = w
			}
			docs[i] = words
		}
		for id, name := range d.free {
			free[id] = name
		}
		if !d.deleted {
			t := timeKey(it.Date)
			for _, k := range d.counters {
				c := counters[string(k)]
				if c == nil {
					c = &counterAgg{}
					counters[string(k)] = c
				}
				c.total++
				if !d.reviewed {
					c.unrev++
				}
				c.last = max(c.last, t)
			}
		}
	}
	for name, kl := range index {
		if err := kl.write(bw, []byte(name), nil); err != nil {
			return err
		}
	}
	words := make([]*wordAgg, 0, len(vocab))
	for _, w := range vocab {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b *wordAgg) int { return strings.Compare(a.word, b.word) })
	for i, w := range words {
		w.num = uint32(i + 1)
		for keys := w.posts; len(keys) > 0; keys = keys[min(len(keys), blockMaxPacked):] {
			block := keys[:min(len(keys), blockMaxPacked)]
			if err := bw.put(ixText, append(postingPrefix(w.word), block[0][:]...), encodeBlock(block)); err != nil {
				return err
			}
		}
		w.posts = nil
	}
	for _, w := range words {
		if err := bw.put(ixVocab, []byte(w.word), encodeVocab(w.count, w.num)); err != nil {
			return err
		}
	}
	if err := bw.sequence(ixVocab, len(words)); err != nil {
		return err
	}
	dw := &docBlockWriter{put: func(k, v []byte) error { return bw.put(ixTextDoc, k, v) }}
	for i := range list { // list is sorted by id
		if docs[i] == nil {
			continue
		}
		nums := make([]uint32, len(docs[i]))
		for j, w := range docs[i] {
			nums[j] = w.num
		}
		if err := dw.add(list[i].ID, encodeDocPart(nums)); err != nil {
			return err
		}
	}
	if err := dw.flush(); err != nil {
		return err
	}
	slices.SortFunc(unreviewed, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	for _, e := range unreviewed {
		if err := bw.put(ixStatus, []byte(e[0]), []byte(e[1])); err != nil {
			return err
		}
	}
	slices.SortFunc(rootTopics, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	for _, e := range rootTopics {
		if err := bw.put(ixChainTopics, []byte(e[0]), []byte(e[1])); err != nil {
			return err
		}
	}
	slices.SortFunc(reviewAfter, func(a, b raKey) int { return bytes.Compare(a.key, b.key) })
	for _, ra := range reviewAfter {
		if err := bw.put(ixReviewAfter, ra.key, ra.dk[:]); err != nil {
			return err
		}
	}
	ckeys := make([]string, 0, len(counters))
	for k := range counters {
		ckeys = append(ckeys, k)
	}
	slices.Sort(ckeys)
	var byLast [][2][]byte
	for _, k := range ckeys {
		c := counters[k]
		val := encodeCounter(c.total, c.unrev, c.last)
		if err := bw.put(bucketCounters, []byte(k), val); err != nil {
			return err
		}
		if k[0] == dimSubject {
			ref := refFromKey([]byte(k[1:]))
			byLast = append(byLast, [2][]byte{byLastKey(subjectClass(ref, active[ref]), c.last, ref), val})
		}
	}
	slices.SortFunc(byLast, func(a, b [2][]byte) int { return bytes.Compare(a[0], b[0]) })
	for _, e := range byLast {
		if err := bw.put(ixSubjectsByLast, e[0], e[1]); err != nil {
			return err
		}
	}
	fids := make([]ID, 0, len(free))
	for id := range free {
		fids = append(fids, id)
	}
	slices.Sort(fids)
	for _, id := range fids {
		if err := bw.put(bucketFreeContacts, id.key(), []byte(free[id])); err != nil {
			return err
		}
	}
	return nil
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

// deriveAll derives the index entries of list in the given order on all
// cores but one, while the caller writes: the results arrive in order.
func deriveAll(list []Interaction, order []int32, r *datasetResolver) <-chan *derived {
	const batch = 2048
	workers := max(1, runtime.GOMAXPROCS(0)-1)
	batches := make(chan chan []*derived, workers*2)
	out := make(chan *derived, batch)
	go func() {
		defer close(batches)
		sem := make(chan struct{}, workers)
		for start := 0; start < len(order); start += batch {
			part := order[start:min(start+batch, len(order))]
			res := make(chan []*derived, 1)
			batches <- res
			sem <- struct{}{}
			go func() {
				ds := make([]*derived, len(part))
				for j, i := range part {
					ds[j] = derive(&list[i], r)
				}
				res <- ds
				<-sem
			}()
		}
	}()
	go func() {
		defer close(out)
		for res := range batches {
			for _, d := range <-res {
				out <- d
			}
		}
	}()
	return out
}
