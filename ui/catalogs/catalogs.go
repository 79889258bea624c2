// Package catalogs holds the screens of the catalogs: Partners (Партнеры)
// with their groups and contact information, Contact persons (Контактные
// лица партнеров) and Subjects (Предметы взаимодействий). Until they are
// built each shows its title and says so.
package catalogs

import (
	"fyne.io/fyne/v2/lang"

	"interactions/ui/widgets"
)

// Partners is the catalog of partners.
type Partners struct {
	*widgets.Placeholder
}

// NewPartners returns the Partners screen.
func NewPartners() *Partners {
	return &Partners{widgets.NewPlaceholder(lang.X("screen.partners", "Partners"))}
}

// Persons is the catalog of the partners' contact persons.
type Persons struct {
	*widgets.Placeholder
}

// NewPersons returns the Contact persons screen.
func NewPersons() *Persons {
	return &Persons{widgets.NewPlaceholder(lang.X("screen.persons", "Contact persons"))}
}

// Subjects is the catalog of deals, claims, marketing events and customer orders.
type Subjects struct {
	*widgets.Placeholder
}

// NewSubjects returns the Subjects screen.
func NewSubjects() *Subjects {
	return &Subjects{widgets.NewPlaceholder(lang.X("screen.subjects", "Subjects"))}
}
