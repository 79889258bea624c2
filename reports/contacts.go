package reports

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"interactions/data"
)

// ContactQuery chooses the contact persons of Contact information by
// contact persons: those of the chosen partners holding the role (any
// role when 0).
type ContactQuery struct {
	Partners PartnerQuery
	Role     data.ID
}

// PersonContacts builds Contact information by contact persons
// (Контактная информация по контактным лицам): for each chosen partner,
// each active contact person with roles, position, phones and e-mail.
// With the option "Contact person roles" off it builds no table and says
// which setting turns the report on.
func PersonContacts(st Store, q ContactQuery, l Lang, printed time.Time) (*Report, error) {
	r := &Report{Title: l.T("title.contacts"), Lang: l, Printed: printed, Landscape: true}
	if !st.Settings().Options.Shows(data.PartPersonsReport) {
		r.Notice = l.T("notice.contactRoles")
		return r, nil
	}
	partners, err := selectPartners(st, q.Partners)
	if err != nil {
		return nil, err
	}
	r.Params = partnerParams(st, q.Partners, partners, l)
	roles, err := st.Roles()
	if err != nil {
		return nil, err
	}
	roleName := map[data.ID]string{}
	for _, ro := range roles {
		roleName[ro.ID] = ro.Name
	}
	if q.Role != 0 {
		r.Params = append(r.Params, Param{l.T("param.role"), roleName[q.Role]})
	}
	persons, err := st.Persons()
	if err != nil {
		return nil, err
	}
	byPartner := map[data.ID][]data.Person{}
	for _, p := range persons {
		if !p.Inactive && (q.Role == 0 || slices.Contains(p.Roles, q.Role)) {
			byPartner[p.Partner] = append(byPartner[p.Partner], p)
		}
	}
	r.Columns = []Column{{Title: l.T("col.partner"), Width: 40}, {Title: l.T("col.person"), Width: 40},
		{Title: l.T("col.roles"), Width: 40}, {Title: l.T("col.position"), Width: 35},
		{Title: l.T("col.phones"), Width: 40}, {Title: l.T("col.emails"), Width: 50}}
	for _, partner := range partners {
		ps := byPartner[partner.ID]
		slices.SortStableFunc(ps, func(a, b data.Person) int { return cmp.Compare(a.Name, b.Name) })
		for i, p := range ps {
			var rs, phones, mails []string
			for _, id := range p.Roles {
				rs = append(rs, roleName[id])
			}
			for _, ci := range p.ContactInfo {
				switch ci.Kind {
				case data.CIPhone:
					phones = append(phones, ci.Value)
				case data.CIEmail:
					mails = append(mails, ci.Value)
				}
			}
			name := ""
			if i == 0 {
				name = partner.Name
			}
			r.Rows = append(r.Rows, Row{Cells: []string{name, p.Name, strings.Join(rs, ", "), p.Position,
				strings.Join(phones, "\n"), strings.Join(mails, "\n")}})
		}
	}
	if len(r.Rows) == 0 {
		r.Notice = l.T("empty")
	}
	return r, nil
}
