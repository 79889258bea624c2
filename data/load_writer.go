package data

import (
	"sync/atomic"

	bolt "go.etcd.io/bbolt"
)

// bulkWriter writes sorted keys in chunked transactions. Between start
// and stop it writes on a goroutine of its own: put, commit and sequence
// only queue what they ask, so that whoever gathers the keys (the bulk
// indexer) goes on while bbolt places them. A key or value handed to put
// must not change afterwards, as with bbolt's own Put.
type bulkWriter struct {
	db    *bolt.DB
	tx    *bolt.Tx
	n     int
	bytes int
	// guard runs the writing goroutine's work, turning a panic of a
	// damaged file into an error as the caller's own guard would.
	guard func(func() error) error

	ops    []bulkOp
	queue  chan []bulkOp
	spare  chan []bulkOp // batches done with, to be filled again
	done   chan struct{}
	failed atomic.Bool
	err    error // the writing goroutine's failure, read once done or failed
	abort  atomic.Bool
}

// bulkOp is one queued step of an asynchronous bulkWriter.
type bulkOp struct {
	kind   byte
	bucket []byte
	k, v   []byte
	seq    int
}

const (
	opPut byte = iota
	opCommit
	opSequence
)

// bulkOps is how many steps go to the writing goroutine at a time, and
// bulkQueue how many such batches may wait for it.
const (
	bulkOps   = 4096
	bulkQueue = 8
)

func (bw *bulkWriter) put(bucket []byte, k, v []byte) error {
	if bw.queue != nil {
		return bw.send(bulkOp{kind: opPut, bucket: bucket, k: k, v: v})
	}
	return bw.putNow(bucket, k, v)
}

func (bw *bulkWriter) putNow(bucket []byte, k, v []byte) error {
	if bw.tx == nil || bw.n >= loadChunk || bw.bytes >= loadBytes {
		if err := bw.commitNow(); err != nil {
			return err
		}
		tx, err := bw.db.Begin(true)
		if err != nil {
			return err
		}
		bw.tx, bw.n, bw.bytes = tx, 0, 0
	}
	bw.n++
	bw.bytes += len(k) + len(v) + 16
	b := bw.tx.Bucket(bucket)
	b.FillPercent = 1.0
	return b.Put(k, v)
}

// rollback gives up the open transaction, if any: after a failure or a
// panic, so that the database is not left locked.
func (bw *bulkWriter) rollback() {
	bw.stop(true)
	if bw.tx != nil {
		bw.tx.Rollback()
		bw.tx = nil
	}
}

// commit ends the open transaction; the next put opens another.
func (bw *bulkWriter) commit() error {
	if bw.queue != nil {
		return bw.send(bulkOp{kind: opCommit})
	}
	return bw.commitNow()
}

func (bw *bulkWriter) commitNow() error {
	if bw.tx == nil {
		return nil
	}
	err := bw.tx.Commit()
	bw.tx = nil
	return err
}

// sequence sets the sequence of bucket to n.
func (bw *bulkWriter) sequence(bucket []byte, n int) error {
	if bw.queue != nil {
		return bw.send(bulkOp{kind: opSequence, bucket: bucket, seq: n})
	}
	return bw.sequenceNow(bucket, n)
}

func (bw *bulkWriter) sequenceNow(bucket []byte, n int) error {
	if err := bw.putNow(bucketMeta, []byte("_"), nil); err != nil { // make sure a transaction is open
		return err
	}
	if err := bw.tx.Bucket(bucketMeta).Delete([]byte("_")); err != nil {
		return err
	}
	return bw.tx.Bucket(bucket).SetSequence(uint64(n))
}

// start has the writes from now on done by a goroutine of their own,
// until stop.
func (bw *bulkWriter) start() {
	if bw.queue != nil {
		return
	}
	bw.queue, bw.done = make(chan []bulkOp, bulkQueue), make(chan struct{})
	bw.spare = make(chan []bulkOp, bulkQueue+2)
	bw.ops = make([]bulkOp, 0, bulkOps)
	go func() {
		defer close(bw.done)
		guard := bw.guard
		if guard == nil {
			guard = func(fn func() error) error { return fn() }
		}
		var err error
		for ops := range bw.queue {
			if err != nil || bw.abort.Load() {
				continue // read the queue to its end, so that no one is left blocked
			}
			err = guard(func() error { return bw.apply(ops) })
			if err != nil {
				bw.err = err
				bw.failed.Store(true)
			}
			select {
			case bw.spare <- ops[:0]:
			default:
			}
		}
	}()
}

func (bw *bulkWriter) apply(ops []bulkOp) error {
	for i := range ops {
		op := &ops[i]
		var err error
		switch op.kind {
		case opPut:
			err = bw.putNow(op.bucket, op.k, op.v)
		case opCommit:
			err = bw.commitNow()
		case opSequence:
			err = bw.sequenceNow(op.bucket, op.seq)
		}
		if err != nil {
			return err
		}
		*op = bulkOp{}
	}
	return nil
}

// send queues op; it returns the writing goroutine's failure, if any.
func (bw *bulkWriter) send(op bulkOp) error {
	if bw.failed.Load() {
		return bw.err
	}
	bw.ops = append(bw.ops, op)
	if len(bw.ops) == bulkOps {
		bw.queue <- bw.ops
		select {
		case bw.ops = <-bw.spare:
		default:
			bw.ops = make([]bulkOp, 0, bulkOps)
		}
	}
	return nil
}

// stop waits for the queued writes to be done and has the writes from
// then on done by the caller again; with abort, what is still queued is
// dropped. It returns the writing goroutine's failure, if any.
func (bw *bulkWriter) stop(abort bool) error {
	if bw.queue == nil {
		return nil
	}
	if abort {
		bw.abort.Store(true)
	} else if len(bw.ops) > 0 {
		bw.queue <- bw.ops
	}
	close(bw.queue)
	<-bw.done
	bw.queue, bw.ops = nil, nil
	bw.abort.Store(false)
	return bw.err
}
