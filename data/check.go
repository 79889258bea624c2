package data

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// maxReported caps the problems Check lists per index.
const maxReported = 10

// Check verifies the file's pages (a damaged one fails it with a
// *DamagedError), then every index entry, text posting and counter
// against the records, and reads every interaction the way the list does,
// and returns one line per problem; none means the database is
// consistent. Each index is compared by an order-independent hash first,
// and compared key by key only when the hashes differ. Nothing may write
// the file while it runs.
//
// The walk of the pages comes first and alone: nothing reads the file
// through bbolt before it has shown the pages sane. Then bbolt's own
// check, the records (in ranges of ids), the stored indexes and the list
// are read side by side, one job per core at a time (check_run.go), and
// what needs every record is compared at the end.
func (s *Store) Check() ([]string, error) {
	found, _, err := walkFile(s.path)
	if err != nil {
		return nil, fmt.Errorf("data: check: %w", err)
	}
	if found != nil {
		return nil, fmt.Errorf("data: check: %w", found)
	}
	problems, err := s.checkAll()
	if err != nil {
		return nil, fmt.Errorf("data: check: %w", err)
	}
	return problems, nil
}

// expectation accumulates what the indexes should hold.
type expectation struct {
	seed     maphash.Seed
	h        maphash.Hash // seeded with seed
	sum      map[string]*hashSum
	counters *counterTable
	vocab    *checkVocab
	words    wordCounts // how many interactions hold each word
}

type hashSum struct {
	n   int
	sum uint64
}

func newExpectation(seed maphash.Seed, vocab *checkVocab) *expectation {
	e := &expectation{seed: seed, sum: map[string]*hashSum{}, counters: newCounterTable(), vocab: vocab, words: newWordCounts(vocab)}
	e.h.SetSeed(seed)
	for _, b := range derivedBuckets {
		switch string(b) {
		case string(bucketCounters), string(bucketFreeContacts), string(ixVocab), string(ixActiveSubjects), string(ixTextDoc), string(ixSubjectsByLast), string(ixNames), string(ixOpenChains), string(ixNameKeys):
		default:
			e.sum[string(b)] = &hashSum{}
		}
	}
	return e
}

