package csvio

import (
	"strings"

	"interactions/data"
)

// Catalog is what the catalog formats look names up in: the stored
// employees, partner groups, partners, roles and contact persons.
type Catalog struct {
	Employees []data.Employee
	Groups    []data.PartnerGroup
	Partners  []data.Partner
	Roles     []data.Role
	Persons   []data.Person
}

// LoadCatalog reads the catalogs the formats need from the store.
func LoadCatalog(s *data.Store) (*Catalog, error) {
	var c Catalog
	var err error
	if c.Employees, err = s.Employees(); err != nil {
		return nil, err
	}
	if c.Groups, err = s.PartnerGroups(); err != nil {
		return nil, err
	}
	if c.Partners, err = s.Partners(); err != nil {
		return nil, err
	}
	if c.Roles, err = s.Roles(); err != nil {
		return nil, err
	}
	if c.Persons, err = s.Persons(); err != nil {
		return nil, err
	}
	return &c, nil
}

// fold is the form names are compared in: trimmed, case folded, spaces
// collapsed, ё as е.
func fold(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(s), " ")), "ё", "е")
}

// nameIndex maps folded names to ids; a name two records share maps to 0.
func nameIndex[T any](list []T, key func(*T) (data.ID, string)) map[string]data.ID {
	m := make(map[string]data.ID, len(list))
	for i := range list {
		id, name := key(&list[i])
		f := fold(name)
		if _, dup := m[f]; dup {
			m[f] = 0
			continue
		}
		m[f] = id
	}
	return m
}

// contactColumns are the CSV columns of contact information, one per kind.
var contactColumns = []struct {
	col  string
	kind data.ContactKind
}{
	{"phone", data.CIPhone}, {"email", data.CIEmail}, {"postal", data.CIPostal},
	{"legal", data.CILegal}, {"website", data.CIWebsite}, {"other", data.CIOther},
}

// contactValues joins the values of one kind, a line each.
func contactValues(ci []data.ContactInfo, k data.ContactKind) string {
	var vals []string
	for _, c := range ci {
		if c.Kind == k {
			vals = append(vals, c.Value)
		}
	}
	return strings.Join(vals, "\n")
}

// parseContacts reads the contact columns of a row; a cell may hold
// several values, a line each.
func parseContacts(t *table, row []string) []data.ContactInfo {
	var ci []data.ContactInfo
	for _, cc := range contactColumns {
		for _, v := range strings.Split(t.get(row, cc.col), "\n") {
			if v = strings.TrimSpace(v); v != "" {
				ci = append(ci, data.ContactInfo{Kind: cc.kind, Value: v})
			}
		}
	}
	return ci
}

// mergeContacts keeps the comments of stored entries whose kind and
// value the file repeats (phone numbers and e-mail addresses compared
// normalised).
func mergeContacts(old, fresh []data.ContactInfo) []data.ContactInfo {
	for i := range fresh {
		for _, o := range old {
			if sameContact(o, fresh[i]) {
				fresh[i].Comment = o.Comment
				break
			}
		}
	}
	return fresh
}
