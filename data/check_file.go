package data

import (
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"
)

// checkBolt runs bbolt's own consistency check (Tx.Check), which maps
// the pages the walk of the file (walkFile, first in Check) has shown to
// be sane; what it finds is returned as a *DamagedError.
func (s *Store) checkBolt() error {
	var first error
	n := 0
	err := s.view(func(tx *bolt.Tx) error {
		for e := range tx.Check() {
			if first == nil {
				first = e
			}
			n++
		}
		return nil
	})
	if err != nil {
		return err
	}
	if first != nil {
		d := &DamagedError{Detail: fmt.Sprintf("bbolt's check found %d problems, the first: %v", n, shortPanic(first.Error()))}
		d.Page, _ = pageInMessage(first.Error())
		return d
	}
	return nil
}

// loadFreelist has bbolt read the file's freelist before the check's
// reads run side by side. Of a file opened read-only bbolt reads it at the
// start of Tx.Check, without the lock that the begin and end of every
// transaction take: a read beginning meanwhile would race with it. A
// check from page 1, which bbolt refuses at once as out of range, reads
// the freelist and nothing more.
func (s *Store) loadFreelist() error {
	return s.view(func(tx *bolt.Tx) error {
		for range tx.Check(bolt.WithPageId(1)) {
		}
		return nil
	})
}

// checkMeta reports a damaged meta page.
func (s *Store) checkMeta() ([]string, error) {
	f, err := os.Open(s.path)
	if err != nil {
		return nil, fmt.Errorf("data: read %s: %w", s.path, unwrapPath(err))
	}
	defer f.Close()
	m, err := readMeta(f, s.path)
	if err != nil {
		return nil, err
	}
	switch {
	case m.otherValid:
		return nil, nil
	case m.rolledBack():
		return []string{fmt.Sprintf("meta page %d is damaged: %v", m.otherPage, ErrRolledBack)}, nil
	}
	return []string{fmt.Sprintf("meta page %d is damaged (it held the change before the last one, which is whole)", m.otherPage)}, nil
}

// listReads reads every interaction the way the list does — page by
// page through the date index, with seeks, each row from its record —
// and returns how many it read; a damaged branch page can hide rows from
// seeks that a full scan still finds (readsProblem compares).
func (s *Store) listReads() (int, error) {
	q := Query{Filter: Filter{Deleted: DeletedInclude}, Limit: 1000}
	n := 0
	count := func(*RowText) error { n++; return nil }
	for {
		page, err := s.ListRows(q, count)
		if err != nil {
			return 0, err
		}
		if !page.More {
			break
		}
		q.After = page.Next
	}
	return n, nil
}

// readsProblem compares what the list reads with the records.
func readsProblem(n, records int) []string {
	if n != records {
		return []string{fmt.Sprintf("the list reads %d interactions, the records hold %d", n, records)}
	}
	return nil
}
