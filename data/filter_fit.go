package data

import "slices"

// FitFilter drops from f and g what the options hide: the kinds of
// switched-off types, the status without the review workflow, the subject
// without subjects, and attribute conditions and groupings without
// additional attributes or whose attribute is not among defs (it was
// deleted). The filter comes back in its Normal form. It does not add the
// enabled kinds to a filter without kinds: that is Options.Scope.
func FitFilter(f Filter, g GroupBy, o Options, defs []AttrDef) (Filter, GroupBy) {
	known := func(id ID) bool {
		return slices.ContainsFunc(defs, func(d AttrDef) bool { return d.ID == id })
	}
	var kinds []Kind
	for _, k := range f.Kinds {
		if o.TypeEnabled(k.Type()) {
			kinds = append(kinds, k)
		}
	}
	f.Kinds = kinds
	if !o.Shows(PartStatusFilter) {
		f.Status = StatusAll
	}
	if !o.Shows(PartSubjectFilter) {
		f.Subject = Ref{}
	}
	var attrs []AttrValue
	for _, a := range f.Attrs {
		if o.Shows(PartAttrFilter) && known(a.Attr) {
			attrs = append(attrs, a)
		}
	}
	f.Attrs = attrs
	switch {
	case g.Kind == GroupSubject && !o.Shows(PartSubjectFilter),
		g.Kind == GroupAttr && (!o.Shows(PartAttrFilter) || !known(g.Attr)):
		g = GroupBy{}
	}
	return f.Normal(), g
}
