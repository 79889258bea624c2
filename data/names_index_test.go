package data_test

import (
	"encoding/binary"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// recordNames reads the display name of every catalog record of the store
// the way the names were read before the names index: each record decoded
// whole (a claim by the first line of its text, at most 80 characters,
// an order by its number).
func recordNames(t *testing.T, s *data.Store) map[data.Ref]string {
	t.Helper()
	out := map[data.Ref]string{}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	es, err := s.Employees()
	must(err)
	for _, e := range es {
		out[data.Ref{Kind: data.RefEmployee, ID: e.ID}] = e.Name
	}
	ps, err := s.Partners()
	must(err)
	for _, p := range ps {
		out[data.Ref{Kind: data.RefPartner, ID: p.ID}] = p.Name
	}
	pe, err := s.Persons()
	must(err)
	for _, p := range pe {
		out[data.Ref{Kind: data.RefPerson, ID: p.ID}] = p.Name
	}
	ds, err := s.Deals()
	must(err)
	for _, d := range ds {
		out[data.Ref{Kind: data.RefDeal, ID: d.ID}] = d.Name
	}
	cs, err := s.Claims()
	must(err)
	for _, c := range cs {
		line, _, _ := strings.Cut(c.Text, "\n")
		if r := []rune(line); len(r) > 80 {
			line = string(r[:80]) + "…"
		}
		out[data.Ref{Kind: data.RefClaim, ID: c.ID}] = line
	}
	evs, err := s.Events()
	must(err)
	for _, e := range evs {
		out[data.Ref{Kind: data.RefEvent, ID: e.ID}] = e.Name
	}
	os, err := s.Orders()
	must(err)
	for _, o := range os {
		out[data.Ref{Kind: data.RefOrder, ID: o.ID}] = o.Number
	}
	return out
}

// sameNames compares what the store names (NamesOf, Name, NamesOfKind)
// with the records, the refs gone included, and runs check.
func sameNames(t *testing.T, s *data.Store, when string, gone ...data.Ref) {
	t.Helper()
	want := recordNames(t, s)
	var refs []data.Ref
	for r := range want {
		refs = append(refs, r)
	}
	for _, r := range gone {
		if _, ok := want[r]; ok {
			t.Errorf("%s: %v is still stored", when, r)
		}
		refs = append(refs, r)
		want[r] = ""
	}
	s.ForgetNames()
	for i, n := range s.NamesOf(refs) {
		if n != want[refs[i]] {
			t.Errorf("%s: NamesOf %v = %q, want %q", when, refs[i], n, want[refs[i]])
		}
	}
	s.ForgetNames()
	for _, r := range refs {
		if n := s.Name(r); n != want[r] {
			t.Errorf("%s: Name(%v) = %q, want %q", when, r, n, want[r])
		}
	}
	for _, kind := range []data.RefKind{data.RefPartner, data.RefPerson, data.RefEmployee, data.RefDeal,
		data.RefClaim, data.RefEvent, data.RefOrder} {
		named, err := s.NamesOfKind(kind)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for r := range want {
			if r.Kind == kind && !isGone(r, gone) {
				n++
			}
		}
		if len(named) != n {
			t.Errorf("%s: NamesOfKind(%v) lists %d, the records %d", when, kind, len(named), n)
		}
		for i, nm := range named {
			if nm.Name != want[nm.Ref] || i > 0 && named[i-1].Ref.ID >= nm.Ref.ID {
				t.Errorf("%s: NamesOfKind(%v)[%d] = %v %q, want %q in id order", when, kind, i, nm.Ref, nm.Name, want[nm.Ref])
			}
		}
	}
	problems, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("%s: check: %s", when, p)
	}
}

func isGone(r data.Ref, gone []data.Ref) bool {
	for _, g := range gone {
		if g == r {
			return true
		}
	}
	return false
}

