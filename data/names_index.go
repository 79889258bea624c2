package data

import (
	"bytes"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// ixNames: kind | id → display name, for every partner, contact person,
// employee, deal, client claim, marketing event and customer order, marked
// for deletion or not: the name a row, a group or a picker shows (a
// claim's first line, an order's number). Listings and groupings name
// their references from here, a few bytes a name, instead of decoding the
// catalog records. It is derived from the records: every write of a
// catalog record (putJSON) and every removal (dropName) keeps it in the
// same transaction; the bulk load, the rebuild and the 6 → 7 migration
// (fillNames) write it whole; check compares it with the records.
var ixNames = []byte("ix_names")

// nameKinds are the kinds ixNames holds, in key order, with the bucket of
// their records and the JSON member that names them.
var nameKinds = []struct {
	kind   RefKind
	bucket []byte
	member string
}{
	{RefPartner, bucketPartners, "name"},
	{RefPerson, bucketPersons, "name"},
	{RefDeal, bucketDeals, "name"},
	{RefClaim, bucketClaims, "text"},
	{RefEvent, bucketEvents, "name"},
	{RefOrder, bucketOrders, "number"},
	{RefEmployee, bucketEmployees, "name"},
}

// nameKind returns the bucket and the naming JSON member of kind k;
// ok is false for a kind ixNames does not hold.
func nameKind(k RefKind) (bucket []byte, member string, ok bool) {
	for _, nk := range nameKinds {
		if nk.kind == k {
			return nk.bucket, nk.member, true
		}
	}
	return nil, "", false
}

// namedKind reports whether ixNames names records of kind k.
func namedKind(k RefKind) bool {
	_, _, ok := nameKind(k)
	return ok
}

// recordKind returns the kind of a catalog record value that ixNames
// names, as putJSON receives it.
func recordKind(v any) (RefKind, bool) {
	switch v.(type) {
	case *Partner, Partner:
		return RefPartner, true
	case *Person, Person:
		return RefPerson, true
	case *Deal, Deal:
		return RefDeal, true
	case *Claim, Claim:
		return RefClaim, true
	case *Event, Event:
		return RefEvent, true
	case *Order, Order:
		return RefOrder, true
	case *Employee, Employee:
		return RefEmployee, true
	}
	return RefNone, false
}

// recordName is the display name of the stored catalog record v of kind
// k, read from its naming member alone when the fast reader can, else
// from the whole record; ok is false for a record that cannot be read.
func recordName(k RefKind, v []byte) (string, bool) {
	_, member, _ := nameKind(k)
	if n, ok := jsonStringField(v, member); ok {
		if k == RefClaim {
			n = firstLine(n)
		}
		return n, true
	}
	n, err := decodeName(k, v)
	return n, err == nil // no entry on an error: the readers ask refName, as before
}

// decodeName decodes the record v of kind k whole, into its own type,
// and returns its display name (a claim's first line).
func decodeName(k RefKind, v []byte) (string, error) {
	var rec any
	var name func() string
	switch k {
	case RefPartner:
		p := new(Partner)
		rec, name = p, func() string { return p.Name }
	case RefPerson:
		p := new(Person)
		rec, name = p, func() string { return p.Name }
	case RefDeal:
		d := new(Deal)
		rec, name = d, func() string { return d.Name }
	case RefClaim:
		c := new(Claim)
		rec, name = c, func() string { return firstLine(c.Text) }
	case RefEvent:
		e := new(Event)
		rec, name = e, func() string { return e.Name }
	case RefOrder:
		o := new(Order)
		rec, name = o, func() string { return o.Number }
	case RefEmployee:
		e := new(Employee)
		rec, name = e, func() string { return e.Name }
	default:
		return "", ErrNotFound
	}
	if err := json.Unmarshal(v, rec); err != nil {
		return "", err
	}
	return name(), nil
}

// nameKey is the ixNames key of r.
func nameKey(r Ref) []byte { return r.appendKey(make([]byte, 0, 9)) }

// putName keeps the ixNames entry of r for its stored record v, and its
// ixNameKeys entry, inside the transaction that stores it. A file without
// the bucket (a migration before schema 7 writing records) is left alone:
// fillNames names them.
func putName(tx *bolt.Tx, r Ref, v []byte) error {
	b := tx.Bucket(ixNames)
	if b == nil {
		return nil
	}
	n, ok := recordName(r.Kind, v)
	old := bytes.Clone(b.Get(nameKey(r)))
	if ok && old != nil && bytes.Equal(old, []byte(n)) {
		return nil
	}
	if err := putNameKey(tx, r, old, n, ok); err != nil {
		return err
	}
	if !ok {
		return b.Delete(nameKey(r))
	}
	return b.Put(nameKey(r), []byte(n))
}

// dropName removes the ixNames entry of r and its ixNameKeys entry, whose
// record is removed in the same transaction.
func dropName(tx *bolt.Tx, r Ref) error {
	b := tx.Bucket(ixNames)
	if b == nil || !namedKind(r.Kind) {
		return nil
	}
	if old := bytes.Clone(b.Get(nameKey(r))); old != nil {
		if err := putNameKey(tx, r, old, "", false); err != nil {
			return err
		}
	}
	return b.Delete(nameKey(r))
}

// nameEntry is one ixNames entry.
type nameEntry struct {
	key  []byte
	name string
}

// storedNames returns the ixNames entries the catalog records of tx give,
// in key order.
func storedNames(tx *bolt.Tx) []nameEntry {
	var out []nameEntry
	for _, nk := range nameKinds {
		b := tx.Bucket(nk.bucket)
		if b == nil {
			continue
		}
		b.ForEach(func(k, v []byte) error {
			if len(k) != 8 {
				return nil
			}
			if n, ok := recordName(nk.kind, v); ok {
				out = append(out, nameEntry{nameKey(Ref{nk.kind, idFromKey(k)}), n})
			}
			return nil
		})
	}
	return out
}

// names writes the ixNames entries, in key order, and their ixNameKeys
// entries, as the bulk load and the rebuild do.
func (bw *bulkWriter) names(entries []nameEntry) error {
	for _, e := range entries {
		if err := bw.put(ixNames, e.key, []byte(e.name)); err != nil {
			return err
		}
	}
	for _, k := range nameKeysOf(entries) {
		if err := bw.put(ixNameKeys, k, []byte{1}); err != nil {
			return err
		}
	}
	return nil
}

// fillNames is the step of schema 7: it makes ixNames from the catalog
// records inside the migration's transaction (a few MB of records at a
// million interactions, a fraction of a second), so that a migration
// killed mid-way leaves nothing of it and the next open starts again.
func fillNames(tx *bolt.Tx) error {
	b, err := emptyBucket(tx, ixNames)
	if err != nil {
		return err
	}
	b.FillPercent = 1.0 // written in key order
	entries := storedNames(tx)
	for _, e := range entries {
		if err := b.Put(e.key, []byte(e.name)); err != nil {
			return err
		}
	}
	return writeNameKeys(tx, entries)
}

// checkNames compares ixNames, and ixNameKeys, with the catalog records:
// entries missing, holding another name, or naming no record.
func checkNames(tx *bolt.Tx) []string {
	entries := storedNames(tx)
	want := map[string]string{}
	for _, e := range entries {
		want[string(e.key)] = e.name
	}
	var out []string
	missing, wrong, extra := 0, 0, 0
	report := func(n *int, format string, args ...any) {
		if *n++; *n <= maxReported {
			out = append(out, fmt.Sprintf(format, args...))
		}
	}
	tx.Bucket(ixNames).ForEach(func(k, v []byte) error {
		w, ok := want[string(k)]
		switch {
		case len(k) != 9:
			report(&extra, "%s: entry %x is not a reference", ixNames, k)
		case !ok:
			report(&extra, "%s: entry %x names no record", ixNames, k)
		case w != string(v):
			report(&wrong, "%s: %s is named %q, its record %q", ixNames, refFromKey(k), v, w)
		}
		delete(want, string(k))
		return nil
	})
	for k := range want {
		report(&missing, "%s: %s is missing", ixNames, refFromKey([]byte(k)))
	}
	if missing+wrong+extra > 0 {
		out = append(out, fmt.Sprintf("%s: %d missing, %d wrong, %d unexpected entries", ixNames, missing, wrong, extra))
	}
	return append(out, checkNameKeys(tx, entries)...)
}
