package reports

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"interactions/data"
)

// PartnerQuery chooses the partners of the contact reports: the partners
// chosen by id, those of a group (its subgroups too) and those of a kind.
// The conditions given must all hold; none given means every partner.
type PartnerQuery struct {
	IDs   []data.ID
	Group data.ID
	Kind  data.PartnerKind
}

// selectPartners returns the partners q chooses, by name.
func selectPartners(st Store, q PartnerQuery) ([]data.Partner, error) {
	all, err := st.Partners()
	if err != nil {
		return nil, err
	}
	inGroup := func(data.ID) bool { return true }
	if q.Group != 0 {
		groups, err := st.PartnerGroups()
		if err != nil {
			return nil, err
		}
		parent := map[data.ID]data.ID{}
		for _, g := range groups {
			parent[g.ID] = g.Parent
		}
		inGroup = func(g data.ID) bool {
			for seen := 0; g != 0 && seen <= len(parent); seen++ {
				if g == q.Group {
					return true
				}
				g = parent[g]
			}
			return false
		}
	}
	var out []data.Partner
	for _, p := range all {
		if (len(q.IDs) == 0 || slices.Contains(q.IDs, p.ID)) && inGroup(p.Group) && (q.Kind == 0 || p.Kinds&q.Kind != 0) {
			out = append(out, p)
		}
	}
	slices.SortStableFunc(out, func(a, b data.Partner) int {
		return cmp.Compare(data.Fold(a.Name), data.Fold(b.Name))
	})
	return out, nil
}

// partnerParams are the heading's lines of a partner query.
func partnerParams(st Store, q PartnerQuery, chosen []data.Partner, l Lang) []Param {
	var ps []Param
	if len(q.IDs) > 0 {
		var names []string
		for _, p := range chosen {
			names = append(names, p.Name)
		}
		ps = append(ps, Param{l.T("param.partners"), strings.Join(names, ", ")})
	}
	if q.Group != 0 {
		groups, _ := st.PartnerGroups()
		name := ""
		for _, g := range groups {
			if g.ID == q.Group {
				name = g.Name
			}
		}
		ps = append(ps, Param{l.T("param.group"), name})
	}
	if q.Kind != 0 {
		ps = append(ps, Param{l.T("param.kind"), l.PartnerKinds(q.Kind)})
	}
	if len(ps) == 0 {
		ps = append(ps, Param{l.T("param.partners"), l.T("value.all")})
	}
	return ps
}

// ciOrder is the order of contact information in the reports: phones,
// e-mail, addresses, website, the rest.
var ciOrder = []data.ContactKind{data.CIPhone, data.CIEmail, data.CIPostal, data.CILegal, data.CIWebsite, data.CIOther}

func sortedInfo(ci []data.ContactInfo) []data.ContactInfo {
	out := slices.Clone(ci)
	slices.SortStableFunc(out, func(a, b data.ContactInfo) int {
		return slices.Index(ciOrder, a.Kind) - slices.Index(ciOrder, b.Kind)
	})
	return out
}

// PartnerContacts builds Partner contact information (Контактная
// информация партнеров): every chosen partner with its kinds and manager,
// and a row per entry of its contact information (phones, e-mail,
// addresses, website) with its comment.
func PartnerContacts(st Store, q PartnerQuery, l Lang, printed time.Time) (*Report, error) {
	partners, err := selectPartners(st, q)
	if err != nil {
		return nil, err
	}
	emps, err := employeeNames(st)
	if err != nil {
		return nil, err
	}
	r := &Report{Title: l.T("title.partners"), Lang: l, Printed: printed, Landscape: true,
		Params: partnerParams(st, q, partners, l),
		Columns: []Column{{Title: l.T("col.partner"), Width: 45}, {Title: l.T("col.kinds"), Width: 25},
			{Title: l.T("col.manager"), Width: 35}, {Title: l.T("col.infoKind"), Width: 30},
			{Title: l.T("col.value"), Width: 70}, {Title: l.T("col.comment"), Width: 45}}}
	for _, p := range partners {
		first := []string{p.Name, l.PartnerKinds(p.Kinds), emps[p.Manager]}
		info := sortedInfo(p.ContactInfo)
		if len(info) == 0 {
			r.Rows = append(r.Rows, Row{Cells: append(first, "", "", "")})
			continue
		}
		for i, ci := range info {
			lead := []string{"", "", ""}
			if i == 0 {
				lead = first
			}
			r.Rows = append(r.Rows, Row{Cells: append(lead, l.ContactKind(ci.Kind), ci.Value, ci.Comment)})
		}
	}
	if len(r.Rows) == 0 {
		r.Notice = l.T("empty")
	}
	return r, nil
}
