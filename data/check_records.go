package data

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"runtime"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// recordsChecked is what the pass over the records found besides the
// expectation: how many there are, how many have words, and the problems
// of the records themselves and of their text documents.
type recordsChecked struct {
	records, withWords int
	problems           []string
}

// checkRecords derives what the indexes should hold from every record.
// The records are split into one range of ids per core, each read in a
// transaction of its own; the parts' expectations are added up (their
// hashes are sums, their counters totals).
func (s *Store) checkRecords(r *datasetResolver, vocab *checkVocab, seed maphash.Seed) (*expectation, recordsChecked, error) {
	var lo, hi uint64
	err := s.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketInteractions).Cursor()
		if k, _ := c.First(); k != nil {
			lo = binary.BigEndian.Uint64(k)
		}
		if k, _ := c.Last(); k != nil {
			hi = binary.BigEndian.Uint64(k) + 1
		}
		return nil
	})
	if err != nil {
		return nil, recordsChecked{}, err
	}
	parts := max(1, runtime.GOMAXPROCS(0))
	exps := make([]*expectation, parts)
	found := make([]recordsChecked, parts)
	err = parallel(parts, func(i int) error {
		from := lo + (hi-lo)*uint64(i)/uint64(parts)
		to := lo + (hi-lo)*uint64(i+1)/uint64(parts)
		exps[i] = newExpectation(seed, vocab)
		return s.view(func(tx *bolt.Tx) error {
			found[i] = checkRange(tx, ID(from), ID(to), r, exps[i])
			return nil
		})
	})
	if err != nil {
		return nil, recordsChecked{}, err
	}
	exp, all := exps[0], found[0]
	for i := 1; i < parts; i++ {
		exp.merge(exps[i])
		all.records += found[i].records
		all.withWords += found[i].withWords
		all.problems = append(all.problems, found[i].problems...)
	}
	return exp, all, nil
}

// checkRange derives the expectation of the records with ids in
// [from, to) and compares each one's stored words.
func checkRange(tx *bolt.Tx, from, to ID, r resolver, exp *expectation) recordsChecked {
	var found recordsChecked
	var nums []uint32
	docs := tx.Bucket(ixTextDoc)
	c := tx.Bucket(bucketInteractions).Cursor()
	for k, v := c.Seek(from.key()); k != nil && idFromKey(k) < to; k, v = c.Next() {
		found.records++
		id := idFromKey(k)
		it, err := decodeInteraction(id, v)
		if err != nil {
			found.problems = append(found.problems, fmt.Sprintf("interaction %d: cannot be read: %v", id, err))
			continue
		}
		if it.ID != id {
			found.problems = append(found.problems, fmt.Sprintf("interaction %d: record says id %d", id, it.ID))
		}
		d := derive(it, r)
		exp.add(d)
		if len(d.tokens) > 0 {
			found.withWords++
		}
		// The words stored for it, in either form (a packed key holds
		// the word numbers of 32 ids, sorted: compared as sets).
		doc, _ := getDoc(docs, id)
		var same bool
		if nums, same = exp.words.compareDoc(exp.vocab, doc, d.tokens, nums); same {
			continue
		}
		var stored []string
		for _, num := range nums {
			if int(num) < len(exp.vocab.word) {
				stored = append(stored, exp.vocab.word[num])
			} else {
				stored = append(stored, "")
			}
		}
		if !sameWords(stored, d.tokens) && len(found.problems) < 3*maxReported {
			found.problems = append(found.problems, fmt.Sprintf("%s: interaction %d holds words %q, want %q", ixTextDoc, it.ID, stored, d.tokens))
		}
	}
	return found
}

// merge adds what o expects to e.
func (e *expectation) merge(o *expectation) {
	for name, h := range o.sum {
		if t := e.sum[name]; t != nil {
			t.n += h.n
			t.sum += h.sum
		} else {
			e.sum[name] = h
		}
	}
	for k, c := range o.counters {
		t := e.counters[k]
		if t == nil {
			e.counters[k] = c
			continue
		}
		t.total += c.total
		t.unrev += c.unrev
		t.last = max(t.last, c.last)
	}
	e.words.merge(o.words)
}

// parallel runs fn(0) … fn(n-1) on as many goroutines as there are
// cores and returns the first error.
func parallel(n int, fn func(i int) error) error {
	workers := min(n, max(1, runtime.GOMAXPROCS(0)))
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = fn(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
