package data_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// decodedNames lists the kinds' records as NamesWithPartners should, or
// without the partners NamesOfKind: from the records decoded whole, in
// id order.
func decodedNames(t *testing.T, s *data.Store, withPartner bool) []data.Named {
	t.Helper()
	var out []data.Named
	add := func(k data.RefKind, id data.ID, name string, partner data.ID) {
		if !withPartner {
			partner = 0
		}
		out = append(out, data.Named{Ref: data.Ref{Kind: k, ID: id}, Name: name, Partner: partner})
	}
	partners, err1 := s.Partners()
	persons, err2 := s.Persons()
	deals, err3 := s.Deals()
	claims, err4 := s.Claims()
	orders, err5 := s.Orders()
	if err := errors.Join(err1, err2, err3, err4, err5); err != nil {
		t.Fatal(err)
	}
	for _, p := range partners {
		add(data.RefPartner, p.ID, p.Name, 0)
	}
	for _, p := range persons {
		add(data.RefPerson, p.ID, p.Name, p.Partner)
	}
	for _, d := range deals {
		add(data.RefDeal, d.ID, d.Name, d.Partner)
	}
	for _, c := range claims {
		add(data.RefClaim, c.ID, s.NamesOf([]data.Ref{{Kind: data.RefClaim, ID: c.ID}})[0], c.Partner)
	}
	for _, o := range orders {
		add(data.RefOrder, o.ID, o.Number, o.Partner)
	}
	return out
}

var namedKinds = []data.RefKind{data.RefPartner, data.RefPerson, data.RefDeal, data.RefClaim, data.RefOrder}

// TestNamesOfKind_AsTheRecords: the names NamesOfKind reads from the
// names index, and the partners NamesWithPartners reads from one member,
// are those of the records decoded whole, in id order; the same after
// the indexes are dropped and the open makes them again from the
// records; a kind that is no catalog is refused.
func TestNamesOfKind_AsTheRecords(t *testing.T) {
	s := demoRowsStore(t, 2000, 0)
	want, wantPartners := decodedNames(t, s, false), decodedNames(t, s, true)
	got, err := s.NamesOfKinds(namedKinds...)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) < 100 || !slices.Equal(got, want) {
		t.Fatalf("NamesOfKinds: %d names, the records %d; first difference at %d", len(got), len(want), firstDifference(got, want))
	}
	if got := withPartners(t, s); !slices.Equal(got, wantPartners) {
		t.Fatalf("NamesWithPartners: %d names, the records %d; first difference at %d", len(got), len(wantPartners), firstDifference(got, wantPartners))
	}
	if _, err := s.NamesOfKind(data.RefInteraction); err == nil {
		t.Error("NamesOfKind(interaction) gave no error")
	}
	ro := reopenedWithout(t, s)
	got, err = ro.NamesOfKinds(namedKinds...)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("with the names made again: %d names, the records %d; first difference at %d", len(got), len(want), firstDifference(got, want))
	}
	if got := withPartners(t, ro); !slices.Equal(got, wantPartners) {
		t.Fatalf("with the names made again, with partners: first difference at %d", firstDifference(got, wantPartners))
	}
}

// TestNamesOfKind_DamagedPerson: a contact person whose record cannot be
// read fails the call with a *DamagedError naming its bucket.
func TestNamesOfKind_DamagedPerson(t *testing.T) {
	s := demoRowsStore(t, 300, 0)
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	editBolt(t, path, func(tx *bolt.Tx) error {
		k, _ := tx.Bucket([]byte("persons")).Cursor().First()
		return tx.Bucket([]byte("persons")).Put(k, []byte(`{"name":"Обрыв`))
	})
	ro, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	_, err = ro.NamesWithPartners(data.RefPerson)
	var d *data.DamagedError
	if !errors.As(err, &d) || d.Bucket != "persons" {
		t.Errorf("NamesWithPartners(person) over a cut record = %v, want a DamagedError of persons", err)
	}
}

// reopenedWithout closes s, drops the buckets (the names index and the
// index of folded names, when none are given) and opens the file
// read-only. The open finds the derived buckets missing and makes them
// again from the records (a rebuild), which this wants done.
func reopenedWithout(t *testing.T, s *data.Store, buckets ...string) *data.Store {
	t.Helper()
	if len(buckets) == 0 {
		buckets = []string{"ix_names", "ix_name_keys"}
	}
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	editBolt(t, path, func(tx *bolt.Tx) error {
		for _, b := range buckets {
			if err := tx.DeleteBucket([]byte(b)); err != nil {
				return err
			}
		}
		return nil
	})
	ro, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ro.Close() })
	if probs, err := ro.Check(); err != nil || len(probs) > 0 {
		t.Fatalf("after %v were dropped and the open made them again: Check() = %q, %v", buckets, probs, err)
	}
	return ro
}

// withPartners lists the names of namedKinds with their partners.
func withPartners(t *testing.T, s *data.Store) []data.Named {
	t.Helper()
	var out []data.Named
	for _, k := range namedKinds {
		named, err := s.NamesWithPartners(k)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, named...)
	}
	return out
}

