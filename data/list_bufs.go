package data

import (
	"sync"

	bolt "go.etcd.io/bbolt"
)

// listBufs holds the working memory of one ListRows call: the page's keys
// and summaries, the references it names and the row reader with its names.
// A long listing asks for page after page; taking each page's slices and
// maps afresh made the heap grow and shrink under them, and every fresh
// heap page costs a page fault — on a virtual machine tens of µs, a third
// of the faults of listing every row. Kept between calls, they are written
// into memory already mapped.
type listBufs struct {
	keys     []Cursor
	sums     []summary
	roots    []ID
	subjects []Ref // the subjects and responsibles whose names a page shows
	rr       rowReading
}

// A page's names (its subjects and responsibles) fit the row reader's map
// as made: it does not grow, a table copy each time, while the page reads.
var listBufPool = sync.Pool{New: func() any {
	return &listBufs{rr: rowReading{names: make(map[Ref]string, 2*defaultLimit)}}
}}

// getListBufs returns empty buffers with room for n keys. Room never
// used costs no page: the runtime takes fresh memory from the system
// already zeroed and does not touch it.
func getListBufs(n int) *listBufs {
	b := listBufPool.Get().(*listBufs)
	if cap(b.keys) < n {
		b.keys = make([]Cursor, 0, n)
		b.sums = make([]summary, 0, n)
		b.roots = make([]ID, 0, n)
		b.subjects = make([]Ref, 0, 2*n)
	}
	return b
}

// reader returns the buffers' row reader set for s and tx, with no names.
func (b *listBufs) reader(s *Store, tx *bolt.Tx) *rowReading {
	rr := &b.rr
	names, topic := rr.names, rr.row.topic[:0]
	clear(names)
	*rr = rowReading{s: s, tx: tx, c: tx.Bucket(bucketInteractions).Cursor(), names: names}
	rr.row.topic = topic
	return rr
}

// put returns b to the pool, its slices emptied and their references into
// the transaction's memory dropped.
func (b *listBufs) put() {
	clear(b.sums)
	b.keys, b.sums = b.keys[:0], b.sums[:0]
	b.roots, b.subjects = b.roots[:0], b.subjects[:0]
	clear(b.rr.names)
	b.rr.s, b.rr.tx, b.rr.c, b.rr.row = nil, nil, nil, RowText{topic: b.rr.row.topic[:0]}
	listBufPool.Put(b)
}
