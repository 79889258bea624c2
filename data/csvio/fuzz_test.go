package csvio_test

import (
	"bytes"
	"testing"

	"interactions/data"
	"interactions/data/csvio"
)

// fuzzCatalog is a small catalog held in memory, so that the fuzz
// targets need no store.
func fuzzCatalog() *csvio.Catalog {
	return &csvio.Catalog{
		Employees: []data.Employee{{ID: 1, Name: "Иванов Иван"}},
		Groups:    []data.PartnerGroup{{ID: 1, Name: "Москва"}},
		Partners: []data.Partner{{ID: 1, Name: "ООО «Ромашка»", Kinds: data.PartnerClient},
			{ID: 2, Name: "Acme Ltd", ContactInfo: []data.ContactInfo{{Kind: data.CIPhone, Value: "+74951234567"}}}},
		Roles:   []data.Role{{ID: 1, Name: "Бухгалтер"}},
		Persons: []data.Person{{ID: 1, Partner: 1, Name: "Семёнов Пётр"}},
	}
}

var fuzzSeeds = []string{
	"\ufeffid;name;full_name;kinds;manager;group;phone;email;postal;legal;website;other;comment\r\n1;ООО «Ромашка»;;client;Иванов Иван;Москва;+7 (495) 123-45-67;a@b.ru;;;;;\"x;\ny\"\r\n",
	"name,kinds\nНовый,\"client,supplier\"\n",
	"partner;name;roles;birthday;inactive\nAcme Ltd;John;Бухгалтер;01.02.1990;да\n",
	"id,partner,name\n1,ООО «Ромашка»,Семёнов Пётр\n",
	"name\n\"open\n",
	"",
}

// FuzzReadPartners feeds any bytes to the partners reader: it must not
// panic, and what it accepts must be valid partners it can write again.
func FuzzReadPartners(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	c := fuzzCatalog()
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, err := csvio.ReadPartners(bytes.NewReader(raw), c)
		if err != nil {
			if got != nil {
				t.Fatalf("ReadPartners returned %d partners with the error %v", len(got), err)
			}
			return
		}
		out := &csvio.Catalog{Partners: make([]data.Partner, len(got))}
		for i, p := range got {
			if err := p.Validate(); err != nil {
				t.Fatalf("ReadPartners accepted an invalid partner %+v: %v", p, err)
			}
			out.Partners[i] = *p
		}
		var buf bytes.Buffer
		if err := csvio.WritePartners(&buf, out, csvio.Options{}); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzReadPersons feeds any bytes to the contact persons reader: it must
// not panic, and what it accepts must be valid persons of known partners.
func FuzzReadPersons(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	c := fuzzCatalog()
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, err := csvio.ReadPersons(bytes.NewReader(raw), c)
		if err != nil {
			if got != nil {
				t.Fatalf("ReadPersons returned %d persons with the error %v", len(got), err)
			}
			return
		}
		for _, p := range got {
			if err := p.Validate(); err != nil {
				t.Fatalf("ReadPersons accepted an invalid person %+v: %v", p, err)
			}
			if p.Partner != 1 && p.Partner != 2 {
				t.Fatalf("ReadPersons gave partner %d, not a stored one", p.Partner)
			}
		}
	})
}
