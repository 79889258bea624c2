package filterbar

import (
	"slices"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/widgets"

	"interactions/ui/format"
)

// maxKindsSummary is the longest summary of the chosen types, in letters,
// before it becomes "Types (N)".
const maxKindsSummary = 26

// enabledKinds returns the kinds of the types whose option is on.
func (b *Bar) enabledKinds() []data.Kind {
	var out []data.Kind
	for _, k := range data.AllKinds {
		if b.opts.TypeEnabled(k.Type()) {
			out = append(out, k)
		}
	}
	return out
}

// kindsSummary names the chosen types: "All types", one name, "Calls,
// E-mail" (both call kinds make "Calls", every e-mail kind "E-mail"), or
// "Types (N)" when that is too long.
func (b *Bar) kindsSummary() string {
	ks := b.filter.Kinds
	if len(ks) == 0 {
		return lang.X("filter.type.all", "All types")
	}
	has := func(k data.Kind) bool { return slices.Contains(ks, k) }
	calls := has(data.KindCallIn) && has(data.KindCallOut)
	mail := has(data.KindEmailIn) && has(data.KindEmailOut) && has(data.KindEmailDraft) && has(data.KindEmailSent)
	var names []string
	for _, k := range data.AllKinds {
		switch {
		case !has(k):
		case calls && k == data.KindCallIn:
			names = append(names, lang.X("filter.kind.calls", "Calls"))
		case calls && k == data.KindCallOut:
		case mail && k == data.KindEmailIn:
			names = append(names, lang.X("filter.kind.email", "E-mail"))
		case mail && k.Type() == data.TypeEmail:
		default:
			names = append(names, format.KindTitle(k))
		}
	}
	s := strings.Join(names, ", ")
	if len(names) > 1 && utf8.RuneCountInString(s) > maxKindsSummary {
		return lang.X("filter.type.several", "Types ({{.count}})", map[string]any{"Count": len(ks)})
	}
	return s
}

// openKinds shows the pop-up with a check for every enabled kind and one
// for all types; every check applies at once.
func (b *Bar) openKinds() {
	if b.kindPop != nil {
		b.kindPop.Hide()
	}
	b.kindAll = widgets.NewPopUpCheck(lang.X("filter.type.all", "All types"), func(on bool) {
		if b.quiet {
			return
		}
		if on {
			b.edit(func(f *data.Filter) { f.Kinds = nil })
		}
		b.syncKindChecks() // "all" cannot be unchecked by itself
	})
	b.kindChecks = map[data.Kind]*widgets.PopUpCheck{}
	objs := []fyne.CanvasObject{b.kindAll, widget.NewSeparator()}
	for _, k := range b.enabledKinds() {
		c := widgets.NewPopUpCheck(format.KindTitle(k), func(on bool) {
			if !b.quiet {
				b.toggleKind(k, on)
			}
		})
		b.kindChecks[k] = c
		objs = append(objs, c)
	}
	b.syncKindChecks()
	b.kindPop = showBelow(b.win.Canvas(), container.NewPadded(container.NewVBox(objs...)), b.kinds, fyne.Size{})
}

// toggleKind adds k to the type filter or takes it out.
func (b *Bar) toggleKind(k data.Kind, on bool) {
	b.edit(func(f *data.Filter) {
		var kinds []data.Kind
		for _, x := range data.AllKinds {
			if x == k && on || x != k && slices.Contains(f.Kinds, x) {
				kinds = append(kinds, x)
			}
		}
		f.Kinds = kinds
	})
}

// syncKindChecks sets the checks of the open pop-up from the filter.
func (b *Bar) syncKindChecks() {
	if b.kindAll == nil {
		return
	}
	b.quietly(func() {
		b.kindAll.SetChecked(len(b.filter.Kinds) == 0)
		for k, c := range b.kindChecks {
			c.SetChecked(slices.Contains(b.filter.Kinds, k))
		}
	})
}

// Kinds returns the kinds the type filter offers: those of the enabled types.
func (b *Bar) Kinds() []data.Kind { return b.enabledKinds() }
