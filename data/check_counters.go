package data

// counterTable is what check expects of each counter, by counter key.
// Its maps hold no pointers (a short key is an array, the totals sit in
// a slice), so that the collector, which runs often while check derives
// a million records, need not scan its half million keys each time.
type counterTable struct {
	short map[counterKey]int32 // index into aggs
	long  map[string]int32     // keys longer than a counterKey holds
	aggs  []counterAgg
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

// find returns the totals of key k, or nil.
func (t *counterTable) find(k []byte) *counterAgg {
	var i int32
	var ok bool
	if len(k) <= len(counterKey{}.b) {
		ck := counterKey{n: uint8(len(k))}
		copy(ck.b[:], k)
		i, ok = t.short[ck]
	} else {
		i, ok = t.long[string(k)]
	}
	if !ok {
		return nil
	}
	return &t.aggs[i]
}

// get returns the totals of key k, added when new.
func (t *counterTable) get(k []byte) *counterAgg {
	if len(k) <= len(counterKey{}.b) {
		ck := counterKey{n: uint8(len(k))}
		copy(ck.b[:], k)
		i, ok := t.short[ck]
		if !ok {
			i = int32(len(t.aggs))
			t.short[ck] = i
			t.aggs = append(t.aggs, counterAgg{})
		}
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

// len returns how many counters the table holds.
func (t *counterTable) len() int { return len(t.aggs) }

// merge adds the totals of o.
func (t *counterTable) merge(o *counterTable) {
	add := func(c *counterAgg, from counterAgg) {
		c.total += from.total
		c.unrev += from.unrev
		c.last = max(c.last, from.last)
	}
	for ck, i := range o.short {
		add(t.get(ck.b[:ck.n]), o.aggs[i])
	}
	for k, i := range o.long {
		add(t.get([]byte(k)), o.aggs[i])
	}
}