func firstDifference(a, b []data.Named) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestNamedAs_AndHas: NamedAs finds the records whose names fold to the
// folded name, as a look through NamesOfKind does, also after the index
// of folded names, then both name indexes, are dropped and the open
// makes them again; Has finds stored records and not missing ones.
func TestNamedAs_AndHas(t *testing.T) {
	s := demoRowsStore(t, 2000, 0)
	named, err := s.NamesOfKinds(namedKinds...)
	if err != nil {
		t.Fatal(err)
	}
	want := func(folded string) []data.Ref {
		var refs []data.Ref
		for _, n := range named {
			if data.Fold(n.Name) == folded {
				refs = append(refs, n.Ref)
			}
		}
		return refs
	}
	queries := []string{data.Fold(named[0].Name), data.Fold(named[len(named)-1].Name), data.Fold(named[len(named)/2].Name), "нет такого имени", ""}
	lookAll := func(st *data.Store, where string) {
		t.Helper()
		for _, q := range queries {
			got, err := st.NamedAs(q, namedKinds...)
			if err != nil || !slices.Equal(got, want(q)) {
				t.Errorf("%s: NamedAs(%q) = %v, %v; want %v", where, q, got, err, want(q))
			}
		}
	}
	lookAll(s, "with the index of folded names")
	if got, _ := s.NamedAs(queries[0], namedKinds...); len(got) == 0 {
		t.Fatalf("NamedAs(%q) found nothing", queries[0])
	}
	if _, err := s.NamedAs("x", data.RefInteraction); err == nil {
		t.Error("NamedAs over interactions gave no error")
	}
	for _, c := range []struct {
		r    data.Ref
		want bool
	}{{named[0].Ref, true}, {named[len(named)-1].Ref, true}, {data.Ref{Kind: data.RefPartner, ID: 1 << 40}, false}} {
		if has, err := s.Has(c.r); err != nil || has != c.want {
			t.Errorf("Has(%v) = %v, %v; want %v", c.r, has, err, c.want)
		}
	}
	ro := reopenedWithout(t, s, "ix_name_keys")
	lookAll(ro, "with the index of folded names made again")
	lookAll(reopenedWithout(t, ro), "with both name indexes made again")
}

// TestNameKeys_FollowTheRecords: the index of folded names follows a
// rename, a new partner and a merge that removes one, check agrees after
// each, and finds an entry missing from it or one too many.
func TestNameKeys_FollowTheRecords(t *testing.T) {
	s := demoRowsStore(t, 300, 0)
	partners, err := s.Partners()
	if err != nil || len(partners) < 3 {
		t.Fatal(len(partners), err)
	}
	named := func(name string) []data.Ref {
		t.Helper()
		refs, err := s.NamedAs(data.Fold(name), data.RefPartner)
		if err != nil {
			t.Fatal(err)
		}
		return refs
	}
	p := partners[0]
	old := p.Name
	p.Name = "Переименованный Партнёр"
	if err := s.SavePartner(&p); err != nil {
		t.Fatal(err)
	}
	ref := data.Ref{Kind: data.RefPartner, ID: p.ID}
	if got := named("переименованный партнер"); !slices.Equal(got, []data.Ref{ref}) {
		t.Errorf("after the rename, NamedAs(new name) = %v, want %v", got, ref)
	}
	if slices.Contains(named(old), ref) {
		t.Errorf("after the rename, NamedAs(%q) still finds %v", old, ref)
	}
	added := data.Partner{Name: "Новый Партнёр Для Поиска"}
	if err := s.SavePartner(&added); err != nil {
		t.Fatal(err)
	}
	if got := named(added.Name); !slices.Equal(got, []data.Ref{{Kind: data.RefPartner, ID: added.ID}}) {
		t.Errorf("NamedAs(the new partner) = %v", got)
	}
	drop := partners[1]
	keep := partners[2]
	if err := s.MergePartners(&keep, drop.ID); err != nil {
		t.Fatal(err)
	}
	if slices.Contains(named(drop.Name), data.Ref{Kind: data.RefPartner, ID: drop.ID}) {
		t.Errorf("NamedAs(%q) still finds the merged-away partner", drop.Name)
	}
	wantCheck(t, s)

	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	editBolt(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("ix_name_keys"))
		k, _ := b.Cursor().First()
		if err := b.Delete(k); err != nil {
			return err
		}
		return b.Put([]byte("лишнее имя\x00\x01\x00\x00\x00\x00\x00\x00\x00\x09"), []byte{1})
	})
	ro, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	probs, err := ro.Check()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(probs, "\n")
	if !strings.Contains(text, "ix_name_keys: 1 missing, 1 unexpected entries") || !strings.Contains(text, "is missing") || !strings.Contains(text, "names no record so") {
		t.Errorf("check of a damaged ix_name_keys:\n%s", text)
	}
}
