package data

import (
	"encoding/json"
	"fmt"
)

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }

func decodeJSON(b []byte, v any) error { return json.Unmarshal(b, v) }

// checkDataset validates every record of d and every reference between
// them, and returns the resolver that derives index entries from d.
func checkDataset(d *Dataset) (*datasetResolver, error) {
	c, err := checkCatalogs(d)
	if err != nil {
		return nil, err
	}
	if err := c.interactions(d.Interactions); err != nil {
		return nil, err
	}
	return c.r, nil
}

// datasetChecker holds what the checks of interactions refer to: the ids
// of the catalogs, the interactions checked so far with their subjects
// and the resolver.
type datasetChecker struct {
	ids      map[RefKind]map[ID]bool
	subjects subjectTable
	r        *datasetResolver
}

// subjectOf returns the subject of interaction id, zero when not checked.
func (c *datasetChecker) subjectOf(id ID) Ref {
	r, _ := c.subjects.get(id)
	return r
}

func (c *datasetChecker) has(kind RefKind, id ID) bool {
	if kind == RefInteraction {
		_, ok := c.subjects.get(id)
		return id == 0 || ok
	}
	return id == 0 || c.ids[kind][id]
}

// checkCatalogs validates the records of d other than its interactions
// and the references between them.
func checkCatalogs(d *Dataset) (*datasetChecker, error) {
	ids := map[RefKind]map[ID]bool{}
	collect := func(kind RefKind, what string, n int, id func(i int) ID, validate func(i int) error) error {
		set := make(map[ID]bool, n)
		for i := 0; i < n; i++ {
			if err := validate(i); err != nil {
				return fmt.Errorf("%s %d: %w", what, id(i), err)
			}
			if id(i) == 0 || set[id(i)] {
				return fmt.Errorf("%s #%d: id %d is missing or repeated", what, i, id(i))
			}
			set[id(i)] = true
		}
		ids[kind] = set
		return nil
	}
	const refGroup, refRole, refAttr = RefKind(100), RefKind(101), RefKind(102)
	steps := []error{
		collect(RefEmployee, "employee", len(d.Employees), func(i int) ID { return d.Employees[i].ID }, func(i int) error { return d.Employees[i].Validate() }),
		collect(refGroup, "partner group", len(d.Groups), func(i int) ID { return d.Groups[i].ID }, func(i int) error { return d.Groups[i].Validate() }),
		collect(RefPartner, "partner", len(d.Partners), func(i int) ID { return d.Partners[i].ID }, func(i int) error { return d.Partners[i].Validate() }),
		collect(refRole, "role", len(d.Roles), func(i int) ID { return d.Roles[i].ID }, func(i int) error { return d.Roles[i].Validate() }),
		collect(RefPerson, "contact person", len(d.Persons), func(i int) ID { return d.Persons[i].ID }, func(i int) error { return d.Persons[i].Validate() }),
		collect(RefDeal, "deal", len(d.Deals), func(i int) ID { return d.Deals[i].ID }, func(i int) error { return d.Deals[i].Validate() }),
		collect(RefClaim, "claim", len(d.Claims), func(i int) ID { return d.Claims[i].ID }, func(i int) error { return d.Claims[i].Validate() }),
		collect(RefEvent, "event", len(d.Events), func(i int) ID { return d.Events[i].ID }, func(i int) error { return d.Events[i].Validate() }),
		collect(RefOrder, "order", len(d.Orders), func(i int) ID { return d.Orders[i].ID }, func(i int) error { return d.Orders[i].Validate() }),
		collect(refAttr, "attribute", len(d.Attrs), func(i int) ID { return d.Attrs[i].ID }, func(i int) error { return d.Attrs[i].Validate() }),
	}
	for _, err := range steps {
		if err != nil {
			return nil, err
		}
	}
	c := &datasetChecker{ids: ids}
	has := c.has
	if d.Settings != nil {
		if err := d.Settings.Validate(); err != nil {
			return nil, fmt.Errorf("settings: %w", err)
		}
		if !has(RefEmployee, d.Settings.CurrentUser) {
			return nil, fmt.Errorf("settings: current user %d is unknown", d.Settings.CurrentUser)
		}
	}
	for _, p := range d.Partners {
		if !has(RefEmployee, p.Manager) || !has(refGroup, p.Group) {
			return nil, fmt.Errorf("partner %d: unknown manager or group", p.ID)
		}
	}
	for _, g := range d.Groups {
		if !has(refGroup, g.Parent) {
			return nil, fmt.Errorf("partner group %d: unknown parent %d", g.ID, g.Parent)
		}
	}
	r := &datasetResolver{persons: make(map[ID]ID, len(d.Persons)), defs: map[ID]*AttrDef{}}
	for _, p := range d.Persons {
		if !has(RefPartner, p.Partner) {
			return nil, fmt.Errorf("contact person %d: unknown partner %d", p.ID, p.Partner)
		}
		for _, role := range p.Roles {
			if !has(refRole, role) {
				return nil, fmt.Errorf("contact person %d: unknown role %d", p.ID, role)
			}
		}
		r.persons[p.ID] = p.Partner
	}
	for _, x := range d.Deals {
		if !has(RefPartner, x.Partner) {
			return nil, fmt.Errorf("deal %d: unknown partner %d", x.ID, x.Partner)
		}
	}
	for _, x := range d.Claims {
		if !has(RefPartner, x.Partner) {
			return nil, fmt.Errorf("claim %d: unknown partner %d", x.ID, x.Partner)
		}
	}
	for _, x := range d.Orders {
		if !has(RefPartner, x.Partner) {
			return nil, fmt.Errorf("order %d: unknown partner %d", x.ID, x.Partner)
		}
	}
	for i := range d.Attrs {
		r.defs[d.Attrs[i].ID] = &d.Attrs[i]
	}
	c.r = r
	return c, nil
}

