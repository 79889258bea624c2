package data

// EnabledKinds returns the kinds of the type filter whose interaction
// type the options show, in the order of AllKinds; none when every type
// is switched off.
func (o Options) EnabledKinds() []Kind {
	var kinds []Kind
	for _, k := range AllKinds {
		if o.TypeEnabled(k.Type()) {
			kinds = append(kinds, k)
		}
	}
	return kinds
}

// Scope returns f as the list sees it under the options: a filter that
// names no kinds means every enabled type, so while some types are
// switched off it gets the enabled kinds, and while none is enabled the
// kind 0, which matches nothing. A filter that names kinds, or any filter
// while every type is on, comes back unchanged; FitFilter is what drops
// the kinds of switched-off types from a filter that names them.
func (o Options) Scope(f Filter) Filter {
	if len(f.Kinds) > 0 {
		return f
	}
	kinds := o.EnabledKinds()
	switch len(kinds) {
	case len(AllKinds):
		return f
	case 0:
		kinds = []Kind{0}
	}
	f.Kinds = kinds
	return f
}
