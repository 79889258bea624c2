package vcard_test

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/vcard"
)

// fixture is a store with two partners, a role and a contact person.
func fixture(t *testing.T) (*data.Store, *data.Partner, *data.Role) {
	t.Helper()
	s, err := data.Open(filepath.Join(t.TempDir(), "vcf.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	r := &data.Role{Name: "Бухгалтер"}
	p := &data.Partner{Name: "ООО «Ромашка»"}
	other := &data.Partner{Name: "Acme Ltd"}
	must(t, s.SaveRole(r), s.SavePartner(p), s.SavePartner(other))
	pe := &data.Person{Partner: p.ID, Name: "Семёнов Пётр Ильич", Position: "Главный бухгалтер", Roles: []data.ID{r.ID},
		Birthday: time.Date(1980, 5, 17, 0, 0, 0, 0, time.Local), Comment: "Звонить после 10; по вторникам",
		ContactInfo: []data.ContactInfo{{Kind: data.CIPhone, Value: "8 (495) 123-45-67"}, {Kind: data.CIEmail, Value: "Petr@Romashka.ru"},
			{Kind: data.CIPostal, Value: "Москва, ул. Ленина, д. 1; офис 5"}, {Kind: data.CILegal, Value: "Москва, ул. Тверская, 3"},
			{Kind: data.CIWebsite, Value: "https://romashka.ru"}, {Kind: data.CIOther, Value: "telegram @petr"}}}
	must(t, s.SavePerson(pe))
	return s, p, r
}

func must(t *testing.T, errs ...error) {
	t.Helper()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

func catalog(t *testing.T, s *data.Store) *vcard.Catalog {
	t.Helper()
	var c vcard.Catalog
	var err error
	c.Partners, err = s.Partners()
	must(t, err)
	c.Roles, err = s.Roles()
	must(t, err)
	c.Persons, err = s.Persons()
	must(t, err)
	return &c
}

func TestWriteRead_RoundTripMatchesTheStoredPerson(t *testing.T) {
	for _, v := range []vcard.Version{vcard.V4, vcard.V3} {
		s, _, _ := fixture(t)
		c := catalog(t, s)
		var buf bytes.Buffer
		must(t, vcard.Write(&buf, c.Persons, c, v))
		text := buf.String()
		for _, want := range []string{"VERSION:" + string(v), "FN:Семёнов Пётр Ильич", "N:Семёнов;Пётр;Ильич;;", "ORG:ООО «Ромашка»", "TITLE:Главный бухгалтер", "ROLE:Бухгалтер"} {
			if !strings.Contains(text, want) {
				t.Errorf("v%s lacks %q:\n%s", v, want, text)
			}
		}
		res, err := vcard.Read(strings.NewReader(text), c, 0)
		if err != nil {
			t.Fatalf("Read(v%s): %v\n%s", v, err, text)
		}
		if len(res.Persons) != 1 || res.Matched != 1 {
			t.Fatalf("Read(v%s) = %d persons, %d matched; want the stored one", v, len(res.Persons), res.Matched)
		}
		got, want := res.Persons[0], c.Persons[0]
		if got.ID != want.ID || got.Name != want.Name || got.Partner != want.Partner || got.Position != want.Position ||
			!got.Birthday.Equal(want.Birthday) || got.Comment != want.Comment || len(got.Roles) != 1 ||
			len(got.ContactInfo) != len(want.ContactInfo) {
			t.Errorf("round trip v%s:\n got %+v\nwant %+v", v, *got, want)
		}
		for i := range got.ContactInfo {
			if i < len(want.ContactInfo) && got.ContactInfo[i] != want.ContactInfo[i] {
				t.Errorf("v%s contact %d = %+v, want %+v", v, i, got.ContactInfo[i], want.ContactInfo[i])
			}
		}
		must(t, s.SaveCatalogBatch(nil, res.Persons))
		if n := len(catalog(t, s).Persons); n != 1 {
			t.Errorf("re-import of v%s made %d persons, want 1", v, n)
		}
	}
}

func TestRead_DuplicatesByPhoneOrEmail(t *testing.T) {
	s, p, _ := fixture(t)
	c := catalog(t, s)
	// A phone's export: 3.0, the phone written another way, no ORG.
	file := "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Пётр Семёнов\r\nTEL;TYPE=CELL:+7 495 123-45-67\r\nTEL;TYPE=CELL:+7 916 000-00-01\r\nEND:VCARD\r\n" +
		"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Анна Кузнецова\r\nORG:Acme Ltd\r\nEMAIL:anna@acme.com\r\nBDAY:1990-02-01\r\nEND:VCARD\r\n" +
		"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Анна К.\r\nEMAIL:ANNA@acme.com\r\nTEL:8 800 100-00-00\r\nEND:VCARD\r\n"
	res, err := vcard.Read(strings.NewReader(file), c, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Persons) != 2 || res.Matched != 2 {
		t.Fatalf("Read = %d persons, %d matched; want 2 persons (one stored), 2 matched", len(res.Persons), res.Matched)
	}
	petr, anna := res.Persons[0], res.Persons[1]
	if petr.ID != c.Persons[0].ID || len(petr.ContactInfo) != 7 {
		t.Errorf("the stored person was not matched by phone and given the new number: %+v", *petr)
	}
	if anna.ID != 0 || anna.Name != "Анна К." || len(anna.ContactInfo) != 2 || anna.Partner == p.ID {
		t.Errorf("the two cards of Анна did not merge into one new person of Acme Ltd: %+v", *anna)
	}
	must(t, s.SaveCatalogBatch(nil, res.Persons))
	if n := len(catalog(t, s).Persons); n != 2 {
		t.Errorf("%d persons after the import, want 2", n)
	}
}

func TestRead_BadCardImportsNothing(t *testing.T) {
	s, _, _ := fixture(t)
	c := catalog(t, s)
	good := "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Хороший\r\nORG:Acme Ltd\r\nEND:VCARD\r\n"
	for _, tc := range []struct{ name, file, want string }{
		{"no ORG", good + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Без фирмы\r\nEND:VCARD\r\n", "card 2 (Без фирмы): the card names no partner"},
		{"unknown ORG", good + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Чужой\r\nORG:Нет такой\r\nEND:VCARD\r\n", `card 2 (Чужой): no partner is named "Нет такой"`},
		{"no name", good + "BEGIN:VCARD\r\nVERSION:4.0\r\nORG:Acme Ltd\r\nEND:VCARD\r\n", "card 2: the card has no name"},
		{"no END", good + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Обрыв\r\n", "card 2 (Обрыв): no END field found"},
		{"not a vCard", "hello\r\n", "card 1: no vCard found"},
		{"bad phone", "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Икс\r\nORG:Acme Ltd\r\nTEL:call me\r\nEND:VCARD\r\n", "not a phone number"},
		{"bad birthday", "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Икс\r\nORG:Acme Ltd\r\nBDAY:--0517\r\nEND:VCARD\r\n", "not a full date"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := vcard.Read(strings.NewReader(tc.file), c, 0)
			var ce *vcard.CardError
			if res != nil || !errors.As(err, &ce) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Read = %v, %v; want nothing and an error with %q", res, err, tc.want)
			}
		})
	}
}