// The names index follows every writer of the catalogs in the same
// transaction: create, rename, mark for deletion (a marked record keeps
// its name), unmark, the catalog batch, merges and the purge (a record
// gone has no name), for every kind it names.
func TestNamesIndex_FollowsEveryCatalogWriter(t *testing.T) {
	s, e, p, pe := newTestStore(t)
	now := fixedClock(s, time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC))
	e2 := &data.Employee{Name: "Петрова Анна"}
	p2 := &data.Partner{Name: "ООО «Василёк»", Kinds: data.PartnerClient}
	deal := &data.Deal{Partner: p.ID, Name: "Поставка насосов"}
	claim := &data.Claim{Partner: p.ID, Text: strings.Repeat("Брак в партии; ", 8) + "\nподробности", Received: now}
	event := &data.Event{Name: `Выставка "Металл" \ 2026`, Start: now, End: now.Add(time.Hour), State: data.StatePlanned}
	order := &data.Order{Partner: p.ID, Number: "ЗК-0001", Date: now}
	for _, err := range []error{s.SaveEmployee(e2), s.SavePartner(p2), s.SaveDeal(deal), s.SaveClaim(claim),
		s.SaveEvent(event), s.SaveOrder(order)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	pe2 := &data.Person{Partner: p2.ID, Name: "Орлов Олег"}
	if err := s.SavePerson(pe2); err != nil {
		t.Fatal(err)
	}
	sameNames(t, s, "created")

	e.Name, p.Name, pe.Name = "Иванов Иван Ильич", "ООО «Ромашка-2»", "Семёнов Пётр Ильич"
	deal.Name, claim.Text, event.Name, order.Number = "Поставка насосов (2-я очередь)", "Недовложение", "Форум", "ЗК-0002"
	for _, err := range []error{s.SaveEmployee(e), s.SavePartner(p), s.SavePerson(pe), s.SaveDeal(deal),
		s.SaveClaim(claim), s.SaveEvent(event), s.SaveOrder(order)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	sameNames(t, s, "renamed")

	e2.Deleted, p2.Deleted, pe2.Deleted, deal.Deleted, claim.Deleted, event.Deleted, order.Deleted = true, true, true, true, true, true, true
	for _, err := range []error{s.SaveEmployee(e2), s.SavePartner(p2), s.SavePerson(pe2), s.SaveDeal(deal),
		s.SaveClaim(claim), s.SaveEvent(event), s.SaveOrder(order)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	sameNames(t, s, "marked")

	deal.Deleted, claim.Deleted, event.Deleted, order.Deleted = false, false, false, false
	for _, err := range []error{s.SaveDeal(deal), s.SaveClaim(claim), s.SaveEvent(event), s.SaveOrder(order)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	sameNames(t, s, "unmarked")

	p3 := &data.Partner{Name: "ИП Сидоров", Kinds: data.PartnerClient}
	pe3 := &data.Person{Name: "Сидоров Сидор"}
	p.Name = "ООО «Ромашка-3»"
	if err := s.SaveCatalogBatch([]*data.Partner{p, p3}, nil); err != nil {
		t.Fatal(err)
	}
	pe3.Partner = p3.ID
	if err := s.SaveCatalogBatch(nil, []*data.Person{pe3}); err != nil {
		t.Fatal(err)
	}
	sameNames(t, s, "catalog batch")

	// Merges: the duplicate goes, the survivor takes the merged name.
	dupPartner, dupPerson := data.Ref{Kind: data.RefPartner, ID: p3.ID}, data.Ref{Kind: data.RefPerson, ID: pe3.ID}
	p.Name = "ООО «Ромашка и Сидоров»"
	if err := s.MergePartners(p, p3.ID); err != nil {
		t.Fatal(err)
	}
	pe, err := s.Person(pe.ID)
	if err != nil {
		t.Fatal(err)
	}
	pe.Name = "Семёнов-Сидоров"
	if err := s.MergePersons(pe, pe3.ID); err != nil {
		t.Fatal(err)
	}
	sameNames(t, s, "merged", dupPartner, dupPerson)

	// The purge removes what is marked and held by nothing.
	removed, _, err := s.PurgeMarked()
	if err != nil {
		t.Fatal(err)
	}
	gone := []data.Ref{dupPartner, dupPerson}
	for _, m := range removed {
		if m.Ref.Kind == data.RefEmployee || m.Ref.Kind == data.RefPartner || m.Ref.Kind == data.RefPerson {
			gone = append(gone, m.Ref)
		}
	}
	if len(gone) != 5 {
		t.Errorf("purged %v, want the marked employee, partner and person", removed)
	}
	sameNames(t, s, "purged", gone...)
}

// check finds an entry of the names index that is missing, holds another
// name, or names no record, and a rebuild mends them.
func TestCheck_FindsDamagedNames(t *testing.T) {
	s, e, p, pe := newTestStore(t)
	path := s.Path()
	s.Close()
	key := func(kind data.RefKind, id data.ID) []byte {
		return binary.BigEndian.AppendUint64([]byte{byte(kind)}, uint64(id))
	}
	editBolt(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("ix_names"))
		if err := b.Delete(key(data.RefEmployee, e.ID)); err != nil {
			return err
		}
		if err := b.Put(key(data.RefPartner, p.ID), []byte("не то имя")); err != nil {
			return err
		}
		return b.Put(key(data.RefPerson, pe.ID+100), []byte("никто"))
	})
	checkSays(t, path, "ix_names: employee:1 is missing", `ix_names: partner:1 is named "не то имя"`,
		"ix_names: entry 02", "ix_names: 1 missing, 1 wrong, 1 unexpected entries")
	// A rebuild writes the index from the records again.
	editBolt(t, path, func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("ix_names")) })
	checkClean(t, path)
}

