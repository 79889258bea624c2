package reports_test

import (
	"path/filepath"
	"testing"
	"time"

	"interactions/data"
)

// printed is the fixed "printed" time of the tests' reports.
var printed = time.Date(2026, 3, 10, 12, 30, 0, 0, time.Local)

// fixture is a small known data set: two managers, three partners in two
// groups, their contact information, contact persons with roles.
type fixture struct {
	st                      *data.Store
	anna, oleg              *data.Employee
	romashka, vector, lotos *data.Partner
	moscow, spb             *data.PartnerGroup
	director, accountant    *data.Role
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	st, err := data.Open(filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	st.Now = func() time.Time { return printed }
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	f := &fixture{st: st}
	f.anna = &data.Employee{Name: "Смирнова Анна"}
	f.oleg = &data.Employee{Name: "Сидоров Олег"}
	must(st.SaveEmployee(f.anna))
	must(st.SaveEmployee(f.oleg))
	f.moscow = &data.PartnerGroup{Name: "Москва"}
	must(st.SavePartnerGroup(f.moscow))
	f.spb = &data.PartnerGroup{Name: "Санкт-Петербург"}
	must(st.SavePartnerGroup(f.spb))
	f.romashka = &data.Partner{Name: "ООО «Ромашка»", Kinds: data.PartnerClient, Manager: f.anna.ID, Group: f.moscow.ID,
		ContactInfo: []data.ContactInfo{
			{Kind: data.CIWebsite, Value: "romashka.example"},
			{Kind: data.CIPhone, Value: "+7 495 123-45-67", Comment: "секретарь"},
			{Kind: data.CIEmail, Value: "info@romashka.example"},
			{Kind: data.CILegal, Value: "115114, г. Москва, Дербеневская наб., д. 7, стр. 2, офис 415"},
		}}
	f.vector = &data.Partner{Name: "АО «Вектор»", Kinds: data.PartnerSupplier | data.PartnerClient, Manager: f.oleg.ID, Group: f.spb.ID,
		ContactInfo: []data.ContactInfo{{Kind: data.CIPhone, Value: "+7 812 555-00-11"}}}
	f.lotos = &data.Partner{Name: "ИП Лотос", Kinds: data.PartnerSupplier}
	for _, p := range []*data.Partner{f.romashka, f.vector, f.lotos} {
		must(st.SavePartner(p))
	}
	f.director = &data.Role{Name: "Директор"}
	f.accountant = &data.Role{Name: "Главный бухгалтер"}
	must(st.SaveRole(f.director))
	must(st.SaveRole(f.accountant))
	for _, p := range []*data.Person{
		{Partner: f.romashka.ID, Name: "Семёнов Пётр", Position: "Генеральный директор", Roles: []data.ID{f.director.ID},
			ContactInfo: []data.ContactInfo{{Kind: data.CIPhone, Value: "+7 916 123-45-67"}, {Kind: data.CIPhone, Value: "+7 495 123-45-68"}, {Kind: data.CIEmail, Value: "petr@romashka.example"}}},
		{Partner: f.romashka.ID, Name: "Иванова Мария", Position: "Главный бухгалтер", Roles: []data.ID{f.accountant.ID},
			ContactInfo: []data.ContactInfo{{Kind: data.CIEmail, Value: "buh@romashka.example"}}},
		{Partner: f.vector.ID, Name: "Козлов Андрей", Roles: []data.ID{f.director.ID, f.accountant.ID}},
		{Partner: f.vector.ID, Name: "Уволен Сергей", Inactive: true},
	} {
		must(st.SavePerson(p))
	}
	return f
}

func (f *fixture) setRoles(t testing.TB, on bool) {
	t.Helper()
	set := f.st.Settings()
	set.Options.UseContactRoles = on
	if err := f.st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
}
