package data

import (
	"encoding/binary"
	"hash/maphash"

	bolt "go.etcd.io/bbolt"
)

// checkVocab is the stored vocabulary as Check reads it: each word and
// its hash by number, so that an interaction's stored words are compared
// with its derived ones by a sum of hashes, without a string or a sort.
type checkVocab struct {
	seed   maphash.Seed
	word   []string // by number; "" where none
	hash   []uint64 // maphash.String(seed, word), by number
	byWord map[string]uint32
}

// readCheckVocab reads the vocabulary bucket.
func readCheckVocab(b *bolt.Bucket, seed maphash.Seed) *checkVocab {
	v := &checkVocab{seed: seed, byWord: map[string]uint32{}}
	b.ForEach(func(k, val []byte) error {
		_, num := decodeVocab(val)
		if int(num) >= len(v.word) {
			v.word = append(v.word, make([]string, int(num)+1-len(v.word))...)
		}
		v.word[num] = string(k)
		v.byWord[v.word[num]] = num
		return nil
	})
	v.hash = make([]uint64, len(v.word))
	for i, w := range v.word {
		v.hash[i] = maphash.String(seed, w)
	}
	return v
}

// wordCounts counts the interactions that hold each word: by number for
// those whose stored words are their derived ones, by the word itself
// for the others.
type wordCounts struct {
	byNum  []uint64
	byWord map[string]uint64
}

func newWordCounts(v *checkVocab) wordCounts {
	return wordCounts{byNum: make([]uint64, len(v.word)), byWord: map[string]uint64{}}
}

func (c *wordCounts) merge(o wordCounts) {
	for i, n := range o.byNum {
		c.byNum[i] += n
	}
	for w, n := range o.byWord {
		c.byWord[w] += n
	}
}

// of returns how many interactions hold the stored word w of number num.
func (c *wordCounts) of(v *checkVocab, w string, num uint32) uint64 {
	n := c.byWord[w]
	if int(num) < len(v.word) && v.word[num] == w {
		n += c.byNum[num]
	}
	return n
}

// distinct returns how many different words the interactions hold.
func (c *wordCounts) distinct(v *checkVocab) int {
	n := 0
	for _, k := range c.byNum {
		if k > 0 {
			n++
		}
	}
	for w := range c.byWord {
		if num, ok := v.byWord[w]; !ok || c.byNum[num] == 0 {
			n++
		}
	}
	return n
}

// compareDoc reports whether the stored word numbers doc (an uvarint
// list, packed as differences or not) are the words tokens, whose hashes
// th are (tokenHashes), and counts them; nums is a buffer for the
// numbers.
func (c *wordCounts) compareDoc(v *checkVocab, doc docWords, tokens []string, th []uint64, nums []uint32) ([]uint32, bool) {
	nums = doc.appendNums(nums[:0])
	same := len(nums) == len(tokens)
	if same {
		var stored, derived uint64
		for _, n := range nums {
			if int(n) >= len(v.word) || v.word[n] == "" {
				same = false
				break
			}
			stored += v.hash[n]
		}
		for _, h := range th {
			derived += h
		}
		same = same && stored == derived
	}
	if same {
		for _, n := range nums {
			c.byNum[n]++
		}
	} else {
		for _, t := range tokens {
			c.byWord[t]++
		}
	}
	return nums, same
}

// appendNums appends the word numbers of d (sorted when packed) to out.
func (d docWords) appendNums(out []uint32) []uint32 {
	prev := uint32(0)
	for p := d.b; len(p) > 0; {
		n, size := binary.Uvarint(p)
		if size <= 0 {
			break
		}
		if d.packed {
			prev += uint32(n)
			n = uint64(prev)
		}
		out = append(out, uint32(n))
		p = p[size:]
	}
	return out
}
