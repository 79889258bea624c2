package ui

import "fyne.io/fyne/v2/lang"

// subjectsView is the catalog of Interaction subjects (Предметы
// взаимодействий): deals, claims, marketing events and customer orders.
// A later issue builds it; until then it shows its title and says so.
type subjectsView struct {
	*placeholderView
}

func newSubjectsView() *subjectsView {
	return &subjectsView{newPlaceholderView(lang.X("screen.subjects", "Subjects"))}
}
