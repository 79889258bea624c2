package data

// wordSet is a set of word numbers (ix_vocab), a bit each: the indexed
// words a query word begins, which a row's stored words are looked up in.
// A query word of one letter begins thousands of words, and a search
// looks up every word of every row it reads.
type wordSet []uint64

// add puts n in the set.
func (s *wordSet) add(n uint32) {
	i := int(n >> 6)
	if i >= len(*s) {
		*s = append(*s, make([]uint64, i+1-len(*s))...)
	}
	(*s)[i] |= 1 << (n & 63)
}

// has reports whether n is in the set.
func (s wordSet) has(n uint32) bool {
	i := int(n >> 6)
	return i < len(s) && s[i]&(1<<(n&63)) != 0
}
