package data

import (
	"fmt"
	"hash/maphash"
	"runtime"
	"slices"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// checkRun is one Check after the walk of the pages: the jobs that read
// the file side by side, and what each found. Every job writes fields of
// its own; what needs every record is compared when all have run.
type checkRun struct {
	s     *Store
	r     *datasetResolver
	seed  maphash.Seed
	vocab *checkVocab

	boltErr error // bbolt's own check

	ranges  []idRange
	exps    []*expectation   // by worker: what its records give the indexes
	found   []recordsChecked // by range
	recErrs []error          // by range

	names   []string      // the indexes compared by hash, sorted
	indexes []storedIndex // by name

	docs       int         // interactions with stored words
	docsBad    [][]byte    // ix_text_doc keys that cannot be read
	others     [4][]string // active subjects, subjects by last, names, open chains
	otherErrs  [5]error    // the text documents, then others
	listed     int         // interactions the list reads
	listErr    error
	counterOut [3][]string // the counters in two ranges of keys, the vocabulary
}

// storedIndex is what the read of one index found: the problems of its
// blocks, the hash of its entries and the error of its read.
type storedIndex struct {
	out  []string
	sum  hashSum
	read bool
	err  error
}

// checkAll checks everything after the walk of the pages (Check).
func (s *Store) checkAll() ([]string, error) {
	run := &checkRun{s: s, seed: maphash.MakeSeed()}
	var lo, hi uint64
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		run.r, err = storeResolver(tx)
		run.vocab = readCheckVocab(tx.Bucket(ixVocab), run.seed)
		lo, hi = idBounds(tx)
		return err
	})
	if err != nil {
		// What bbolt's check finds comes first, as when it ran alone
		// before this read.
		if berr := s.checkBolt(); berr != nil {
			return nil, berr
		}
		if _, merr := s.checkMeta(); merr != nil {
			return nil, merr
		}
		return nil, err
	}
	workers := max(1, runtime.GOMAXPROCS(0))
	run.ranges = idRanges(lo, hi, workers)
	run.exps = make([]*expectation, workers)
	for w := range run.exps {
		run.exps[w] = newExpectation(run.seed, run.vocab)
	}
	run.found = make([]recordsChecked, len(run.ranges))
	run.recErrs = make([]error, len(run.ranges))
	run.names = run.exps[0].buckets()
	run.indexes = make([]storedIndex, len(run.names))
	if err := s.loadFreelist(); err != nil {
		return nil, err
	}
	// The jobs read every page of the file through the map once; kept
	// mapped, those pages were 690 MB of check's 0.92 GB peak at a million
	// interactions. A page a job is still reading costs it a minor fault
	// the next time.
	stopReleasing := s.ReleaseEvery(checkReleaseEvery)
	runJobs(workers, run.jobs())
	stopReleasing()

	if run.boltErr != nil {
		return nil, run.boltErr
	}
	problems, err := s.checkMeta()
	if err != nil {
		return nil, err
	}
	for _, err := range run.recErrs {
		if err != nil {
			return nil, err
		}
	}
	exp := run.exps[0]
	var tables []*counterTable
	for i, o := range run.exps {
		tables = append(tables, o.counters)
		if i > 0 {
			exp.merge(o)
		}
	}
	recs := joinRecords(run.ranges, run.found)
	problems = append(problems, recs.problems...)
	stored, err := run.compare(exp, newCounterCheck(tables), recs, workers)
	if err != nil {
		return nil, err
	}
	return append(problems, stored...), nil
}

// jobs lists the reads, the longest first so that the short ones even
// out the cores at the end: bbolt's check, the list, the indexes, then
// the records in ranges of ids, then the small reads.
func (run *checkRun) jobs() []func(worker int) error {
	s := run.s
	jobs := []func(int) error{
		func(int) error { run.boltErr = s.checkBolt(); return nil },
		func(int) error { run.listed, run.listErr = s.listReads(); return nil },
	}
	var small []func(int) error
	for i, name := range run.names {
		job := func(int) error {
			run.indexes[i] = run.readIndex(name)
			return nil
		}
		if name == string(ixDate) || name == string(ixText) {
			jobs = append(jobs, job)
		} else {
			small = append(small, job)
		}
	}
	for i, rg := range run.ranges {
		jobs = append(jobs, func(w int) error {
			run.recErrs[i] = s.view(func(tx *bolt.Tx) error {
				run.found[i] = checkRange(tx, rg.from, rg.to, run.r, run.exps[w])
				return nil
			})
			return nil
		})
	}
	jobs = append(jobs, small...)
	others := []func(tx *bolt.Tx) []string{checkActive, checkSubjectsByLast, checkNames, checkOpenChains}
	jobs = append(jobs, func(int) error {
		run.otherErrs[0] = s.view(func(tx *bolt.Tx) error {
			run.docs, run.docsBad = countDocs(tx.Bucket(ixTextDoc))
			return nil
		})
		return nil
	})
	for i, fn := range others {
		jobs = append(jobs, func(int) error {
			run.otherErrs[i+1] = s.view(func(tx *bolt.Tx) error {
				run.others[i] = fn(tx)
				return nil
			})
			return nil
		})
	}
	return jobs
}

