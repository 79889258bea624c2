package catalogs

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/format"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// Subjects is the screen of the subjects of interactions (Предметы
// взаимодействий): deals, client claims, marketing events and customer
// orders, one kind at a time; each subject's editor lists its
// interactions.
type Subjects struct {
	Kind     *widget.RadioGroup
	Catalogs map[data.RefKind]*Catalog
	kinds    []data.RefKind
	body     *fyne.Container
	content  fyne.CanvasObject
	deps     Deps
	partners []data.Partner // as of the last read of the shown kind
}

// NewSubjects returns the Subjects screen.
func NewSubjects(d Deps) *Subjects {
	s := &Subjects{deps: d, Catalogs: map[data.RefKind]*Catalog{}, body: container.NewStack(),
		kinds: []data.RefKind{data.RefDeal, data.RefClaim, data.RefEvent, data.RefOrder}}
	var titles []string
	for _, k := range s.kinds {
		titles = append(titles, refKindPlural(k))
		s.Catalogs[k] = s.newCatalog(k)
	}
	s.Kind = widget.NewRadioGroup(titles, func(t string) {
		for i, title := range titles {
			if title == t {
				s.body.Objects = []fyne.CanvasObject{s.Catalogs[s.kinds[i]].Content()}
				s.body.Refresh()
			}
		}
	})
	s.Kind.Horizontal, s.Kind.Required = true, true
	s.Kind.SetSelected(titles[0])
	s.content = container.NewBorder(container.NewHBox(widgets.NewHeading(lang.X("screen.subjects", "Subjects")), s.Kind), nil, nil, nil, s.body)
	return s
}

func refKindPlural(k data.RefKind) string {
	switch k {
	case data.RefDeal:
		return lang.X("subject.deals", "Deals")
	case data.RefClaim:
		return lang.X("subject.claims", "Client claims")
	case data.RefEvent:
		return lang.X("subject.events", "Marketing events")
	}
	return lang.X("subject.orders", "Customer orders")
}

// Content returns the screen's widgets.
func (s *Subjects) Content() fyne.CanvasObject { return s.content }

// Changed reads the lists again after the catalogs changed.
func (s *Subjects) Changed(c session.Change) {
	for _, cat := range s.Catalogs {
		cat.Changed(c)
	}
}

// Close stops nothing.
func (s *Subjects) Close() {}

// Busy reports whether a list is being read.
func (s *Subjects) Busy() bool {
	for _, c := range s.Catalogs {
		if c.Busy() {
			return true
		}
	}
	return false
}

// money writes an amount in kopecks as units with two decimals.
func money(m data.Money) string {
	if m == 0 {
		return ""
	}
	return format.Decimal(fmt.Sprintf("%.2f", float64(m)/100))
}

