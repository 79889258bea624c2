package ui

import "fyne.io/fyne/v2/lang"

// personsView is the catalog of Contact persons (Контактные лица) of the partners.
// A later issue builds it; until then it shows its title and says so.
type personsView struct {
	*placeholderView
}

func newPersonsView() *personsView {
	return &personsView{newPlaceholderView(lang.X("screen.persons", "Contact persons"))}
}
