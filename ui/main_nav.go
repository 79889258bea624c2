package ui

import (
	"slices"

	"interactions/data"
	"interactions/ui/session"
)

// screenParts says which screens belong to a part that an option
// switches: the catalogs of subjects, of contact person roles and of
// additional attributes leave the navigation while their option is off.
var screenParts = map[int]data.Part{
	screenSubjects:   data.PartSubjectCatalogs,
	screenRoles:      data.PartContactRoles,
	screenAttributes: data.PartAttrCatalog,
}

// showsScreen reports whether the options show screen i in the navigation.
func showsScreen(o data.Options, i int) bool {
	p, gated := screenParts[i]
	return !gated || o.Shows(p)
}

// layoutNav computes which screens the navigation lists; a shown screen
// that left it gives way to the Interactions screen.
func (mv *mainView) layoutNav() {
	o := mv.sess.Options()
	mv.visible = mv.visible[:0]
	for i := range mv.screens {
		if showsScreen(o, i) {
			mv.visible = append(mv.visible, i)
		}
	}
	if mv.nav == nil {
		return
	}
	mv.nav.Refresh()
	if mv.slimNav != nil {
		mv.slimNav.Refresh()
	}
	if !slices.Contains(mv.visible, mv.current) {
		mv.show(screenInteractions)
		return
	}
	mv.selectNav(mv.current)
}

// selectNav marks screen i in the navigation list, if it is listed.
func (mv *mainView) selectNav(i int) {
	if k := slices.Index(mv.visible, i); k >= 0 {
		mv.nav.Select(k)
		if mv.slimNav != nil {
			mv.slimNav.Select(k)
		}
	}
}

// Changed lays the navigation out again when the settings changed, and
// after a purge offers to compact the file when that gives back enough.
func (mv *mainView) Changed(c session.Change) {
	if c.Has(session.Settings) {
		mv.layoutNav()
	}
	if c.Has(session.Purged) {
		mv.offerCompaction()
	}
}
