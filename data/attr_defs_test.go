package data_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// attrStore makes a file with two attribute definitions and an
// interaction that has a value of the first; it returns the file's path
// (the store closed), the definitions and the interaction's id.
func attrStore(t *testing.T) (string, []data.AttrDef, data.ID) {
	t.Helper()
	s, e, _, _ := newTestStore(t)
	city := &data.AttrDef{Name: "Город", Type: data.AttrText}
	result := &data.AttrDef{Name: "Результат", Type: data.AttrList, Options: []data.AttrOption{{ID: 1, Name: "Успех"}}}
	for _, d := range []*data.AttrDef{city, result} {
		if err := s.SaveAttrDef(d); err != nil {
			t.Fatal(err)
		}
	}
	it := s.NewInteraction(data.TypeCall, data.DirIncoming)
	it.Responsible, it.Topic, it.Attrs = e.ID, "Звонок", []data.AttrValue{{Attr: city.ID, Value: "Казань"}}
	if err := s.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	defs := s.AttrDefs()
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path, defs, it.ID
}

// A read-only store reads the attribute definitions when something needs
// them, and gives the same ones the open of a store that writes reads.
func TestReadOnly_AttrDefsReadOnFirstUse(t *testing.T) {
	path, defs, id := attrStore(t)
	ro, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if got, err := ro.ReadAttrDefs(); err != nil || !reflect.DeepEqual(got, defs) {
		t.Errorf("ReadAttrDefs = %+v, %v; want %+v", got, err, defs)
	}
	if got := ro.AllAttrDefs(); !reflect.DeepEqual(got, defs) {
		t.Errorf("AllAttrDefs = %+v; want %+v", got, defs)
	}
	if d, ok := ro.AttrDef(defs[1].ID); !ok || !reflect.DeepEqual(d, defs[1]) {
		t.Errorf("AttrDef(%d) = %+v, %v; want %+v", defs[1].ID, d, ok, defs[1])
	}
	f := data.Filter{Attrs: []data.AttrValue{{Attr: defs[0].ID, Value: "Казань"}}}
	if n, err := ro.Count(f); err != nil || n != 1 {
		t.Errorf("Count(the city) = %d, %v; want 1", n, err)
	}
	var ids []data.ID
	if _, err := ro.ListRows(data.Query{Filter: f}, func(r *data.RowText) error { ids = append(ids, r.ID); return nil }); err != nil || !reflect.DeepEqual(ids, []data.ID{id}) {
		t.Errorf("ListRows(the city) = %v, %v; want [%d]", ids, err, id)
	}
}

// A damaged attribute definition: the open of a store that writes refuses
// it, as before; a read-only store opens, lists rows that name no
// attribute, and reports the damage, naming the record, to whatever
// needs the definitions.
func TestReadOnly_DamagedAttrDefReportedWhenNeeded(t *testing.T) {
	path, defs, id := attrStore(t)
	editBolt(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("attributes")).Put(idKey(defs[1].ID), []byte(`{"id":`))
	})
	isDamage := func(err error) bool {
		var de *data.DamagedError
		return errors.As(err, &de) && de.Bucket == "attributes" && strings.Contains(de.Detail, fmt.Sprintf("record %d ", defs[1].ID))
	}

	if s, err := data.Open(path); !isDamage(err) {
		if err == nil {
			s.Close()
		}
		t.Fatalf("Open of a damaged definition = %v; want a DamagedError of attributes %d", err, defs[1].ID)
	}

	ro, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatalf("OpenReadOnly = %v; want the open to leave the definitions for later", err)
	}
	defer ro.Close()
	var ids []data.ID
	if _, err := ro.ListRows(data.Query{}, func(r *data.RowText) error { ids = append(ids, r.ID); return nil }); err != nil || !reflect.DeepEqual(ids, []data.ID{id}) {
		t.Errorf("ListRows() = %v, %v; want [%d]", ids, err, id)
	}
	if n, err := ro.Count(data.Filter{Responsible: 1}); err != nil || n != 1 {
		t.Errorf("Count(responsible) = %d, %v; want 1", n, err)
	}

	if _, err := ro.ReadAttrDefs(); !isDamage(err) {
		t.Errorf("ReadAttrDefs = %v; want a DamagedError of attributes %d", err, defs[1].ID)
	}
	if got := ro.AttrDefs(); len(got) != 0 {
		t.Errorf("AttrDefs = %+v; want none when they cannot be read", got)
	}
	f := data.Filter{Attrs: []data.AttrValue{{Attr: defs[0].ID, Value: "Казань"}}}
	if _, err := ro.ListRows(data.Query{Filter: f}, func(*data.RowText) error { return nil }); !isDamage(err) {
		t.Errorf("ListRows(an attribute) = %v; want the damage", err)
	}
	if _, err := ro.Count(f); !isDamage(err) {
		t.Errorf("Count(an attribute) = %v; want the damage", err)
	}
	if _, err := ro.StatusCounts(context.Background(), f); !isDamage(err) {
		t.Errorf("StatusCounts(an attribute) = %v; want the damage", err)
	}
	if _, err := ro.Groups(data.Filter{}, data.GroupBy{Kind: data.GroupAttr, Attr: defs[0].ID}); !isDamage(err) {
		t.Errorf("Groups(by an attribute) = %v; want the damage", err)
	}
	if _, err := ro.SortedKeys(context.Background(), data.Filter{}, data.AttrSortKey(defs[0].ID), false); !isDamage(err) {
		t.Errorf("SortedKeys(by an attribute) = %v; want the damage", err)
	}
	if problems, err := ro.Check(); err == nil && len(problems) == 0 {
		t.Error("Check found nothing wrong with a damaged definition")
	}
}
