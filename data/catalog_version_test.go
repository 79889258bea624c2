package data_test

import (
	"errors"
	"testing"

	"interactions/data"
)

func TestSavePartner_RefusesASecondEditorsSave(t *testing.T) {
	s, _, p, _ := newTestStore(t)
	first, _ := s.Partner(p.ID)
	second, _ := s.Partner(p.ID)
	first.Comment = "первый"
	if err := s.SavePartner(first); err != nil {
		t.Fatal(err)
	}
	first.Comment = "первый, снова"
	if err := s.SavePartner(first); err != nil {
		t.Fatalf("a second save over one's own version: %v", err)
	}
	second.Comment = "второй"
	before := second.Ver
	if err := s.SavePartner(second); !errors.Is(err, data.ErrChanged) {
		t.Fatalf("the second editor's save = %v, want ErrChanged", err)
	}
	if second.Ver != before {
		t.Errorf("a refused save changed the version %d → %d", before, second.Ver)
	}
	if got, _ := s.Partner(p.ID); got.Comment != "первый, снова" {
		t.Errorf("stored comment %q", got.Comment)
	}
}

func TestSaveCatalogs_EveryKindKeepsAVersion(t *testing.T) {
	s, e, p, pe := newTestStore(t)
	role := &data.Role{Name: "Бухгалтер"}
	deal := &data.Deal{Name: "Сделка", Partner: p.ID, Active: true}
	def := &data.AttrDef{Name: "Канал", Type: data.AttrText}
	saves := []struct {
		name string
		save func() error
		ver  func() uint64
	}{
		{"employee", func() error { return s.SaveEmployee(e) }, func() uint64 { return e.Ver }},
		{"person", func() error { return s.SavePerson(pe) }, func() uint64 { return pe.Ver }},
		{"role", func() error { return s.SaveRole(role) }, func() uint64 { return role.Ver }},
		{"deal", func() error { return s.SaveDeal(deal) }, func() uint64 { return deal.Ver }},
		{"attribute", func() error { return s.SaveAttrDef(def) }, func() uint64 { return def.Ver }},
	}
	for _, tt := range saves {
		t.Run(tt.name, func(t *testing.T) {
			v := tt.ver()
			if err := tt.save(); err != nil {
				t.Fatal(err)
			}
			if tt.ver() != v+1 {
				t.Errorf("version %d after a save of %d", tt.ver(), v)
			}
		})
	}
}
