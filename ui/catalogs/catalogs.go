// Package catalogs holds the screens of the catalogs (SPEC 1): partners
// with their groups and contact information, contact persons, subjects
// of the four kinds, employees, contact person roles and the additional
// attributes defined at run time. Each is a list with search as you type,
// sorting and deletion marks, and an editor; partners and contact persons
// merge their duplicates.
package catalogs

import (
	"context"

	"fyne.io/fyne/v2"

	"interactions/data"
	"interactions/ui/session"
)

// Store is what the catalog screens need of the store.
type Store interface {
	Settings() data.Settings
	Employee(id data.ID) (*data.Employee, error)
	Employees() ([]data.Employee, error)
	SaveEmployee(e *data.Employee) error
	Partner(id data.ID) (*data.Partner, error)
	Partners() ([]data.Partner, error)
	SavePartner(p *data.Partner) error
	PartnerGroups() ([]data.PartnerGroup, error)
	SavePartnerGroup(g *data.PartnerGroup) error
	Person(id data.ID) (*data.Person, error)
	Persons() ([]data.Person, error)
	SavePerson(p *data.Person) error
	Roles() ([]data.Role, error)
	SaveRole(r *data.Role) error
	Deals() ([]data.Deal, error)
	SaveDeal(d *data.Deal) error
	Claims() ([]data.Claim, error)
	SaveClaim(c *data.Claim) error
	Events() ([]data.Event, error)
	SaveEvent(e *data.Event) error
	Orders() ([]data.Order, error)
	SaveOrder(o *data.Order) error
	AllAttrDefs() []data.AttrDef
	AttrDef(id data.ID) (data.AttrDef, bool)
	SaveAttrDef(d *data.AttrDef) error
	MergePartners(merged *data.Partner, drop data.ID) error
	MergePersons(merged *data.Person, drop data.ID) error
	MarkedRecords() ([]data.Marked, error)
	PurgeMarked() (removed, kept []data.Marked, err error)
	List(q data.Query) (data.Page, error)
	Count(f data.Filter) (int, error)
	Scan(ctx context.Context, f data.Filter, order data.SortOrder, fn func(data.Cursor) bool) error
}

// Opener opens the editor of an interaction.
type Opener interface {
	Open(id data.ID)
}

// Deps is what every catalog screen is built on: the store, the session
// (the options, and the change signal to send), the main window for the
// dialogs, and the interaction editors.
type Deps struct {
	Store  Store
	Sess   *session.Session
	Win    fyne.Window
	Editor Opener
	// Records keeps the catalog editors open, for the main window to
	// ask about their changes as it closes; nil keeps none.
	Records *Records
}
