package demo

import (
	"strconv"
	"strings"

	"interactions/data"
)

// buildPartners makes n partners, each with every kind of contact
// information, a manager, a group and one to four contact persons.
func (g *generator) buildPartners(n int) {
	lx := g.lx
	cityWeights := make([]int, len(lx.cities))
	for i, c := range lx.cities {
		cityWeights[i] = c.weight
	}
	names, titles, domains, mails := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	g.cat.partnerPersons = make([][]int32, n)
	var all, clients []int32
	for i := range n {
		c := &lx.cities[g.weighted(cityWeights)]
		form := g.legalForm(c)
		p := data.Partner{ID: data.ID(i + 1), Kinds: g.partnerKinds(), Manager: pick(g, g.cat.active)}
		if i == 0 {
			p.Kinds |= data.PartnerClient // there is always a client to make deals with
		}
		var owner name
		var base string
		if form.sole {
			for {
				owner = g.newName()
				short := initials(owner.first, owner.middle, owner.last)
				if lx.lang == data.LangEnglish {
					p.Name, p.FullName = short+" ("+form.short+")", owner.full()+", "+form.full
				} else {
					p.Name, p.FullName = form.short+" "+short, form.full+" "+owner.full()
				}
				if !names[p.Name] {
					break
				}
			}
			base = slug(owner.last, "") + "-" + pick(g, []string{"shop", "trade", "service", "supply"})
		} else {
			title := g.companyTitle(titles)
			if lx.lang == data.LangEnglish {
				p.Name, p.FullName = title+" "+form.short, title+" "+form.full
			} else {
				p.Name, p.FullName = form.short+" «"+title+"»", form.full+" «"+title+"»"
			}
			base = slug(title, "-")
		}
		names[p.Name] = true
		domain := uniqueDomain(domains, base, g.tld(c))
		switch {
		case p.Kinds&data.PartnerClient != 0:
			p.Group = data.ID(c.group)
		case p.Kinds&data.PartnerSupplier != 0:
			p.Group = data.ID(lx.supplierGroup)
		case p.Kinds&data.PartnerCompetitor != 0:
			p.Group = data.ID(lx.competitorGroup)
		default:
			p.Group = data.ID(lx.otherGroup)
		}
		phone, email := g.office(c), pick(g, lx.mailboxes)+"@"+domain
		postal, legal := g.address(c), ""
		if g.chance(0.55) {
			legal = postal
		} else {
			legal = g.address(c)
		}
		site := "https://" + domain
		if g.chance(0.5) {
			site = "www." + domain
		}
		p.ContactInfo = []data.ContactInfo{
			{Kind: data.CIPhone, Value: phone}, {Kind: data.CIEmail, Value: email},
			{Kind: data.CIPostal, Value: postal}, {Kind: data.CILegal, Value: legal},
			{Kind: data.CIWebsite, Value: site},
		}
		if g.chance(0.15) {
			p.Comment = pick(g, lx.partnerComments)
		}
		g.ds.Partners = append(g.ds.Partners, p)
		g.cat.partners = append(g.cat.partners, newParty(data.Ref{Kind: data.RefPartner, ID: p.ID}, p.Name, phone, email))
		g.cat.partnerPlace = append(g.cat.partnerPlace, postal)
		g.cat.partnerManager = append(g.cat.partnerManager, p.Manager)
		all = append(all, int32(i))
		if p.Kinds&data.PartnerClient != 0 {
			clients = append(clients, int32(i))
		}

		if form.sole {
			g.addPerson(i, owner, lx.sole, c, domain, mails)
		} else {
			g.addPerson(i, g.newName(), lx.director, c, domain, mails)
		}
		for range g.weighted([]int{35, 30, 20, 15}) {
			g.addPerson(i, g.newName(), pick(g, lx.positions), c, domain, mails)
		}
	}
	g.cat.anyPartner = g.newSampler(all)
	g.cat.client = g.newSampler(clients)
}

// legalForm draws a legal form used in the city's country.
func (g *generator) legalForm(c *city) legalForm {
	weights := make([]int, len(g.lx.legalForms))
	for i, f := range g.lx.legalForms {
		if f.country == anyCountry || f.country == c.country {
			weights[i] = f.weight
		}
	}
	return g.lx.legalForms[g.weighted(weights)]
}

// partnerKinds draws the kinds of a partner: mostly clients.
func (g *generator) partnerKinds() data.PartnerKind {
	switch x := g.intn(100); {
	case x < 74:
		return data.PartnerClient
	case x < 86:
		return data.PartnerSupplier
	case x < 91:
		return data.PartnerClient | data.PartnerSupplier
	case x < 95:
		return data.PartnerCompetitor
	}
	return data.PartnerOther
}

// companyTitle draws a company name not yet in seen: «Техноснаб-М»,
// «Ёлка», "Brightwater Logistics", "Harris & Webb".
func (g *generator) companyTitle(seen map[string]bool) string {
	lx := g.lx
	for {
		var t string
		if lx.lang == data.LangEnglish {
			switch x := g.intn(10); {
			case x < 4:
				t = pick(g, lx.companyHeads) + pick(g, lx.companyTails) + " " + pick(g, lx.industries)
			case x < 7:
				t = pick(g, lx.companyWords) + " " + pick(g, lx.industries)
			case x < 9:
				t = pick(g, lx.lastNames) + " & " + pick(g, lx.lastNames)
			default:
				t = pick(g, lx.companyHeads) + pick(g, lx.companyTails)
			}
		} else {
			if g.chance(0.45) {
				t = pick(g, lx.companyWords)
			} else {
				h, tail := pick(g, lx.companyHeads), pick(g, lx.companyTails)
				if strings.EqualFold(h, tail) || h+tail == "Газпром" {
					continue
				}
				t = h + tail
			}
			t += pick(g, lx.companyMods)
		}
		if !seen[t] {
			seen[t] = true
			return t
		}
	}
}

// tld draws the top-level domain of a company in the city.
func (g *generator) tld(c *city) string {
	x := g.intn(100)
	switch c.country {
	case britain:
		if x < 75 {
			return ".co.uk"
		}
		return ".com"
	case america:
		if x < 85 {
			return ".com"
		} else if x < 95 {
			return ".net"
		}
		return ".io"
	}
	switch {
	case x < 80:
		return ".ru"
	case x < 90:
		return ".com"
	case x < 95:
		return ".net"
	}
	return ".org"
}

// uniqueDomain returns base+tld, numbered until it is not in seen.
func uniqueDomain(seen map[string]bool, base, tld string) string {
	if base == "" {
		base = "company"
	}
	d := base + tld
	for i := 2; seen[d]; i++ {
		d = base + strconv.Itoa(i) + tld
	}
	seen[d] = true
	return d
}