// interactions validates a batch of interactions, which may refer to one
// another and to the batches checked before.
func (c *datasetChecker) interactions(list []Interaction) error {
	for i := range list {
		it := &list[i]
		if err := it.Validate(); err != nil {
			return fmt.Errorf("interaction %d: %w", it.ID, err)
		}
		if _, dup := c.subjects.get(it.ID); it.ID == 0 || dup {
			return fmt.Errorf("interaction #%d: id %d is missing or repeated", i, it.ID)
		}
		c.subjects.put(it.ID, it.Subject)
	}
	for i := range list {
		it := &list[i]
		if err := checkInteractionRefs(it, c.has, c.r); err != nil {
			return fmt.Errorf("interaction %d: %w", it.ID, err)
		}
		if s := it.Subject; s.Kind == RefInteraction && c.subjectOf(s.ID) != s {
			return fmt.Errorf("interaction %d: %w", it.ID, problemWith("subject", ProblemNotChainRoot, Args{ID: s.ID}))
		}
	}
	return nil
}

func checkInteractionRefs(it *Interaction, has func(RefKind, ID) bool, r *datasetResolver) error {
	if !has(RefEmployee, it.Responsible) {
		return problemWith("responsible", ProblemUnknownRef, Args{Kind: "employee", ID: it.Responsible})
	}
	if !has(RefEmployee, it.Author) {
		return problemWith("author", ProblemUnknownRef, Args{Kind: "employee", ID: it.Author})
	}
	for i, c := range allContacts(it) {
		if c.Ref.Kind != RefFree && !has(c.Ref.Kind, c.Ref.ID) {
			return problemWith("contacts["+itoa(i)+"]", ProblemUnknownRef, Args{Kind: c.Ref.Kind.String(), ID: c.Ref.ID})
		}
		if c.Ref.Kind == RefFree && c.Ref != FreeContactRef(c.Name) {
			return problemAt("contacts["+itoa(i)+"]", ProblemFreeRefMismatch)
		}
	}
	if it.Subject.IsZero() || !has(it.Subject.Kind, it.Subject.ID) {
		return problemWith("subject", ProblemUnknownRef, Args{Kind: it.Subject.Kind.String(), ID: it.Subject.ID})
	}
	if !has(RefInteraction, it.BasedOn) {
		return problemWith("basedOn", ProblemUnknownRef, Args{Kind: "interaction", ID: it.BasedOn})
	}
	for i, a := range it.Attrs {
		def := r.defs[a.Attr]
		if def == nil || !def.AppliesTo(it.Type) {
			return problemWith("attrs["+itoa(i)+"]", ProblemUnknownRef, Args{Kind: "attribute", ID: a.Attr})
		}
		if v, err := def.CheckValue(a.Value); err != nil || v != a.Value {
			return problemWith("attrs["+itoa(i)+"]", ProblemNotCanonical, Args{Value: a.Value, Attr: def.Name})
		}
	}
	return nil
}