// A schema 6 file, without the names index, gets it at its first open (a
// read-only one hands it to a writer first), named as its records are.
func TestMigrate_Schema6Names(t *testing.T) {
	s, _, p, _ := newTestStore(t)
	deal := &data.Deal{Partner: p.ID, Name: "Сделка до схемы 7"}
	if err := s.SaveDeal(deal); err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	s.Close()
	s = openAsOlder(t, path, "ix_names", 6)
	sameNames(t, s, "after the upgrade")
	if n := s.Name(data.Ref{Kind: data.RefDeal, ID: deal.ID}); n != deal.Name {
		t.Errorf("deal named %q, want %q", n, deal.Name)
	}
	s.Close()
}

// openAsOlder makes the file at path look written by a program of schema
// older (bucket dropped, the version set back), opens it read-only, which
// upgrades it first, and wants the schema of this program after.
func openAsOlder(t *testing.T, path, bucket string, older uint64) *data.Store {
	t.Helper()
	editBolt(t, path, func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket([]byte(bucket)); err != nil {
			return err
		}
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), binary.BigEndian.AppendUint64(nil, older))
	})
	s, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if v := schemaOf2(t, s); v != data.SchemaVersion {
		t.Errorf("schema after the open = %d, want %d", v, data.SchemaVersion)
	}
	return s
}

// schemaOf2 reads the schema version of an open store.
func schemaOf2(t *testing.T, s *data.Store) int {
	t.Helper()
	f, err := s.Facts()
	if err != nil {
		t.Fatal(err)
	}
	return f.Schema
}

// TestMigrate_Schema8NameKeys: a schema 8 file, without the index of
// folded names, is upgraded at its first open: the index is made from
// the names, NamedAs finds a deal by its name in other letters, and
// check passes.
func TestMigrate_Schema8NameKeys(t *testing.T) {
	s, _, p, _ := newTestStore(t)
	deal := &data.Deal{Partner: p.ID, Name: "Сделка Схемы Восемь"}
	if err := s.SaveDeal(deal); err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	s.Close()
	s = openAsOlder(t, path, "ix_name_keys", 8)
	defer s.Close()
	refs, err := s.NamedAs(data.Fold("СДЕЛКА СХЕМЫ ВОСЕМЬ"), data.RefDeal, data.RefOrder)
	if want := []data.Ref{{Kind: data.RefDeal, ID: deal.ID}}; err != nil || !slices.Equal(refs, want) {
		t.Errorf("NamedAs after the upgrade = %v, %v; want %v", refs, err, want)
	}
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() after the upgrade = %q, %v", probs, err)
	}
}
