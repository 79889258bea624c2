package csvio_test

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/csvio"
)

// tempStore opens an empty store on a temporary file, closed when the
// test ends.
func tempStore(t *testing.T) *data.Store {
	t.Helper()
	s, err := data.Open(filepath.Join(t.TempDir(), "csv.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// fixture is a store with an employee, a group, a role, two partners and
// a contact person.
func fixture(t *testing.T) *data.Store {
	t.Helper()
	s := tempStore(t)
	e := &data.Employee{Name: "Иванов Иван"}
	g := &data.PartnerGroup{Name: "Москва"}
	r := &data.Role{Name: "Бухгалтер"}
	must(t, s.SaveEmployee(e), s.SavePartnerGroup(g), s.SaveRole(r))
	p1 := &data.Partner{Name: "ООО «Ромашка»", Kinds: data.PartnerClient | data.PartnerSupplier, Manager: e.ID, Group: g.ID,
		Comment: "строка 1\nстрока 2; с запятой, и \"кавычками\"",
		ContactInfo: []data.ContactInfo{{Kind: data.CIPhone, Value: "+7 (495) 123-45-67", Comment: "офис"}, {Kind: data.CIPhone, Value: "8 800 555-35-35"},
			{Kind: data.CIPostal, Value: "Москва, ул. Ленина, д. 1"}}}
	p2 := &data.Partner{Name: "Acme Ltd", Kinds: data.PartnerCompetitor}
	must(t, s.SavePartner(p1), s.SavePartner(p2))
	pe := &data.Person{Partner: p1.ID, Name: "Семёнов Пётр", Position: "Главный бухгалтер", Roles: []data.ID{r.ID},
		Birthday:    time.Date(1980, 5, 17, 0, 0, 0, 0, time.Local),
		ContactInfo: []data.ContactInfo{{Kind: data.CIEmail, Value: "petr@romashka.ru"}}}
	must(t, s.SavePerson(pe))
	return s
}

func must(t *testing.T, errs ...error) {
	t.Helper()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

func catalog(t *testing.T, s *data.Store) *csvio.Catalog {
	t.Helper()
	c, err := csvio.LoadCatalog(s)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestPartners_RoundTripInEveryDialect(t *testing.T) {
	for _, o := range []csvio.Options{{Comma: ';', BOM: true}, {Comma: ','}, {Comma: ',', BOM: true}, {}} {
		s := fixture(t)
		c := catalog(t, s)
		var buf bytes.Buffer
		must(t, csvio.WritePartners(&buf, c, o))
		got, err := csvio.ReadPartners(bytes.NewReader(buf.Bytes()), c)
		if err != nil {
			t.Fatalf("ReadPartners(%+v): %v\n%s", o, err, buf.String())
		}
		if len(got) != len(c.Partners) {
			t.Fatalf("ReadPartners(%+v) = %d partners, want %d", o, len(got), len(c.Partners))
		}
		for i, p := range got {
			if !samePartner(*p, c.Partners[i]) {
				t.Errorf("round trip (%+v) of partner %d:\n got %+v\nwant %+v", o, i, *p, c.Partners[i])
			}
		}
		// Re-importing what was exported doubles nothing.
		must(t, s.SaveCatalogBatch(got, nil))
		if after := catalog(t, s); len(after.Partners) != len(c.Partners) {
			t.Errorf("re-import made %d partners, want %d", len(after.Partners), len(c.Partners))
		}
	}
}

func samePartner(a, b data.Partner) bool {
	if a.ID != b.ID || a.Name != b.Name || a.FullName != b.FullName || a.Kinds != b.Kinds || a.Manager != b.Manager ||
		a.Group != b.Group || a.Comment != b.Comment || len(a.ContactInfo) != len(b.ContactInfo) {
		return false
	}
	for i := range a.ContactInfo {
		if a.ContactInfo[i] != b.ContactInfo[i] {
			return false
		}
	}
	return true
}

func TestPersons_RoundTrip(t *testing.T) {
	s := fixture(t)
	c := catalog(t, s)
	var buf bytes.Buffer
	must(t, csvio.WritePersons(&buf, c, csvio.Options{Comma: ';', BOM: true}))
	got, err := csvio.ReadPersons(bytes.NewReader(buf.Bytes()), c)
	if err != nil {
		t.Fatalf("ReadPersons: %v\n%s", err, buf.String())
	}
	if len(got) != 1 {
		t.Fatalf("ReadPersons = %d persons, want 1", len(got))
	}
	want := c.Persons[0]
	p := *got[0]
	if p.ID != want.ID || p.Name != want.Name || p.Position != want.Position || !p.Birthday.Equal(want.Birthday) ||
		len(p.Roles) != 1 || p.Roles[0] != want.Roles[0] || len(p.ContactInfo) != 1 || p.ContactInfo[0] != want.ContactInfo[0] {
		t.Errorf("round trip:\n got %+v\nwant %+v", p, want)
	}
}

func TestReadPersons_NewFromExcel(t *testing.T) {
	s := fixture(t)
	c := catalog(t, s)
	// What Russian Excel saves: BOM, ";", CRLF, DD.MM.YYYY.
	file := "\ufeffpartner;name;email;phone;birthday\r\n" +
		"ооо «ромашка»;Кузнецова Анна;anna@romashka.ru;8 (495) 765-43-21;01.02.1990\r\n" +
		"Acme Ltd;John Smith;;;\r\n\r\n"
	got, err := csvio.ReadPersons(strings.NewReader(file), c)
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.SaveCatalogBatch(nil, got))
	after := catalog(t, s)
	if len(after.Persons) != 3 {
		t.Fatalf("%d persons after the import, want 3", len(after.Persons))
	}
	if a := after.Persons[1]; a.Partner != c.Partners[0].ID || a.Birthday.Day() != 1 || len(a.ContactInfo) != 2 {
		t.Errorf("imported %+v", a)
	}
}

func TestRead_BadLineImportsNothing(t *testing.T) {
	s := fixture(t)
	c := catalog(t, s)
	cases := []struct {
		name, file string
		persons    bool
		line       int
		want       string
	}{
		{"unknown column", "name;colour\nA;red\n", false, 1, `unknown column "colour"`},
		{"no name column", "full_name\nA\n", false, 1, `no "name" column`},
		{"empty name", "name,kinds\nFirst,client\n,client\n", false, 3, "name"},
		{"bad kind", "name;kinds\nA;friend\n", false, 2, `unknown kind "friend"`},
		{"bad phone", "name;phone\nA;call me\n", false, 2, "phone"},
		{"unknown manager", "name;manager\nA;Nobody\n", false, 2, `no employee is named "Nobody"`},
		{"twice", "name\nНовый\nновый\n", false, 3, "line 2 again"},
		{"unknown id", "id;name\n999;A\n", false, 2, "id"},
		{"quote", "name\n\"open\n", false, 2, "quote"},
		{"too many fields", "name\nA;B\n", false, 2, "2 fields"},
		{"not utf-8", "name\nA\n\xcf\xf0\xe8\xe2\xe5\xf2\n", false, 3, "not UTF-8"},
		{"empty file", "", false, 1, "empty"},
		{"unknown partner", "partner;name\nНет такого;Иван\n", true, 2, `no partner is named "Нет такого"`},
		{"bad birthday", "partner;name;birthday\nAcme Ltd;Иван;31.02.1990\n", true, 2, "not a date"},
		{"future birthday", "partner;name;birthday\nAcme Ltd;Иван;2999-01-01\n", true, 2, "birthday"},
		{"unknown role", "partner;name;roles\nAcme Ltd;Иван;Директор\n", true, 2, `no role is named "Директор"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			if tc.persons {
				var got []*data.Person
				got, err = csvio.ReadPersons(strings.NewReader(tc.file), c)
				if got != nil {
					t.Errorf("returned %d persons with an error", len(got))
				}
			} else {
				var got []*data.Partner
				got, err = csvio.ReadPartners(strings.NewReader(tc.file), c)
				if got != nil {
					t.Errorf("returned %d partners with an error", len(got))
				}
			}
			var le *csvio.LineError
			if !errors.As(err, &le) || le.Line != tc.line || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want line %d mentioning %q", err, tc.line, tc.want)
			}
		})
	}
}

func TestSaveCatalogBatch_AllOrNothing(t *testing.T) {
	s := fixture(t)
	c := catalog(t, s)
	good := &data.Partner{Name: "Новый партнёр"}
	bad := &data.Person{Partner: 9999, Name: "Без партнёра"}
	if err := s.SaveCatalogBatch([]*data.Partner{good}, []*data.Person{bad}); err == nil {
		t.Fatal("a batch with an unknown partner was saved")
	}
	if good.ID != 0 {
		t.Errorf("the refused new partner kept id %d", good.ID)
	}
	after := catalog(t, s)
	if len(after.Partners) != len(c.Partners) || len(after.Persons) != len(c.Persons) {
		t.Errorf("a refused batch wrote records: %d partners, %d persons", len(after.Partners), len(after.Persons))
	}
}