// parseMoney reads an amount typed with a point or a comma.
func parseMoney(s string) (data.Money, bool) {
	s = strings.NewReplacer(" ", "", "\u00a0", "", ",", ".").Replace(strings.TrimSpace(s))
	if s == "" {
		return 0, true
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return data.Money(f*100 + 0.5*sign(f)), true
}

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

// stateTitle names a state of a subject.
func stateTitle(st data.SubjectState) string {
	switch st {
	case data.StateOpen:
		return lang.X("state.open", "Open")
	case data.StateWon:
		return lang.X("state.won", "Won")
	case data.StateLost:
		return lang.X("state.lost", "Lost")
	case data.StateResolved:
		return lang.X("state.resolved", "Resolved")
	case data.StateRejected:
		return lang.X("state.rejected", "Rejected")
	case data.StatePlanned:
		return lang.X("state.planned", "Planned")
	case data.StateRunning:
		return lang.X("state.running", "Running")
	case data.StateFinished:
		return lang.X("state.finished", "Finished")
	}
	return lang.X("state.cancelled", "Cancelled")
}

// statesOf are the states of a kind of subject.
func statesOf(k data.RefKind) []data.SubjectState {
	switch k {
	case data.RefDeal:
		return []data.SubjectState{data.StateOpen, data.StateWon, data.StateLost}
	case data.RefClaim:
		return []data.SubjectState{data.StateOpen, data.StateResolved, data.StateRejected}
	}
	return []data.SubjectState{data.StatePlanned, data.StateRunning, data.StateFinished, data.StateCancelled}
}

// subjectForm is the editor of a subject of any kind: the fields its kind
// has are set, the others nil.
type subjectForm struct {
	*Record
	Partner            *widgets.RefField
	Name, Stage, Text  *widgets.EscEntry
	Resolution, Number *widgets.EscEntry
	Amount             *widgets.EscEntry
	Date, Date2        *widgets.DateField
	State              *widget.Select
	Paid, Shipped      *widget.Check
	Active             *widget.Check
	states             []data.SubjectState
}

// lastSubject is the subject editor opened last, for the tests.
var lastSubject *subjectForm

// newSubjectForm builds the rows common to the kinds: the partner for
// those that have one, the state for those that have one, the active flag.
func (s *Subjects) newSubjectForm(k data.RefKind, partner data.ID, state data.SubjectState, active bool) *subjectForm {
	f := &subjectForm{Record: newRecord(s.deps)}
	if k != data.RefEvent {
		choices := widgets.ContactChoices(s.partners, nil)
		f.Partner = widgets.NewRefField(f.Win, lang.X("catalog.field.partner", "Partner"), choices)
		for _, c := range choices {
			if c.Ref.ID == partner && partner != 0 {
				f.Partner.Set(c)
			}
		}
		f.Form.Add(lang.X("catalog.field.partner", "Partner"), f.Partner.Content, "partner")
	}
	if k != data.RefOrder {
		f.states = statesOf(k)
		var titles []string
		for _, st := range f.states {
			titles = append(titles, stateTitle(st))
		}
		f.State = widget.NewSelect(titles, nil)
		f.State.SetSelectedIndex(0)
		for i, st := range f.states {
			if st == state {
				f.State.SetSelectedIndex(i)
			}
		}
	}
	f.Active = widget.NewCheck(lang.X("subject.active", "Active"), nil)
	f.Active.SetChecked(active)
	lastSubject = f
	return f
}

// finish adds the state and active rows and the subject's interactions.
func (f *subjectForm) finish(d Deps, ref data.Ref) fyne.CanvasObject {
	if f.State != nil {
		f.Form.Add(lang.X("create.field.state", "State"), f.State, "state")
	}
	f.Form.Add("", f.Active, "active")
	tabs := container.NewAppTabs(container.NewTabItem(lang.X("catalog.tab.main", "Main"), formBox(f.Record)))
	if ref.ID != 0 {
		tabs.Append(container.NewTabItem(lang.X("screen.interactions", "Interactions"), interactionsTab(d, data.Filter{Subject: ref})))
	}
	return tabs
}

func (f *subjectForm) state() data.SubjectState {
	if f.State == nil {
		return 0
	}
	return f.states[max(f.State.SelectedIndex(), 0)]
}

func (f *subjectForm) partnerID() data.ID {
	if f.Partner == nil {
		return 0
	}
	return f.Partner.Value().ID
}

// date reads a date field, showing under field how to write it.
func (f *subjectForm) date(field string, d *widgets.DateField, ok *bool) time.Time {
	t, good := d.Value()
	if !good {
		f.Form.ShowProblem(field, d.Problem())
		*ok = false
	}
	return t
}

// amount reads a money entry, showing under field what is wrong.
func (f *subjectForm) amount(field string, e *widgets.EscEntry, ok *bool) data.Money {
	m, good := parseMoney(e.Text)
	if !good {
		f.Form.ShowProblem(field, lang.X("subject.problem.amount", "write an amount, as 1500.00"))
		*ok = false
	}
	return m
}

// dateText writes a date for a list cell.
func dateText(t time.Time) string { return format.Date(t) }
