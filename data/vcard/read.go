package vcard

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	govcard "github.com/emersion/go-vcard"

	"interactions/data"
	"interactions/data/phone"
)

// MaxFileBytes is the largest vCard file Read accepts.
const MaxFileBytes = 64 << 20

// CardError is a fatal error of an imported file: the card (1 is the
// first), its name when it has one, and what is wrong.
type CardError struct {
	Card int
	Name string
	Err  error
}

func (e *CardError) Error() string {
	if e.Name != "" {
		return fmt.Sprintf("card %d (%s): %v", e.Card, e.Name, e.Err)
	}
	return fmt.Sprintf("card %d: %v", e.Card, e.Err)
}

func (e *CardError) Unwrap() error { return e.Err }

// Result is what Read makes of a file: the persons to save, new ones
// with a zero id, and how many cards were merged into a person already
// stored or already read.
type Result struct {
	Persons []*data.Person
	Matched int
}

// Read reads vCard 3.0 and 4.0 cards. A card whose e-mail address or
// normalised phone number a stored person (or an earlier card) has
// updates that person: new contact information is added, the name,
// position, roles, birthday and note taken when the card has them. ORG
// names the partner (a stored one); a card without a known ORG goes to
// fallback, or, when fallback is 0, fails the file. Roles name stored
// roles; unknown ones are left out. The first bad card fails the whole
// file with a *CardError, and nothing is returned then.
func Read(r io.Reader, c *Catalog, fallback data.ID) (*Result, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(raw) > MaxFileBytes {
		return nil, fmt.Errorf("the file is larger than %d MiB", MaxFileBytes>>20)
	}
	raw = bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF})
	m := newMatcher(c)
	partners := map[string]data.ID{}
	for _, p := range c.Partners {
		partners[fold(p.Name)] = p.ID
	}
	roles := map[string]data.ID{}
	for _, r := range c.Roles {
		roles[fold(r.Name)] = r.ID
	}
	res := &Result{}
	dec := govcard.NewDecoder(bytes.NewReader(raw))
	for n := 1; ; n++ {
		card, err := dec.Decode()
		if errors.Is(err, io.EOF) {
			if n == 1 && len(bytes.TrimSpace(raw)) > 0 {
				return nil, &CardError{Card: 1, Err: errors.New("no vCard found (BEGIN:VCARD missing)")}
			}
			break
		}
		name := ""
		if card != nil {
			name = cardName(card)
		}
		fail := func(err error) error { return &CardError{Card: n, Name: name, Err: err} }
		if err != nil {
			return nil, fail(errors.New(strings.TrimPrefix(err.Error(), "vcard: ")))
		}
		if name == "" {
			return nil, fail(errors.New("the card has no name (FN or N)"))
		}
		ci := contactInfo(card)
		p, known := m.find(ci)
		if known {
			res.Matched++
		} else {
			p = &data.Person{}
		}
		p.Name = name
		if org := strings.TrimSpace(card.Value(govcard.FieldOrganization)); org != "" {
			org = strings.TrimSpace(strings.Split(org, ";")[0])
			if id, ok := partners[fold(org)]; ok {
				p.Partner = id
			} else if p.Partner == 0 && fallback == 0 {
				return nil, fail(fmt.Errorf("no partner is named %q (name one for such cards)", org))
			}
		}
		if p.Partner == 0 {
			if fallback == 0 {
				return nil, fail(errors.New("the card names no partner (ORG); name one for such cards"))
			}
			p.Partner = fallback
		}
		if t := strings.TrimSpace(card.Value(govcard.FieldTitle)); t != "" {
			p.Position = t
		}
		for _, rn := range card.Values(govcard.FieldRole) {
			if id, ok := roles[fold(rn)]; ok && !hasID(p.Roles, id) {
				p.Roles = append(p.Roles, id)
			}
		}
		p.ContactInfo = addContacts(p.ContactInfo, ci)
		if bd := strings.TrimSpace(card.Value(govcard.FieldBirthday)); bd != "" {
			d, err := parseBirthday(bd)
			if err != nil {
				return nil, fail(err)
			}
			p.Birthday = d
		}
		if notes := card.Values(govcard.FieldNote); len(notes) > 0 {
			p.Comment = strings.Join(notes, "\n")
		}
		if err := p.Validate(); err != nil {
			return nil, fail(err)
		}
		if !m.listed[p] {
			res.Persons = append(res.Persons, p)
		}
		m.listed[p] = true
		m.add(p)
	}
	return res, nil
}

