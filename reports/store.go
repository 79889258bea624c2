package reports

import (
	"time"

	"interactions/data"
)

// Store is what the reports read of the database.
type Store interface {
	Settings() data.Settings
	Partners() ([]data.Partner, error)
	PartnerGroups() ([]data.PartnerGroup, error)
	Persons() ([]data.Person, error)
	Roles() ([]data.Role, error)
	Employees() ([]data.Employee, error)
	Activity(from, to time.Time, by data.GroupKind, first time.Weekday) ([]data.ActivityCount, error)
	CalendarEvents(q data.CalendarQuery) ([]data.CalendarEvent, error)
	Names(refs []data.Ref) map[data.Ref]string
}

// employeeNames maps every employee's id to their name.
func employeeNames(st Store) (map[data.ID]string, error) {
	emps, err := st.Employees()
	if err != nil {
		return nil, err
	}
	out := make(map[data.ID]string, len(emps))
	for _, e := range emps {
		out[e.ID] = e.Name
	}
	return out, nil
}
