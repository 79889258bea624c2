package data

import (
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// recordsChecked is what the pass over the records found besides the
// expectation: how many there are, how many have words, and the problems
// of the records themselves and of their text documents.
type recordsChecked struct {
	records, withWords int
	problems           []string
	capped             []bool // by problem: a words problem, of which a part reports at most 3*maxReported lines
}

// idRange is a range of ids [from, to) the records pass reads in one
// job; part is the part of the ids (one per core, as the pass was split
// before it ran in jobs) whose report caps it shares.
type idRange struct {
	from, to ID
	part     int
}

// rangesPerPart is how many jobs read each part of the ids: small jobs
// keep both cores busy to the end of the pass.
const rangesPerPart = 16

// idRanges splits the ids [lo, hi) into parts (one per core) and each
// part into rangesPerPart ranges.
func idRanges(lo, hi uint64, parts int) []idRange {
	var out []idRange
	for i := range parts {
		from := lo + (hi-lo)*uint64(i)/uint64(parts)
		to := lo + (hi-lo)*uint64(i+1)/uint64(parts)
		for j := range rangesPerPart {
			a := from + (to-from)*uint64(j)/rangesPerPart
			b := from + (to-from)*uint64(j+1)/rangesPerPart
			if a < b {
				out = append(out, idRange{ID(a), ID(b), i})
			}
		}
	}
	return out
}

// idBounds returns the lowest id of the records and one past the highest.
func idBounds(tx *bolt.Tx) (lo, hi uint64) {
	c := tx.Bucket(bucketInteractions).Cursor()
	if k, _ := c.First(); k != nil {
		lo = binary.BigEndian.Uint64(k)
	}
	if k, _ := c.Last(); k != nil {
		hi = binary.BigEndian.Uint64(k) + 1
	}
	return lo, hi
}

// joinRecords adds up what the ranges found, in id order. A part keeps
// a words problem while it has fewer than 3*maxReported lines, as when
// it was read in one piece.
func joinRecords(ranges []idRange, found []recordsChecked) recordsChecked {
	var all recordsChecked
	kept := map[int]int{} // by part: the lines kept
	for i, f := range found {
		all.records += f.records
		all.withWords += f.withWords
		part := ranges[i].part
		for j, p := range f.problems {
			if f.capped[j] && kept[part] >= 3*maxReported {
				continue
			}
			kept[part]++
			all.problems = append(all.problems, p)
		}
	}
	return all
}

// add notes a problem; capped ones stop at 3*maxReported lines (a part
// of the ids stops there too: joinRecords).
func (f *recordsChecked) add(capped bool, p string) {
	if capped && len(f.problems) >= 3*maxReported {
		return
	}
	f.problems = append(f.problems, p)
	f.capped = append(f.capped, capped)
}

// checkRange derives the expectation of the records with ids in
// [from, to) and compares each one's stored words.
func checkRange(tx *bolt.Tx, from, to ID, r resolver, exp *expectation) recordsChecked {
	var found recordsChecked
	var nums []uint32
	var th []uint64
	var d derived // reused from record to record
	docs := docReader{b: tx.Bucket(ixTextDoc)}
	c := tx.Bucket(bucketInteractions).Cursor()
	for k, v := c.Seek(from.key()); k != nil && idFromKey(k) < to; k, v = c.Next() {
		found.records++
		id := idFromKey(k)
		it, err := decodeInteraction(id, v)
		if err != nil {
			found.add(false, fmt.Sprintf("interaction %d: cannot be read: %v", id, err))
			continue
		}
		if it.ID != id {
			found.add(false, fmt.Sprintf("interaction %d: record says id %d", id, it.ID))
		}
		deriveInto(&d, it, r)
		th = tokenHashes(th[:0], exp.seed, d.tokens)
		exp.add(&d, th)
		if len(d.tokens) > 0 {
			found.withWords++
		}
		// The words stored for it, in either form (a packed key holds
		// the word numbers of 32 ids, sorted: compared as sets).
		doc, _ := docs.get(id)
		var same bool
		if nums, same = exp.words.compareDoc(exp.vocab, doc, d.tokens, th, nums); same {
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
		if !sameWords(stored, d.tokens) {
			found.add(true, fmt.Sprintf("%s: interaction %d holds words %q, want %q", ixTextDoc, it.ID, stored, d.tokens))
		}
	}
	return found
}

// merge adds what o expects to e, but for the counters: those are added
// up as they are compared (counterCheck).
func (e *expectation) merge(o *expectation) {
	for name, h := range o.sum {
		if t := e.sum[name]; t != nil {
			t.n += h.n
			t.sum += h.sum
		} else {
			e.sum[name] = h
		}
	}
	e.words.merge(o.words)
}
