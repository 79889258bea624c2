package vcard_test

import (
	"bytes"
	"testing"

	"interactions/data"
	"interactions/data/vcard"
)

// FuzzRead feeds any bytes to the vCard reader: it must not panic,
// nothing is returned with an error, and what it accepts must be valid
// persons it can write again.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Семёнов Пётр\r\nN:Семёнов;Пётр;;;\r\nORG:Acme Ltd\r\nTEL;TYPE=work:+7 495 123-45-67\r\nEMAIL:p@acme.com\r\nBDAY:19800517\r\nADR;TYPE=x-legal:;;ул. Ленина\\, 1;Москва;;;\r\nROLE:Бухгалтер\r\nNOTE:строка\\nещё\r\nEND:VCARD\r\n",
		"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nTEL;TYPE=CELL:8 (900) 111-22-33\r\nEMAIL;TYPE=INTERNET:a@b.c\r\n folded\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna 2\r\nEMAIL:A@B.C\r\nEND:VCARD\r\n",
		"BEGIN:VCARD\r\nFN:x\r\n",
		"hello",
		"",
	} {
		f.Add([]byte(s))
	}
	c := &vcard.Catalog{
		Partners: []data.Partner{{ID: 1, Name: "Acme Ltd"}},
		Roles:    []data.Role{{ID: 1, Name: "Бухгалтер"}},
		Persons:  []data.Person{{ID: 1, Partner: 1, Name: "Стоящий", ContactInfo: []data.ContactInfo{{Kind: data.CIEmail, Value: "a@b.c"}}}},
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		res, err := vcard.Read(bytes.NewReader(raw), c, 1)
		if err != nil {
			if res != nil {
				t.Fatalf("Read returned a result with the error %v", err)
			}
			return
		}
		persons := make([]data.Person, len(res.Persons))
		for i, p := range res.Persons {
			if err := p.Validate(); err != nil {
				t.Fatalf("Read accepted an invalid person %+v: %v", p, err)
			}
			persons[i] = *p
		}
		if err := vcard.Write(&bytes.Buffer{}, persons, c, vcard.V4); err != nil {
			t.Fatal(err)
		}
	})
}
