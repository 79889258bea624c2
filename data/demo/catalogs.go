package demo

import (
	"math"
	"sort"
	"strconv"

	"interactions/data"
)

// catalogs is the generator's view of the reference data, shaped for
// drawing the contacts of millions of interactions quickly.
type catalogs struct {
	employees        []party // by id-1
	active, inactive []data.ID

	partners       []party // by id-1; reached at the office phone and the general mailbox
	partnerPlace   []string
	partnerManager []data.ID
	partnerPersons [][]int32 // indexes into persons of the partner's active contact persons
	persons        []party   // by id-1
	free           []party

	anyPartner, client sampler
}

// sampler draws partners unevenly: a few big clients have many
// interactions, most have a handful.
type sampler struct {
	items []int32
	cum   []float64
}

// newSampler weighs items after shuffling them, so that the busiest
// partners are not simply the first ones.
func (g *generator) newSampler(items []int32) sampler {
	s := sampler{items: append([]int32(nil), items...)}
	g.r.Shuffle(len(s.items), func(i, j int) { s.items[i], s.items[j] = s.items[j], s.items[i] })
	total := 0.0
	for rank := range s.items {
		total += 1 / math.Pow(float64(rank+4), 0.9)
		s.cum = append(s.cum, total)
	}
	return s
}

// draw returns one of the sampler's items.
func (s *sampler) draw(g *generator) int32 {
	x := g.r.Float64() * s.cum[len(s.cum)-1]
	i := sort.SearchFloat64s(s.cum, x)
	return s.items[min(i, len(s.items)-1)]
}

// buildCatalogs makes employees, roles, partner groups, partners with
// their contact persons, free-text contacts and the additional attributes.
func (g *generator) buildCatalogs() {
	w := worldFor(g.o.Size)
	g.buildEmployees(w.employees)
	g.buildRolesAndGroups()
	g.buildPartners(w.partners)
	g.buildFreeContacts()
	g.buildAttrDefs()
}

// buildRolesAndGroups makes the contact person roles and the partner groups.
func (g *generator) buildRolesAndGroups() {
	for i, r := range g.lx.roles {
		g.ds.Roles = append(g.ds.Roles, data.Role{ID: data.ID(i + 1), Name: r})
	}
	for i, gr := range g.lx.groups {
		g.ds.Groups = append(g.ds.Groups, data.PartnerGroup{ID: data.ID(i + 1), Name: gr.name, Parent: data.ID(gr.parent)})
	}
}

// The ids of the three additional attributes of the demo data.
const (
	attrChannel      data.ID = 1 // list: how the contact came to us
	attrNextContact  data.ID = 2 // date of the next contact
	attrNeedsManager data.ID = 3 // yes/no: the client asks for a manager
)

// channelWeights say how often each channel option is drawn, in the
// order of lexicon.channelOptions.
var channelWeights = []int{30, 12, 22, 18, 12, 6}

// nextContactTypes are the interaction types the next-contact date applies to.
var nextContactTypes = []data.InteractionType{data.TypeMeeting, data.TypePlanned, data.TypeCall, data.TypeEmail}

// buildAttrDefs makes the additional attributes: a list-valued channel
// with option ids 1..n, a next-contact date and a needs-manager flag.
func (g *generator) buildAttrDefs() {
	lx := g.lx
	channel := data.AttrDef{ID: attrChannel, Name: lx.attrNames[0], Type: data.AttrList}
	for i, o := range lx.channelOptions {
		channel.Options = append(channel.Options, data.AttrOption{ID: data.ID(i + 1), Name: o})
		g.pools.channel = append(g.pools.channel, strconv.Itoa(i+1))
	}
	g.ds.Attrs = []data.AttrDef{
		channel,
		{ID: attrNextContact, Name: lx.attrNames[1], Type: data.AttrDate, Types: nextContactTypes},
		{ID: attrNeedsManager, Name: lx.attrNames[2], Type: data.AttrBool},
	}
}
