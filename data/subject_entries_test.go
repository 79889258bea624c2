package data_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// decodedSubjects lists the deals, claims, events and orders as
// SubjectEntries should: from the records decoded whole, kind by kind in
// id order.
func decodedSubjects(t *testing.T, s *data.Store) []data.SubjectEntry {
	t.Helper()
	deals, err1 := s.Deals()
	claims, err2 := s.Claims()
	events, err3 := s.Events()
	orders, err4 := s.Orders()
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		t.Fatal(err)
	}
	var out []data.SubjectEntry
	for _, d := range deals {
		out = append(out, data.SubjectEntry{Ref: data.Ref{Kind: data.RefDeal, ID: d.ID}, Name: d.Name, Active: d.Active, Date: d.CloseDate})
	}
	for _, c := range claims { // the display name: the first line, long ones cut
		r := data.Ref{Kind: data.RefClaim, ID: c.ID}
		out = append(out, data.SubjectEntry{Ref: r, Name: s.NamesOf([]data.Ref{r})[0], Active: c.Active, Date: c.Received})
	}
	for _, e := range events {
		out = append(out, data.SubjectEntry{Ref: data.Ref{Kind: data.RefEvent, ID: e.ID}, Name: e.Name, Active: e.Active, Date: e.Start})
	}
	for _, o := range orders {
		out = append(out, data.SubjectEntry{Ref: data.Ref{Kind: data.RefOrder, ID: o.ID}, Name: o.Number, Active: o.Active, Date: o.Date})
	}
	return out
}

// idOf reads a record key.
func idOf(k []byte) data.ID { return data.ID(binary.BigEndian.Uint64(k)) }

// sameSubjects compares entries field by field, dates by Equal.
func sameSubjects(t *testing.T, when string, got, want []data.SubjectEntry) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d subjects, the records %d", when, len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Ref != w.Ref || g.Name != w.Name || g.Active != w.Active || !g.Date.Equal(w.Date) {
			t.Fatalf("%s: subject %d is %+v, the record says %+v", when, i, g, w)
		}
	}
}

// TestSubjectEntries_AsTheRecords: what SubjectEntries reads from the
// indexes and one member is what the records decoded whole say, for a
// demo's subjects; for a deal without a close date, a closed order, an
// event whose name is escaped, one whose start is null (left to the
// decoder); and after the indexes are dropped and made again. A record
// cut short is a *DamagedError of its bucket.
func TestSubjectEntries_AsTheRecords(t *testing.T) {
	s := demoRowsStore(t, 2000, 0)
	got, err := s.SubjectEntries()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) < 100 {
		t.Fatalf("%d subjects in a demo of 2000", len(got))
	}
	sameSubjects(t, "demo", got, decodedSubjects(t, s))

	deals, err := s.Deals()
	if err != nil || len(deals) < 2 {
		t.Fatalf("Deals() = %d, %v", len(deals), err)
	}
	d := deals[0]
	d.CloseDate, d.Active = time.Time{}, !d.Active
	if err := s.SaveDeal(&d); err != nil {
		t.Fatal(err)
	}
	orders, err := s.Orders()
	if err != nil || len(orders) == 0 {
		t.Fatalf("Orders() = %d, %v", len(orders), err)
	}
	o := orders[0]
	o.Active = !o.Active
	if err := s.SaveOrder(&o); err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	var first, second []byte
	editBolt(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("events"))
		c := b.Cursor()
		k, _ := c.First()
		first = bytes.Clone(k)
		if err := b.Put(first, []byte(`{"id":1,"name":"\u0412\u044b\u0441\u0442\u0430\u0432\u043a\u0430","start":"2026-03-03T10:00:00+03:00","active":true}`)); err != nil {
			return err
		}
		k, _ = c.Next()
		second = bytes.Clone(k)
		return b.Put(second, []byte(`{"id":2,"name":"Вебинар","start":null,"active":false}`))
	})
	ro, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	ro = reopenedWithout(t, ro)
	got, err = ro.SubjectEntries()
	if err != nil {
		t.Fatal(err)
	}
	want := decodedSubjects(t, ro)
	sameSubjects(t, "edited, the indexes made again", got, want)
	seen := 0
	for _, e := range got {
		if e.Ref.Kind == data.RefEvent && (e.Ref.ID == idOf(first) || e.Ref.ID == idOf(second)) {
			seen++
		}
		if e.Ref.Kind == data.RefEvent && e.Ref.ID == idOf(first) && (e.Name != "Выставка" || e.Date.Day() != 3 || !e.Active) {
			t.Errorf("the event of an escaped name reads %+v", e)
		}
		if e.Ref.Kind == data.RefEvent && e.Ref.ID == idOf(second) && (e.Name != "Вебинар" || !e.Date.IsZero() || e.Active) {
			t.Errorf("the event of a null start reads %+v", e)
		}
		if e.Ref == (data.Ref{Kind: data.RefDeal, ID: d.ID}) && (!e.Date.IsZero() || e.Active != d.Active) {
			t.Errorf("the deal without a close date reads %+v", e)
		}
	}
	if seen != 2 {
		t.Errorf("%d of the two edited events listed", seen)
	}
	if err := ro.Close(); err != nil {
		t.Fatal(err)
	}

	editBolt(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("orders"))
		k, _ := b.Cursor().Last()
		return b.Put(k, []byte(`{"number":"ЗК-1","date":"2026-`))
	})
	cut, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer cut.Close()
	_, err = cut.SubjectEntries()
	var de *data.DamagedError
	if !errors.As(err, &de) || de.Bucket != "orders" {
		t.Errorf("SubjectEntries over a cut order = %v; want a DamagedError of orders", err)
	}
}
