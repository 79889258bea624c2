package data

import (
	"bytes"
	"encoding/binary"
	"maps"
	"slices"
	"strings"
)

// indexer gathers the derived entries of many interactions, in any order,
// and writes every index, the text index and the counters in key order
// at the end: the bulk path of Load and of a rebuild. It keeps each
// interaction as a number (the order it came in) rather than its date
// key, so that a million interactions' postings fit in a few hundred
// megabytes; the date index itself is written as it goes, a sorted
// chunk at a time.
type indexer struct {
	bw     *bulkWriter
	active map[Ref]bool

	dks     []Cursor                       // by arrival number
	dates   []dateEntry                    // date index entries not yet written
	lowest  []byte                         // the least date key written so far
	lastRec ID                             // the greatest id of the records written
	index   map[string]map[string][]uint32 // bucket → key prefix → arrival numbers
	vocab   map[string]uint32              // word → its place in words
	words   []*wordAgg

	docIDs   []ID     // the interactions that have words, with
	docStart []uint32 // where their words start in docWords
	docWords chunked  // places in words

	reviewAfter []reviewAfterEntry
	unreviewed  [][2]string // status index entries with their values
	rootTopics  [][2]string // chain topic index entries
	mids        []string    // Message-ID index keys (hash and id), in arrival order
	counters    map[string]*counterAgg
	free        map[ID]string
	listBuf     []Cursor // the keys of the packed list being written
}

// dateChunk is how many date index entries the indexer sorts and writes
// at a time.
const dateChunk = 50_000

type dateEntry struct {
	dk  Cursor
	sum summary
}

type wordAgg struct {
	word  string
	count uint64
	num   uint32
	posts []uint32 // arrival numbers of the interactions not deleted
}

type reviewAfterEntry struct {
	key []byte
	dk  Cursor
}

type counterAgg struct {
	total, unrev int64
	last         uint64
}

func newIndexer(bw *bulkWriter, active map[Ref]bool) *indexer {
	ix := &indexer{bw: bw, active: active, index: map[string]map[string][]uint32{},
		vocab: map[string]uint32{}, counters: map[string]*counterAgg{}, free: map[ID]string{}}
	for _, b := range [][]byte{ixType, ixResponsible, ixContact, ixSubject, ixStatus, ixAttr, ixDeleted, ixMessageID} {
		ix.index[string(b)] = map[string][]uint32{}
	}
	return ix
}

// add takes in the entries of one interaction.
func (ix *indexer) add(d *derived) error {
	if d.record != nil {
		id := d.dk.ID()
		if err := ix.bw.put(bucketInteractions, id.key(), d.record); err != nil {
			return err
		}
		ix.lastRec = max(ix.lastRec, id)
		d.record = nil
	}
	n := uint32(len(ix.dks))
	ix.dks = append(ix.dks, d.dk)
	ix.dates = append(ix.dates, dateEntry{d.dk, d.sum})
	if len(ix.dates) >= dateChunk {
		if err := ix.flushDates(); err != nil {
			return err
		}
	}
	for _, e := range d.entries {
		switch {
		case e.bucket == string(ixReviewAfter):
			ix.reviewAfter = append(ix.reviewAfter, reviewAfterEntry{[]byte(e.key), d.dk})
		case e.bucket == string(ixChainTopics):
			ix.rootTopics = append(ix.rootTopics, [2]string{e.key, e.value})
		case e.bucket == string(ixMessageID):
			// Hash and id: the key is whole, not a list under a prefix.
			ix.mids = append(ix.mids, strings.Clone(e.key))
		case e.value != "":
			// Copies: an entry's strings are cut from one string of all
			// the interaction's entries, which they would keep.
			ix.unreviewed = append(ix.unreviewed, [2]string{strings.Clone(e.key), strings.Clone(e.value)})
		default:
			p := e.key[:len(e.key)-dateKeyLen]
			m := ix.index[e.bucket]
			list, ok := m[p]
			if !ok {
				p = strings.Clone(p)
			}
			m[p] = append(list, n)
		}
	}
	if len(d.tokens) > 0 {
		ix.docIDs = append(ix.docIDs, d.dk.ID())
		ix.docStart = append(ix.docStart, uint32(ix.docWords.len()))
		for _, t := range d.tokens {
			i, ok := ix.vocab[t]
			if !ok {
				// A word is cut from the folded text it came in: a copy
				// keeps that text from staying in memory with it.
				t = strings.Clone(t)
				i = uint32(len(ix.words))
				ix.vocab[t] = i
				ix.words = append(ix.words, &wordAgg{word: t})
			}
			w := ix.words[i]
			w.count++
			if !d.deleted {
				w.posts = append(w.posts, n)
			}
			ix.docWords.append(i)
		}
	}
	for id, name := range d.free {
		ix.free[id] = name
	}
	if !d.deleted {
		t := ^binary.BigEndian.Uint64(d.dk[:8])
		for _, k := range d.counters {
			c := ix.counters[string(k)]
			if c == nil {
				c = &counterAgg{}
				ix.counters[string(k)] = c
			}
			c.total++
			if !d.reviewed {
				c.unrev++
			}
			c.last = max(c.last, t)
		}
	}
	return nil
}