// readIndex reads one stored index: the shape of its blocks, when it
// has them, and the hash of its entries.
func (run *checkRun) readIndex(name string) storedIndex {
	var got storedIndex
	got.read = true
	got.err = run.s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(name))
		switch {
		case name == string(ixText):
			got.out, got.sum = listDigest(b, name, func([]byte) bool { return true }, run.seed)
		case isPackedBucket(name):
			got.out, got.sum = listDigest(b, name, func(p []byte) bool { return isPackedList(name, p) }, run.seed)
		default:
			got.sum = bucketHash(b, run.seed)
		}
		return nil
	})
	return got
}

// compare compares what the stored buckets hold with what the records
// give: an index whose hash differs key by key, the counters and the
// vocabulary, side by side. The lines come in the order of old: the text
// documents, the indexes by name, the counters, the active subjects, the
// subjects by last, the names, the open chains, the list.
func (run *checkRun) compare(exp *expectation, counters *counterCheck, recs recordsChecked, workers int) ([]string, error) {
	names := exp.buckets()
	byName := map[string]int{}
	for i, n := range run.names {
		byName[n] = i
	}
	out := make([][]string, len(names))
	errs := make([]error, len(names), len(names)+8)
	var jobs []func(int) error
	for i, name := range names {
		jobs = append(jobs, func(int) error {
			got := storedIndex{}
			if j, ok := byName[name]; ok {
				got = run.indexes[j]
			}
			if !got.read {
				got = run.readIndex(name)
			}
			if got.err != nil {
				errs[i] = got.err
				return nil
			}
			out[i] = got.out
			if *exp.sum[name] == got.sum {
				return nil
			}
			errs[i] = run.s.view(func(tx *bolt.Tx) error {
				out[i] = append(out[i], diffBucket(tx, name, run.r)...)
				return nil
			})
			return nil
		})
	}
	// The counters in two ranges of keys (the subjects' and the days'
	// are most), then the vocabulary.
	var counterErrs [3]error
	for i, r := range [][2][]byte{{nil, {dimHour}}, {{dimHour}, nil}} {
		jobs = append(jobs, func(int) error {
			counterErrs[i] = run.s.view(func(tx *bolt.Tx) error {
				run.counterOut[i] = checkCounterValues(tx, counters, r[0], r[1])
				return nil
			})
			return nil
		})
	}
	jobs = append(jobs, func(int) error {
		counterErrs[2] = run.s.view(func(tx *bolt.Tx) error {
			run.counterOut[2] = exp.checkVocabulary(tx)
			return nil
		})
		return nil
	})
	runJobs(workers, jobs)
	// The first error in the order of old: the indexes, the text
	// documents, the counters, the others, the list.
	all := append(append(append(errs, run.otherErrs[0]), counterErrs[:]...), run.otherErrs[1:]...)
	for _, err := range append(all, run.listErr) {
		if err != nil {
			return nil, err
		}
	}
	var problems []string
	for _, k := range run.docsBad[:min(len(run.docsBad), maxReported)] {
		problems = append(problems, fmt.Sprintf("%s: entry %x cannot be read", ixTextDoc, k))
	}
	if run.docs != recs.withWords {
		problems = append(problems, fmt.Sprintf("%s: %d entries, %d interactions have words", ixTextDoc, run.docs, recs.withWords))
	}
	for _, o := range out {
		problems = append(problems, o...)
	}
	lines := append(slices.Clip(run.counterOut[0]), run.counterOut[1]...)
	if n := counters.missing(); n != 0 {
		lines = append(lines, fmt.Sprintf("counters: %d groups are missing", n))
	}
	lines = append(lines, run.counterOut[2]...)
	problems = append(problems, lines[:min(len(lines), 3*maxReported)]...)
	for _, o := range run.others {
		problems = append(problems, o...)
	}
	return append(problems, readsProblem(run.listed, recs.records)...), nil
}

// checkReleaseEvery is how often check lets the file's mapped pages go
// while its jobs run (ReleaseEvery). A job reading pages in order maps
// them fast: at a million interactions, 0.1 s left a peak of 0.46–0.53
// GB, 50 ms 0.39 GB, 25 ms 0.29–0.38 GB but half a second longer.
const checkReleaseEvery = 50 * time.Millisecond

// runJobs runs jobs on as many goroutines as there are workers, taking
// them in the order given, and returns the first error in that order.
// Each job is told which worker (0 … workers-1) runs it, for totals of
// its own.
func runJobs(workers int, jobs []func(worker int) error) error {
	workers = min(workers, len(jobs))
	errs := make([]error, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = jobs[i](w)
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
