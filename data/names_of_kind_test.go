package data_test

import (
	"errors"
	"slices"
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
// are those of the records decoded whole, in id order; the same from a
// file without the index, opened read-only; a kind that is no catalog is
// refused.
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
	ro := withoutNamesIndex(t, s)
	got, err = ro.NamesOfKinds(namedKinds...)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("without the names index: %d names, the records %d; first difference at %d", len(got), len(want), firstDifference(got, want))
	}
	if got := withPartners(t, ro); !slices.Equal(got, wantPartners) {
		t.Fatalf("without the names index, with partners: first difference at %d", firstDifference(got, wantPartners))
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

// withoutNamesIndex closes s, drops its names index and opens the file
// read-only, as an older file is read without being upgraded.
func withoutNamesIndex(t *testing.T, s *data.Store) *data.Store {
	t.Helper()
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	editBolt(t, path, func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("ix_names")) })
	ro, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ro.Close() })
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
// folded name, as a look through NamesOfKind does, with the names index
// and without it (a file opened read-only after the index is dropped);
// Has finds stored records and not missing ones.
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
	lookAll(s, "with the names index")
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
	ro := withoutNamesIndex(t, s)
	lookAll(ro, "without the names index")
}
