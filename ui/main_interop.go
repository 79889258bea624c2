package ui

import (
	"interactions/ui/catalogs"
	"interactions/ui/interop"
)

// addInterop puts Import and Export where a user looks for them: on the
// tool rows of the interactions list, the partners and the contact
// persons (the menu's File has them too, from setMainMenu).
func (mv *mainView) addInterop() {
	a := interop.New(mv.store, mv.sess, mv.win)
	a.ListFilter = mv.interactions.ListFilter
	mv.interop = a
	mv.sess.Listen(a)
	mv.interactions.AddTools(a.ImportButton("ics"), a.ExportButton(interop.ListCSV, interop.ListICS, interop.ListEML))
	if p, ok := mv.screens[screenPartners].screen.(*catalogs.Partners); ok {
		p.AddTools(a.ImportButton("csv"), a.ExportButton(interop.PartnersCSV))
	}
	if p, ok := mv.screens[screenPersons].screen.(*catalogs.Persons); ok {
		p.AddTools(a.ImportButton("vcf"), a.ExportButton(interop.PersonsVCF, interop.PersonsCSV))
	}
}
