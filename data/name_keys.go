package data

import (
	"bytes"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// ixNameKeys: Fold(display name) | 0 | kind | id → 1, for every
// record ixNames names: the records of one name are found by a seek
// (NamedAs), where a look through ixNames compares every name. It is kept
// beside ixNames by the same writers (putName, dropName, the bulk load,
// the rebuild, fillNames); schema 9 fills it (fillNameKeys); check
// compares it with the names (checkNameKeys).
var ixNameKeys = []byte("ix_name_keys")

// nameLookupKey is the ixNameKeys key of r named name.
func nameLookupKey(name string, r Ref) []byte {
	f := Fold(name)
	return r.appendKey(append(append(make([]byte, 0, len(f)+10), f...), 0))
}

// putNameKey keeps the ixNameKeys entry of r, named name after old (nil
// for none), in the transaction that stores it; a file without the
// bucket (a migration before schema 9) is left alone.
func putNameKey(tx *bolt.Tx, r Ref, old []byte, name string, named bool) error {
	b := tx.Bucket(ixNameKeys)
	if b == nil {
		return nil
	}
	if old != nil {
		if err := b.Delete(nameLookupKey(string(old), r)); err != nil {
			return err
		}
	}
	if !named {
		return nil
	}
	return b.Put(nameLookupKey(name, r), []byte{1})
}

// nameKeysOf returns the ixNameKeys keys of the entries, sorted.
func nameKeysOf(entries []nameEntry) [][]byte {
	keys := make([][]byte, len(entries))
	for i, e := range entries {
		keys[i] = nameLookupKey(e.name, refFromKey(e.key))
	}
	slices.SortFunc(keys, bytes.Compare)
	return keys
}

// fillNameKeys is the step of schema 9: it makes ixNameKeys from ixNames
// inside the migration's transaction (62 000 names at a million
// interactions). A file older than schema 7 has no ixNames yet: the
// rebuild its migration asks for writes both.
func fillNameKeys(tx *bolt.Tx) error {
	var entries []nameEntry
	if names := tx.Bucket(ixNames); names != nil {
		err := names.ForEach(func(k, v []byte) error {
			if len(k) == 9 {
				entries = append(entries, nameEntry{key: bytes.Clone(k), name: string(v)})
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return writeNameKeys(tx, entries)
}

// writeNameKeys makes ixNameKeys anew with the keys of the entries.
func writeNameKeys(tx *bolt.Tx, entries []nameEntry) error {
	b, err := emptyBucket(tx, ixNameKeys)
	if err != nil {
		return err
	}
	b.FillPercent = 1.0 // written in key order
	for _, k := range nameKeysOf(entries) {
		if err := b.Put(k, []byte{1}); err != nil {
			return err
		}
	}
	return nil
}

// namedByKey returns the records of the kinds whose name folds to folded,
// from ixNameKeys, in the order of the kinds and of ids.
func namedByKey(keys *bolt.Bucket, folded string, kinds []RefKind) []Ref {
	prefix := append([]byte(folded), 0)
	var out []Ref
	c := keys.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if len(k) != len(prefix)+9 {
			continue // a longer name holding a 0 byte
		}
		if r := refFromKey(k[len(prefix):]); slices.Contains(kinds, r.Kind) {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b Ref) int { return slices.Index(kinds, a.Kind) - slices.Index(kinds, b.Kind) })
	return out
}

// checkNameKeys compares ixNameKeys with the names the catalog records
// give (entries): keys missing or naming no record under that name, in
// key order.
func checkNameKeys(tx *bolt.Tx, entries []nameEntry) []string {
	want := nameKeysOf(entries)
	var out []string
	missing, extra := 0, 0
	report := func(n *int, format string, args ...any) {
		if *n++; *n <= maxReported {
			out = append(out, fmt.Sprintf(format, args...))
		}
	}
	lack := func(k []byte) {
		report(&missing, "%s: the entry of %s named %q is missing", ixNameKeys, refFromKey(k[len(k)-9:]), k[:len(k)-10])
	}
	i := 0
	c := tx.Bucket(ixNameKeys).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		for i < len(want) && bytes.Compare(want[i], k) < 0 {
			lack(want[i])
			i++
		}
		if i < len(want) && bytes.Equal(want[i], k) {
			i++
			continue
		}
		report(&extra, "%s: entry %q names no record so", ixNameKeys, k)
	}
	for ; i < len(want); i++ {
		lack(want[i])
	}
	if missing+extra > 0 {
		out = append(out, fmt.Sprintf("%s: %d missing, %d unexpected entries", ixNameKeys, missing, extra))
	}
	return out
}