func (e *expectation) buckets() []string {
	names := make([]string, 0, len(e.sum))
	for n := range e.sum {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

func (e *expectation) put(bucket string, k, v []byte) {
	h := e.sum[bucket]
	if h == nil {
		h = &hashSum{}
		e.sum[bucket] = h
	}
	h.n++
	h.sum += pairHash(e.seed, k, v)
}

func pairHash(seed maphash.Seed, k, v []byte) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	h.Write(k)
	h.WriteByte(0xff)
	h.Write(v)
	return h.Sum64()
}

// add adds what one record gives the indexes; th are the hashes of its
// words (tokenHashes).
func (e *expectation) add(d *derived, th []uint64) {
	e.put(string(ixDate), d.dk[:], d.sum)
	for _, en := range d.entries {
		e.putString(en.bucket, en.key, en.value)
	}
	if !d.deleted && len(d.tokens) > 0 {
		h := e.sum[string(ixText)]
		for _, wh := range th {
			h.n++
			h.sum += postingHash(wh, d.dk)
		}
	}
	if d.deleted {
		return
	}
	t := timeKey(d.dk.Time())
	for _, k := range d.counters {
		c := e.counters.get(k)
		c.total++
		if !d.reviewed {
			c.unrev++
		}
		c.last = max(c.last, t)
	}
}

// putString is put of a key and value held as strings.
func (e *expectation) putString(bucket, k, v string) {
	h := e.sum[bucket]
	if h == nil {
		h = &hashSum{}
		e.sum[bucket] = h
	}
	e.h.Reset()
	e.h.WriteString(k)
	e.h.WriteByte(0xff)
	e.h.WriteString(v)
	h.n++
	h.sum += e.h.Sum64()
}

// tokenHashes appends the hashes of words (maphash.String with the seed,
// as the vocabulary's) to out.
func tokenHashes(out []uint64, seed maphash.Seed, words []string) []uint64 {
	for _, w := range words {
		out = append(out, maphash.String(seed, w))
	}
	return out
}

// postingHash hashes the posting of a word (its hash wh, tokenHashes)
// under a date key: both sides of the text index's comparison hash a
// posting so, the records' from their words' hashes, the stored from
// each block's word hashed once.
func postingHash(wh uint64, dk Cursor) uint64 {
	x := mix64(wh + binary.BigEndian.Uint64(dk[:8])*0x9e3779b97f4a7c15)
	return mix64(x ^ binary.BigEndian.Uint64(dk[8:])*0xc2b2ae3d27d4eb4f)
}

// mix64 is the finalizer of MurmurHash3: a bijection whose every output
// bit depends on every input bit.
func mix64(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

func bucketHash(b *bolt.Bucket, seed maphash.Seed) hashSum {
	var h hashSum
	b.ForEach(func(k, v []byte) error {
		h.n++
		h.sum += pairHash(seed, k, v)
		return nil
	})
	return h
}

// checkCounterValues compares the stored counters of keys in [from, to)
// (nil: no bound) with the records and returns the lines, at most
// 3*maxReported. The ranges' lines, the missing counters (counterCheck)
// and checkVocabulary's lines are reported 3*maxReported between them,
// in that order (checkRun.compare).
func checkCounterValues(tx *bolt.Tx, want *counterCheck, from, to []byte) []string {
	var out []string
	var buf [2*binary.MaxVarintLen64 + 8]byte
	c := tx.Bucket(bucketCounters).Cursor()
	k, v := c.First()
	if from != nil {
		k, v = c.Seek(from)
	}
	for ; k != nil && (to == nil || bytes.Compare(k, to) < 0); k, v = c.Next() {
		got, last := decodeCounter(v)
		w, ok := want.want(k)
		switch {
		case len(out) >= 3*maxReported:
		case !ok:
			out = append(out, fmt.Sprintf("counter %s: stored (total %d) but no interaction counts in it", counterName(k), got.Total))
		default:
			// The bytes too: a value in another form than the one written
			// (schema 8: uvarints) is a problem even if it reads the same.
			if int64(got.Total) != w.total || int64(got.Unreviewed) != w.unrev || last != w.last ||
				!bytes.Equal(v, appendCounter(buf[:0], w.total, w.unrev, w.last)) {
				out = append(out, fmt.Sprintf("counter %s: total %d, unreviewed %d, last %s; want %d, %d, %s", counterName(k),
					got.Total, got.Unreviewed, timeFromKey(last).Format("2006-01-02 15:04:05"),
					w.total, w.unrev, timeFromKey(w.last).Format("2006-01-02 15:04:05")))
			}
		}
	}
	return out
}

// checkVocabulary compares the stored vocabulary with the records.
func (e *expectation) checkVocabulary(tx *bolt.Tx) []string {
	var out []string
	report := func(format string, args ...any) {
		if len(out) < 3*maxReported {
			out = append(out, fmt.Sprintf(format, args...))
		}
	}
	vseen := 0
	tx.Bucket(ixVocab).ForEach(func(k, v []byte) error {
		vseen++
		got, num := decodeVocab(v)
		if want := e.words.of(e.vocab, string(k), num); got != want {
			report("word %q: counted %d, found in %d interactions", k, got, want)
		}
		return nil
	})
	if n := e.words.distinct(e.vocab); vseen != n {
		report("vocabulary: %d words stored, %d in the records", vseen, n)
	}
	return out
}

func counterName(k []byte) string {
	names := []string{"all", "type", "responsible", "contact", "subject", "hour", "attribute", "activity"}
	if int(k[0]) < len(names) {
		return fmt.Sprintf("%s:%x", names[k[0]], k[1:])
	}
	return fmt.Sprintf("%x", k)
}

// diffBucket compares one index key by key with what the records give.
func diffBucket(tx *bolt.Tx, name string, w resolver) []string {
	want := map[string]string{}
	tx.Bucket(bucketInteractions).ForEach(func(k, v []byte) error {
		it, err := decodeInteraction(idFromKey(k), v)
		if err != nil {
			return nil
		}
		d := derive(it, w)
		switch name {
		case string(ixDate):
			want[string(d.dk[:])] = string(d.sum)
		case string(ixText):
			if d.deleted {
				return nil
			}
			for _, t := range d.tokens {
				want[string(append(postingPrefix(t), d.dk[:]...))] = ""
			}
		default:
			for _, e := range d.entries {
				if e.bucket == name {
					want[e.key] = e.value
				}
			}
		}
		return nil
	})
	var out []string
	missing, wrong, extra := 0, 0, 0
	each := tx.Bucket([]byte(name)).ForEach
	if isPackedBucket(name) {
		each = func(fn func(k, v []byte) error) error {
			eachEntry(tx.Bucket([]byte(name)), name, func(k, v []byte) { fn(k, v) })
			return nil
		}
	}
	if name == string(ixText) {
		each = func(fn func(k, v []byte) error) error {
			eachPosting(tx.Bucket(ixText), func(word []byte, dk Cursor) {
				fn(append(append(slices.Clip(word), 0), dk[:]...), nil)
			})
			return nil
		}
	}
	each(func(k, v []byte) error {
		wv, ok := want[string(k)]
		switch {
		case !ok:
			extra++
			if extra <= maxReported {
				out = append(out, fmt.Sprintf("%s: unexpected entry %x", name, k))
			}
		case wv != string(v):
			wrong++
			switch {
			case wrong > maxReported:
			case name == string(ixDate):
				out = append(out, fmt.Sprintf("%s: interaction %d: %s", name, cursorFrom(k).ID(), summaryProblem(cursorFrom(k).ID(), v, summary(wv))))
			default:
				out = append(out, fmt.Sprintf("%s: entry %x holds %x, want %x", name, k, v, wv))
			}
		}
		delete(want, string(k))
		return nil
	})
	missing = len(want)
	for _, k := range firstKeys(want, maxReported) {
		out = append(out, fmt.Sprintf("%s: missing entry %x", name, k))
	}
	if missing+wrong+extra > 0 {
		out = append(out, fmt.Sprintf("%s: %d missing, %d wrong, %d unexpected entries", name, missing, wrong, extra))
	}
	return out
}

// firstKeys returns the n smallest keys of m in order, so that a report
// names the same entries, first to last, each time it runs.
func firstKeys(m map[string]string, n int) []string {
	if n <= 0 {
		return nil
	}
	keys := make([]string, 0, n+1)
	for k := range m {
		if len(keys) == n && k >= keys[n-1] {
			continue
		}
		i, _ := slices.BinarySearch(keys, k)
		keys = slices.Insert(keys, i, k)
		if len(keys) > n {
			keys = keys[:n]
		}
	}
	return keys
}

// checkActive compares the active-subjects index with the subject records.
func checkActive(tx *bolt.Tx) []string {
	var out []string
	want := map[string]bool{}
	for kind, name := range subjectBuckets {
		tx.Bucket(name).ForEach(func(k, v []byte) error {
			if subjectActive(v) {
				want[string(Ref{kind, idFromKey(k)}.appendKey(nil))] = true
			}
			return nil
		})
	}
	tx.Bucket(ixActiveSubjects).ForEach(func(k, _ []byte) error {
		if !want[string(k)] && len(out) < maxReported {
			out = append(out, fmt.Sprintf("%s: %s is not an active subject", ixActiveSubjects, refFromKey(k)))
		}
		delete(want, string(k))
		return nil
	})
	for k := range want {
		if len(out) < maxReported {
			out = append(out, fmt.Sprintf("%s: active subject %s is missing", ixActiveSubjects, refFromKey([]byte(k))))
		}
	}
	return out
}

// checkSubjectsByLast compares the by-last subject index with the stored
// subject counters (which checkCounterValues compares with the records).
func checkSubjectsByLast(tx *bolt.Tx) []string {
	want := map[string]string{}
	active := tx.Bucket(ixActiveSubjects)
	c := tx.Bucket(bucketCounters).Cursor()
	for k, v := c.Seek([]byte{dimSubject}); k != nil && k[0] == dimSubject; k, v = c.Next() {
		ref := refFromKey(k[1:])
		_, last := decodeCounter(v)
		want[string(byLastKey(subjectClass(ref, active.Get(k[1:]) != nil), last, ref))] = string(v)
	}
	var out []string
	tx.Bucket(ixSubjectsByLast).ForEach(func(k, v []byte) error {
		if w, ok := want[string(k)]; !ok || w != string(v) {
			if len(out) < maxReported {
				out = append(out, fmt.Sprintf("%s: entry %x does not match the counters", ixSubjectsByLast, k))
			}
		}
		delete(want, string(k))
		return nil
	})
	if len(want) > 0 {
		out = append(out, fmt.Sprintf("%s: %d subjects are missing", ixSubjectsByLast, len(want)))
	}
	return out
}
