package data

import "runtime"

// deriveBatch is how many interactions one derive job takes.
const deriveBatch = 2048

// derivedBatch is the outcome of one derive job.
type derivedBatch struct {
	ds  []*derived
	err error
}

// deriveAndIndex derives the entries of the interactions that come in
// batches on in, on all cores but one, while this goroutine hands them
// to ix in the order they came and tells progress how many are done;
// then, unless source reports that the feed failed, ix writes the rest.
// Its bulkWriter places the keys in bbolt on a goroutine of its own
// meanwhile. On a failure it calls stop, for the feed to end, and reads in to its
// end, so that whoever feeds it is never left blocked.
func deriveAndIndex[T any](ix *indexer, in <-chan []T, derive func(T) (*derived, error), progress func(n int), source func() error, stop func()) (err error) {
	out := deriveBatches(in, derive)
	ix.bw.start()
	defer func() {
		if err != nil {
			ix.bw.stop(true)
			stop()
		}
		for range out {
		}
	}()
	for b := range out {
		if b.err != nil {
			return b.err
		}
		for _, d := range b.ds {
			if err := ix.add(d); err != nil {
				return err
			}
		}
		if progress != nil {
			progress(len(b.ds))
		}
	}
	if err := source(); err != nil {
		return err
	}
	if err := ix.finish(); err != nil {
		return err
	}
	return ix.bw.stop(false)
}

// deriveBatches runs derive over each batch of in on all cores but one;
// the results come out in the order of in.
func deriveBatches[T any](in <-chan []T, derive func(T) (*derived, error)) <-chan derivedBatch {
	workers := max(1, runtime.GOMAXPROCS(0)-1)
	pending := make(chan chan derivedBatch, workers*2)
	go func() {
		defer close(pending)
		sem := make(chan struct{}, workers)
		for part := range in {
			res := make(chan derivedBatch, 1)
			pending <- res
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				ds := make([]*derived, len(part))
				for j, x := range part {
					d, err := derive(x)
					if err != nil {
						res <- derivedBatch{err: err}
						return
					}
					ds[j] = d
				}
				res <- derivedBatch{ds: ds}
			}()
		}
	}()
	out := make(chan derivedBatch, workers)
	go func() {
		defer close(out)
		for res := range pending {
			out <- <-res
		}
	}()
	return out
}
