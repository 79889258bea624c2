package data

// Dataset is a whole set of records loaded into an empty store at once by
// Load, as the demo generator makes it. Every record carries its id
// (1, 2, 3 … within its kind, unique), and references use those ids.
// Interactions carry their subject as Validate and SaveInteraction expect
// it after a save: a chain root has Subject Ref{RefInteraction, its own ID}
// and the members of its chain the same ref.
type Dataset struct {
	Settings     *Settings
	Employees    []Employee
	Groups       []PartnerGroup
	Partners     []Partner
	Roles        []Role
	Persons      []Person
	Deals        []Deal
	Claims       []Claim
	Events       []Event
	Orders       []Order
	Attrs        []AttrDef
	Interactions []Interaction
}