// cardName is the card's formatted name, else its N joined.
func cardName(card govcard.Card) string {
	if fn := strings.Join(strings.Fields(card.Value(govcard.FieldFormattedName)), " "); fn != "" {
		return fn
	}
	if n := card.Name(); n != nil {
		return strings.Join(strings.Fields(strings.Join([]string{n.FamilyName, n.GivenName, n.AdditionalName}, " ")), " ")
	}
	return ""
}

// contactInfo reads the card's phones, e-mails, addresses, web sites and
// this program's other entries.
func contactInfo(card govcard.Card) []data.ContactInfo {
	var ci []data.ContactInfo
	add := func(k data.ContactKind, v string) {
		if v = strings.TrimSpace(v); v != "" {
			ci = append(ci, data.ContactInfo{Kind: k, Value: v})
		}
	}
	for _, v := range card.Values(govcard.FieldTelephone) {
		add(data.CIPhone, strings.TrimPrefix(v, "tel:"))
	}
	for _, v := range card.Values(govcard.FieldEmail) {
		add(data.CIEmail, strings.TrimPrefix(v, "mailto:"))
	}
	for _, a := range card.Addresses() {
		var parts []string
		for _, s := range []string{a.PostOfficeBox, a.ExtendedAddress, a.StreetAddress, a.Locality, a.Region, a.PostalCode, a.Country} {
			if s = strings.TrimSpace(s); s != "" {
				parts = append(parts, s)
			}
		}
		k := data.CIPostal
		if a.Field != nil && a.Params.HasType(typeLegal) {
			k = data.CILegal
		}
		add(k, strings.Join(parts, ", "))
	}
	for _, v := range card.Values(govcard.FieldURL) {
		add(data.CIWebsite, v)
	}
	for _, v := range card.Values(fieldOther) {
		add(data.CIOther, v)
	}
	return ci
}

// addContacts adds the entries of fresh that old has not got (phones
// compared normalised, e-mails without regard to case).
func addContacts(old, fresh []data.ContactInfo) []data.ContactInfo {
	for _, f := range fresh {
		dup := false
		for _, o := range old {
			if o.Kind == f.Kind && contactKey(o) == contactKey(f) {
				dup = true
				break
			}
		}
		if !dup {
			old = append(old, f)
		}
	}
	return old
}

// contactKey is the form an entry is compared in.
func contactKey(c data.ContactInfo) string {
	switch c.Kind {
	case data.CIPhone:
		return phone.Normalize(c.Value)
	case data.CIEmail:
		return strings.ToLower(strings.TrimSpace(c.Value))
	}
	// An address's ";" is written as "," (it separates parts in vCard).
	return strings.ReplaceAll(strings.TrimSpace(c.Value), ";", ",")
}

// parseBirthday reads the date forms of vCard 3.0 and 4.0: YYYYMMDD,
// YYYY-MM-DD, either with a time after it, and --MMDD without a year is
// refused.
func parseBirthday(s string) (time.Time, error) {
	day, _, _ := strings.Cut(s, "T")
	for _, layout := range []string{"20060102", "2006-01-02"} {
		if d, err := time.ParseInLocation(layout, day, time.Local); err == nil {
			return d, nil
		}
	}
	return time.Time{}, fmt.Errorf("birthday %q is not a full date (want YYYYMMDD or YYYY-MM-DD)", s)
}

func hasID(list []data.ID, id data.ID) bool {
	for _, x := range list {
		if x == id {
			return true
		}
	}
	return false
}

// fold is the form names are compared in.
func fold(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(s), " ")), "ё", "е")
}
