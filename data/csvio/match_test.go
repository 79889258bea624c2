package csvio_test

import (
	"strings"
	"testing"

	"interactions/data/csvio"
)

// TestRead_DuplicatesByPhoneAndEmail: rows that name a stored record
// differently but share its e-mail address or phone number (written
// another way) update it instead of adding another.
func TestRead_DuplicatesByPhoneAndEmail(t *testing.T) {
	s := fixture(t)
	c := catalog(t, s)
	partners, err := csvio.ReadPartners(strings.NewReader("name;phone\nРомашка (Москва);8 (495) 123-45-67\nНовый;+7 999 000-00-00\n"), c)
	if err != nil {
		t.Fatal(err)
	}
	if len(partners) != 2 || partners[0].Name != "Ромашка (Москва)" || partners[0].ID == 0 || partners[1].ID != 0 {
		t.Fatalf("partners %+v: want the first matched by its phone, the second new", partners)
	}
	if got := partners[0].ContactInfo; len(got) != 1 || got[0].Comment != "офис" {
		t.Errorf("the matched phone lost its comment: %+v", got)
	}
	persons, err := csvio.ReadPersons(strings.NewReader("partner;name;email\nООО «Ромашка»;Семёнов П.;PETR@romashka.ru\nAcme Ltd;Другой;petr@romashka.ru\n"), c)
	if err != nil {
		t.Fatal(err)
	}
	if persons[0].ID == 0 || persons[0].Name != "Семёнов П." {
		t.Errorf("the person matched by e-mail %+v", persons[0])
	}
	if persons[1].ID != 0 {
		t.Errorf("a person of another partner with the same e-mail was matched: %+v", persons[1])
	}
	must(t, s.SaveCatalogBatch(partners, persons))
	all, _ := s.Persons()
	if len(all) != 2 {
		t.Errorf("%d persons stored, want 2", len(all))
	}
}