// flushDates writes the pending date index entries in key order.
func (ix *indexer) flushDates() error {
	if len(ix.dates) == 0 {
		return nil
	}
	slices.SortFunc(ix.dates, func(a, b dateEntry) int { return bytes.Compare(a.dk[:], b.dk[:]) })
	if last := ix.dates[len(ix.dates)-1].dk; ix.lowest != nil && bytes.Compare(last[:], ix.lowest) < 0 {
		// The chunk goes before everything written (interactions that
		// come oldest first): in a transaction of its own, so that it
		// is not inserted one key at a time at the front of a large
		// node that is not yet split into pages.
		if err := ix.bw.commit(); err != nil {
			return err
		}
	}
	if first := ix.dates[0].dk; ix.lowest == nil || bytes.Compare(first[:], ix.lowest) < 0 {
		ix.lowest = bytes.Clone(first[:])
	}
	for _, e := range ix.dates {
		if err := ix.bw.put(ixDate, bytes.Clone(e.dk[:]), e.sum); err != nil {
			return err
		}
	}
	ix.dates = ix.dates[:0]
	return nil
}

// finish writes everything gathered, bucket by bucket in key order.
func (ix *indexer) finish() error {
	if err := ix.flushDates(); err != nil {
		return err
	}
	if ix.lastRec != 0 {
		if err := ix.bw.sequence(bucketInteractions, int(ix.lastRec)); err != nil {
			return err
		}
	}
	// rank[n] is the place of arrival n's date key among all of them.
	sorted, rank := ix.rankDates()
	ranked := func(list []uint32) []uint32 {
		if rank != nil {
			for i, n := range list {
				list[i] = rank[n]
			}
			slices.Sort(list)
		}
		return list
	}
	for _, name := range slices.Sorted(maps.Keys(ix.index)) {
		if name == string(ixStatus) {
			// The unreviewed entries (0 | date key) come before the
			// reviewed ones (1 | date key).
			if err := ix.writeUnreviewed(); err != nil {
				return err
			}
		}
		if name == string(ixMessageID) {
			slices.Sort(ix.mids)
			for _, k := range ix.mids {
				if err := ix.bw.put(ixMessageID, []byte(k), nil); err != nil {
					return err
				}
			}
			ix.mids = nil
		}
		m := ix.index[name]
		for _, p := range slices.Sorted(maps.Keys(m)) {
			if isPackedList(name, []byte(p)) {
				if err := ix.writeList(name, p, ranked(m[p]), sorted); err != nil {
					return err
				}
				delete(m, p)
				continue
			}
			for _, r := range ranked(m[p]) {
				k := make([]byte, 0, len(p)+dateKeyLen)
				k = append(append(k, p...), sorted[r][:]...)
				if err := ix.bw.put([]byte(name), k, nil); err != nil {
					return err
				}
			}
			delete(m, p)
		}
	}
	if err := ix.writeText(sorted, ranked); err != nil {
		return err
	}
	slices.SortFunc(ix.reviewAfter, func(a, b reviewAfterEntry) int { return bytes.Compare(a.key, b.key) })
	for _, ra := range ix.reviewAfter {
		if err := ix.bw.put(ixReviewAfter, ra.key, bytes.Clone(ra.dk[:])); err != nil {
			return err
		}
	}
	slices.SortFunc(ix.rootTopics, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	for _, e := range ix.rootTopics {
		if err := ix.bw.put(ixChainTopics, []byte(e[0]), []byte(e[1])); err != nil {
			return err
		}
	}
	if err := ix.writeOpenChains(); err != nil {
		return err
	}
	ix.rootTopics = nil
	if err := ix.writeCounters(); err != nil {
		return err
	}
	for _, id := range slices.Sorted(maps.Keys(ix.free)) {
		if err := ix.bw.put(bucketFreeContacts, id.key(), []byte(ix.free[id])); err != nil {
			return err
		}
	}
	return nil
}

// writeUnreviewed writes the unreviewed entries of the status index,
// which hold values.
func (ix *indexer) writeUnreviewed() error {
	slices.SortFunc(ix.unreviewed, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	for _, e := range ix.unreviewed {
		if err := ix.bw.put(ixStatus, []byte(e[0]), []byte(e[1])); err != nil {
			return err
		}
	}
	ix.unreviewed = nil
	return nil
}

// rankDates returns the date keys in order and, when they did not come
// in that order, the place of each arrival among them.
func (ix *indexer) rankDates() (sorted []Cursor, rank []uint32) {
	less := func(a, b Cursor) int { return bytes.Compare(a[:], b[:]) }
	if slices.IsSortedFunc(ix.dks, less) {
		return ix.dks, nil
	}
	order := make([]uint32, len(ix.dks))
	for i := range order {
		order[i] = uint32(i)
	}
	slices.SortFunc(order, func(a, b uint32) int { return less(ix.dks[a], ix.dks[b]) })
	rank = make([]uint32, len(order))
	sorted = make([]Cursor, len(order))
	for r, n := range order {
		rank[n] = uint32(r)
		sorted[r] = ix.dks[n]
	}
	ix.dks = nil
	return sorted, rank
}

// writeText writes the text postings in blocks, the vocabulary and each
// interaction's words.
func (ix *indexer) writeText(sorted []Cursor, ranked func([]uint32) []uint32) error {
	words := slices.Clone(ix.words)
	slices.SortFunc(words, func(a, b *wordAgg) int { return strings.Compare(a.word, b.word) })
	block := make([]Cursor, 0, blockMaxPacked)
	for i, w := range words {
		w.num = uint32(i + 1)
		posts := ranked(w.posts)
		for len(posts) > 0 {
			block = block[:0]
			for _, r := range posts[:min(len(posts), blockMaxPacked)] {
				block = append(block, sorted[r])
			}
			posts = posts[len(block):]
			if err := ix.bw.put(ixText, append(postingPrefix(w.word), block[0][:]...), encodeBlock(block)); err != nil {
				return err
			}
		}
		w.posts = nil
	}
	for _, w := range words {
		if err := ix.bw.put(ixVocab, []byte(w.word), encodeVocab(w.count, w.num)); err != nil {
			return err
		}
	}
	if err := ix.bw.sequence(ixVocab, len(words)); err != nil {
		return err
	}
	docs := make([]uint32, len(ix.docIDs))
	for i := range docs {
		docs[i] = uint32(i)
	}
	slices.SortFunc(docs, func(a, b uint32) int { return cmpID(ix.docIDs[a], ix.docIDs[b]) })
	var nums []uint32
	dw := &docBlockWriter{put: func(k, v []byte) error { return ix.bw.put(ixTextDoc, k, v) }}
	for _, i := range docs {
		end := uint32(ix.docWords.len())
		if int(i)+1 < len(ix.docStart) {
			end = ix.docStart[i+1]
		}
		nums = nums[:0]
		for j := ix.docStart[i]; j < end; j++ {
			nums = append(nums, ix.words[ix.docWords.at(j)].num)
		}
		if err := dw.add(ix.docIDs[i], encodeDocPart(nums)); err != nil {
			return err
		}
	}
	return dw.flush()
}

// writeCounters writes the counters and the subjects by their last
// interaction.
func (ix *indexer) writeCounters() error {
	var byLast [][2][]byte
	for _, k := range slices.Sorted(maps.Keys(ix.counters)) {
		c := ix.counters[k]
		val := encodeCounter(c.total, c.unrev, c.last)
		if err := ix.bw.put(bucketCounters, []byte(k), val); err != nil {
			return err
		}
		if k[0] == dimSubject {
			ref := refFromKey([]byte(k[1:]))
			byLast = append(byLast, [2][]byte{byLastKey(subjectClass(ref, ix.active[ref]), c.last, ref), val})
		}
	}
	slices.SortFunc(byLast, func(a, b [2][]byte) int { return bytes.Compare(a[0], b[0]) })
	for _, e := range byLast {
		if err := ix.bw.put(ixSubjectsByLast, e[0], e[1]); err != nil {
			return err
		}
	}
	return nil
}

func cmpID(a, b ID) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// chunked is a long list of numbers kept in fixed chunks, so that it
// grows without ever copying itself (a copy would hold twice its memory
// for a moment).
type chunked struct {
	chunks [][]uint32
	n      int
}

const chunkBits = 16

func (c *chunked) append(v uint32) {
	if c.n>>chunkBits == len(c.chunks) {
		c.chunks = append(c.chunks, make([]uint32, 1<<chunkBits))
	}
	c.chunks[c.n>>chunkBits][c.n&(1<<chunkBits-1)] = v
	c.n++
}

func (c *chunked) len() int { return c.n }

func (c *chunked) at(i uint32) uint32 { return c.chunks[i>>chunkBits][i&(1<<chunkBits-1)] }

// writeList writes one packed list (packed_list.go) of the ranked
// arrivals rs in blocks.
func (ix *indexer) writeList(name, prefix string, rs []uint32, sorted []Cursor) error {
	ix.listBuf = ix.listBuf[:0]
	for _, r := range rs {
		ix.listBuf = append(ix.listBuf, sorted[r])
	}
	return putList(func(k, v []byte) error { return ix.bw.put([]byte(name), k, v) }, []byte(prefix), ix.listBuf)
}
