package data

// counterTable is what check expects of each counter, by counter key.
// Its maps hold no pointers (a short key is an array, the totals sit in
// a slice), so that the collector, which runs often while check derives
// a million records, need not scan its half million keys each time.
type counterTable struct {
	short map[counterKey]int32 // index into aggs
	long  map[string]int32     // keys longer than a counterKey holds
	aggs  []counterAgg
	// The last short key of each dimension and where its totals are:
	// records in order of ids come mostly in order of dates, so the
	// next one often counts in the same hour, day or subject.
	last   [256]counterKey
	lastAt [256]int32
}

// counterKey holds a counter key of up to 23 bytes: every dimension's
// but an attribute's with a long value.
type counterKey struct {
	n uint8
	b [23]byte
}

func newCounterTable() *counterTable {
	return &counterTable{short: map[counterKey]int32{}, long: map[string]int32{}}
}

// index returns where the totals of key k are in aggs.
func (t *counterTable) index(k []byte) (int32, bool) {
	if len(k) <= len(counterKey{}.b) {
		ck := counterKey{n: uint8(len(k))}
		copy(ck.b[:], k)
		i, ok := t.short[ck]
		return i, ok
	}
	i, ok := t.long[string(k)]
	return i, ok
}

// get returns the totals of key k, added when new.
func (t *counterTable) get(k []byte) *counterAgg {
	if len(k) <= len(counterKey{}.b) {
		ck := counterKey{n: uint8(len(k))}
		copy(ck.b[:], k)
		dim := ck.b[0] // 0 for an empty key, which no counter has
		if t.last[dim] == ck && ck.n > 0 {
			return &t.aggs[t.lastAt[dim]]
		}
		i, ok := t.short[ck]
		if !ok {
			i = int32(len(t.aggs))
			t.short[ck] = i
			t.aggs = append(t.aggs, counterAgg{})
		}
		t.last[dim], t.lastAt[dim] = ck, i
		return &t.aggs[i]
	}
	i, ok := t.long[string(k)]
	if !ok {
		i = int32(len(t.aggs))
		t.long[string(k)] = i
		t.aggs = append(t.aggs, counterAgg{})
	}
	return &t.aggs[i]
}

// each calls fn with every key of the table and where its totals are.
func (t *counterTable) each(fn func(k []byte, i int32)) {
	for ck, i := range t.short {
		fn(ck.b[:ck.n], i)
	}
	for k, i := range t.long {
		fn([]byte(k), i)
	}
}

// counterCheck compares the stored counters with the tables the workers
// of the records pass counted in, adding up a key's totals across them
// rather than merging the tables first. Each stored key marks the totals
// it matched; what no key marked is missing.
type counterCheck struct {
	tables []*counterTable
	seen   [][]bool // by table, by index
}

func newCounterCheck(tables []*counterTable) *counterCheck {
	c := &counterCheck{tables: tables}
	for _, t := range tables {
		c.seen = append(c.seen, make([]bool, len(t.aggs)))
	}
	return c
}

// want returns the totals the records give key k; false when no record
// counts in it.
func (c *counterCheck) want(k []byte) (counterAgg, bool) {
	var sum counterAgg
	found := false
	for ti, t := range c.tables {
		if i, ok := t.index(k); ok {
			found = true
			c.seen[ti][i] = true
			a := t.aggs[i]
			sum.total += a.total
			sum.unrev += a.unrev
			sum.last = max(sum.last, a.last)
		}
	}
	return sum, found
}

// missing returns how many keys the records give that no stored key
// matched (want marks them), each key once whichever tables hold it.
func (c *counterCheck) missing() int {
	n := 0
	for ti, t := range c.tables {
		t.each(func(k []byte, i int32) {
			if c.seen[ti][i] {
				return
			}
			for _, before := range c.tables[:ti] {
				if _, ok := before.index(k); ok {
					return // counted with that table
				}
			}
			n++
		})
	}
	return n
}
