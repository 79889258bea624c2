// Package vcard writes contact persons as vCard (.vcf: 4.0, or 3.0 on
// request) and reads vCard 3.0 and 4.0 files back into contact persons,
// matching the stored ones by e-mail or normalised phone number so that
// an import never doubles a person.
package vcard

import (
	"io"
	"strconv"
	"strings"

	govcard "github.com/emersion/go-vcard"

	"interactions/data"
)

// Catalog is what the format looks names up in: the stored partners,
// roles and contact persons.
type Catalog struct {
	Partners []data.Partner
	Roles    []data.Role
	Persons  []data.Person
}

// Names of this program's own parts of a card: the legal address's type
// and contact information of no standard kind.
const (
	typeLegal  = "x-legal"
	fieldOther = "X-INTERACTIONS-OTHER"
)

// Version is a vCard version this package writes.
type Version string

// The versions written.
const (
	V4 Version = "4.0"
	V3 Version = "3.0"
)

// Write writes the persons as vCards of version v: FN and N, the partner
// as ORG, the position as TITLE, one ROLE per role, TEL, EMAIL, ADR, URL,
// BDAY and NOTE.
func Write(w io.Writer, persons []data.Person, c *Catalog, v Version) error {
	partner := map[data.ID]string{}
	for _, p := range c.Partners {
		partner[p.ID] = p.Name
	}
	role := map[data.ID]string{}
	for _, r := range c.Roles {
		role[r.ID] = r.Name
	}
	enc := govcard.NewEncoder(w)
	for i := range persons {
		if err := enc.Encode(card(&persons[i], partner, role, v)); err != nil {
			return err
		}
	}
	return nil
}

// component makes text safe as one component of a structured value.
func component(s string) string { return strings.ReplaceAll(s, ";", ",") }

func card(p *data.Person, partner, role map[data.ID]string, v Version) govcard.Card {
	c := govcard.Card{}
	c.SetValue(govcard.FieldVersion, string(v))
	c.SetValue(govcard.FieldUID, "urn:interactions:person:"+strconv.FormatUint(uint64(p.ID), 10))
	c.SetValue(govcard.FieldFormattedName, p.Name)
	f := strings.Fields(p.Name)
	n := &govcard.Name{}
	switch len(f) {
	case 0:
	case 1:
		n.FamilyName = component(f[0])
	default:
		n.FamilyName, n.GivenName = component(f[0]), component(f[1])
		n.AdditionalName = component(strings.Join(f[2:], " "))
	}
	c.SetName(n)
	if name := partner[p.Partner]; name != "" {
		c.SetValue(govcard.FieldOrganization, component(name))
	}
	if p.Position != "" {
		c.SetValue(govcard.FieldTitle, p.Position)
	}
	for _, r := range p.Roles {
		if name := role[r]; name != "" {
			c.AddValue(govcard.FieldRole, name)
		}
	}
	for _, ci := range p.ContactInfo {
		switch ci.Kind {
		case data.CIPhone:
			c.Add(govcard.FieldTelephone, typed(ci.Value, "work", v))
		case data.CIEmail:
			c.Add(govcard.FieldEmail, typed(ci.Value, "work", v))
		case data.CIPostal:
			c.AddAddress(&govcard.Address{Field: typed("", "work", v), StreetAddress: component(ci.Value)})
		case data.CILegal:
			c.AddAddress(&govcard.Address{Field: typed("", typeLegal, v), StreetAddress: component(ci.Value)})
		case data.CIWebsite:
			c.AddValue(govcard.FieldURL, ci.Value)
		case data.CIOther:
			c.AddValue(fieldOther, ci.Value)
		}
	}
	if !p.Birthday.IsZero() {
		layout := "20060102"
		if v == V3 {
			layout = "2006-01-02"
		}
		c.SetValue(govcard.FieldBirthday, p.Birthday.Format(layout))
	}
	if p.Comment != "" {
		c.AddValue(govcard.FieldNote, p.Comment)
	}
	return c
}

func typed(value, typ string, v Version) *govcard.Field {
	f := &govcard.Field{Value: value, Params: govcard.Params{}}
	if v == V3 {
		typ = strings.ToUpper(typ)
	}
	f.Params.Set(govcard.ParamType, typ)
	return f
}
