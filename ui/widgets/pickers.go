package widgets

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/format"
)

// Choice is one entry of a picker: what it points at and how it reads.
// The zero Ref is a real Choice where a picker offers "none".
type Choice struct {
	Ref   data.Ref
	Label string
	fold  string // the label folded for search
}

func NewChoice(ref data.Ref, label string) Choice {
	return Choice{Ref: ref, Label: label, fold: data.Fold(label)}
}

// FilterChoices returns the choices whose label holds every word of query,
// case and ё/е aside: first those whose label starts with the query,
// then those with a word of their name (the label before a bracket, as
// the partner of a person "Name (Partner)") starting with it, then the
// rest; in their order within each rank. So a search for "Сидоров"
// lists the people named Сидоров before the contacts of "ИП Сидорова".
func FilterChoices(all []Choice, query string) []Choice {
	words := strings.Fields(data.Fold(query))
	if len(words) == 0 {
		return all
	}
	var ranked [4][]Choice
	for _, c := range all {
		ok := true
		for _, w := range words {
			if !strings.Contains(c.fold, w) {
				ok = false
				break
			}
		}
		if ok {
			r := matchRank(c.fold, words[0])
			ranked[r] = append(ranked[r], c)
		}
	}
	return slices.Concat(ranked[0], ranked[1], ranked[2], ranked[3])
}

// matchRank ranks how a folded label matches word: 0 it starts with it,
// 1 a word of the name (before " (") starts with it, 2 the name holds it,
// 3 only the part in brackets does.
func matchRank(fold, word string) int {
	name, _, _ := strings.Cut(fold, " (")
	switch {
	case strings.HasPrefix(fold, word):
		return 0
	case slices.ContainsFunc(strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }),
		func(f string) bool { return strings.HasPrefix(f, word) }):
		return 1
	case strings.Contains(name, word):
		return 2
	}
	return 3
}

// nameSlot stands for the argument Name of a label translated once.
var nameSlot = map[string]any{"Name": "\x00"}

// fill returns the function that puts a name in a label translated once
// with nameSlot.
func fill(translated string) func(name string) string {
	return func(name string) string { return strings.Replace(translated, "\x00", name, 1) }
}

// SubjectSource is what the subject picker reads of the store.
type SubjectSource interface {
	SubjectEntries() ([]data.SubjectEntry, error)
}

// SubjectChoices reads every deal, claim, marketing event and customer
// order as picker choices: the active ones first, then the finished ones,
// each part by kind and name. Call it off the UI goroutine.
func SubjectChoices(st SubjectSource) ([]Choice, error) {
	type entry struct {
		c      Choice
		active bool
		date   time.Time // tells it from another of the same label; an order's label has it already
	}
	subjects, err := st.SubjectEntries()
	if err != nil {
		return nil, err
	}
	// The labels' patterns are translated once, not once a subject: a
	// million-interaction database has tens of thousands of subjects.
	closed := fill(lang.X("picker.closed", "{{.Name}} (closed)", nameSlot))
	deal := fill(lang.X("picker.deal", "Deal: {{.Name}}", nameSlot))
	claim := fill(lang.X("picker.claim", "Claim: {{.Name}}", nameSlot))
	event := fill(lang.X("picker.event", "Event: {{.Name}}", nameSlot))
	order := lang.X("picker.order", "Order {{.Number}} of {{.Date}}", map[string]any{"Number": "\x00", "Date": "\x01"})
	date := format.DateFormatter()
	all := make([]entry, 0, len(subjects))
	for _, sub := range subjects {
		var label string
		detail := sub.Date
		switch sub.Ref.Kind {
		case data.RefDeal:
			label = deal(sub.Name)
		case data.RefClaim:
			label = claim(sub.Name)
		case data.RefEvent:
			label = event(sub.Name)
		default:
			label = strings.Replace(strings.Replace(order, "\x00", sub.Name, 1), "\x01", date(sub.Date), 1)
			detail = time.Time{}
		}
		if !sub.Active {
			label = closed(label)
		}
		all = append(all, entry{NewChoice(sub.Ref, label), sub.Active, detail})
	}
	// Entries that read the same get their date, then their number.
	for pass := 0; pass < 2; pass++ {
		seen := make(map[string]int, len(all))
		for _, e := range all {
			seen[e.c.fold]++
		}
		for i, e := range all {
			if seen[e.c.fold] < 2 {
				continue
			}
			extra := date(e.date)
			if pass == 1 || extra == "" {
				extra = "№ " + strconv.FormatUint(uint64(e.c.Ref.ID), 10)
			}
			all[i].c = NewChoice(e.c.Ref, e.c.Label+" — "+extra)
		}
	}
	// Every choice differs from the others by its ref, the last key: the
	// order is the same as a stable sort's of the entries in id order.
	slices.SortFunc(all, func(a, b entry) int {
		if a.active != b.active {
			if a.active {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(a.c.Ref.Kind, b.c.Ref.Kind), strings.Compare(a.c.fold, b.c.fold), cmp.Compare(a.c.Ref.ID, b.c.Ref.ID))
	})
	out := make([]Choice, len(all))
	for i, e := range all {
		out[i] = e.c
	}
	return out, nil
}

// ContactChoices returns partners and their active contact persons as
// picker choices, by name; a person reads "Name (Partner)".
func ContactChoices(partners []data.Partner, persons []data.Person) []Choice {
	names := make(map[data.ID]string, len(partners))
	out := make([]Choice, 0, len(partners)+len(persons))
	for _, p := range partners {
		names[p.ID] = p.Name
		out = append(out, NewChoice(data.Ref{Kind: data.RefPartner, ID: p.ID}, p.Name))
	}
	for _, p := range persons {
		if p.Inactive {
			continue
		}
		label := lang.X("picker.person", "{{.Name}} ({{.Partner}})", map[string]any{"Name": p.Name, "Partner": names[p.Partner]})
		out = append(out, NewChoice(data.Ref{Kind: data.RefPerson, ID: p.ID}, label))
	}
	slices.SortStableFunc(out, func(a, b Choice) int { return strings.Compare(a.fold, b.fold) })
	return out
}

// ActiveEmployees returns the employees who are not inactive, by name.
func ActiveEmployees(all []data.Employee) []data.Employee {
	out := make([]data.Employee, 0, len(all))
	for _, e := range all {
		if !e.Inactive {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b data.Employee) int { return strings.Compare(data.Fold(a.Name), data.Fold(b.Name)) })
	return out
}

// EmployeePicker is a select of employees; two of the same name are told
// apart by position or number.
type EmployeePicker struct {
	Select *widget.Select
	emps   []data.Employee
}

// NewEmployeePicker offers emps and selects the one of id, if offered.
func NewEmployeePicker(emps []data.Employee, id data.ID) *EmployeePicker {
	seen := map[string]int{}
	for _, e := range emps {
		seen[e.Name]++
	}
	opts := make([]string, len(emps))
	for i, e := range emps {
		opts[i] = e.Name
		switch {
		case seen[e.Name] > 1 && e.Position != "":
			opts[i] = e.Name + ", " + e.Position
		case seen[e.Name] > 1:
			opts[i] = e.Name + " #" + strconv.FormatUint(uint64(e.ID), 10)
		}
	}
	p := &EmployeePicker{Select: widget.NewSelect(opts, nil), emps: emps}
	p.Select.PlaceHolder = lang.X("picker.employee.none", "(Choose an employee)")
	if i := slices.IndexFunc(emps, func(e data.Employee) bool { return e.ID == id }); i >= 0 {
		p.Select.SetSelectedIndex(i)
	}
	return p
}

// MarkCurrentUser names the current user's entry "Name (current user)",
// so that a preselected employee says why it was chosen.
func (p *EmployeePicker) MarkCurrentUser(user data.ID) {
	i := slices.IndexFunc(p.emps, func(e data.Employee) bool { return e.ID == user })
	if user == 0 || i < 0 {
		return
	}
	selected := p.Select.SelectedIndex()
	p.Select.Options[i] = lang.X("picker.employee.current", "{{.Name}} (current user)", map[string]any{"Name": p.Select.Options[i]})
	if selected == i {
		p.Select.SetSelectedIndex(i)
	}
	p.Select.Refresh()
}

// Value returns the selected employee's id, 0 for none.
func (p *EmployeePicker) Value() data.ID {
	if i := p.Select.SelectedIndex(); i >= 0 && i < len(p.emps) {
		return p.emps[i].ID
	}
	return 0
}

// PickerList is a searchable list of choices: a search entry over a list.
// Tapping a row chooses it.
type PickerList struct {
	Search *EscEntry
	List   *widget.List
	// Status says "Loading…" while the choices are read and "Nothing
	// found" when the search matches none.
	Status *widget.Label

	all, shown []Choice
	chosen     *Choice
	loading    bool        // the choices are still read
	more       *moreSearch // nil while the list offers only its own choices

	// OnChosen is called when a row is tapped.
	OnChosen func(Choice)

	Content fyne.CanvasObject
}

// NewPickerList shows all under a search entry, in a box of at least minSize.
func NewPickerList(all []Choice, minSize fyne.Size) *PickerList {
	p := &PickerList{all: all, shown: all}
	p.Search = NewEscEntry()
	p.Search.SetPlaceHolder(lang.X("picker.search", "Search"))
	p.Search.OnChanged = p.filter
	p.List = widget.NewList(
		func() int { return len(p.shown) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(p.shown) {
				o.(*widget.Label).SetText(p.shown[i].Label)
			}
		})
	p.List.OnSelected = func(i widget.ListItemID) {
		if i < 0 || i >= len(p.shown) {
			return
		}
		c := p.shown[i]
		p.chosen = &c
		if p.OnChosen != nil {
			p.OnChosen(c)
		}
	}
	box := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	box.SetMinSize(minSize)
	p.Status = widget.NewLabel("")
	p.Status.Importance = widget.LowImportance
	p.Status.Hide()
	p.Content = container.NewBorder(p.Search, nil, nil, nil, container.NewStack(box, p.List, container.NewCenter(p.Status)))
	return p
}

// NewLoadingPickerList is NewPickerList before its choices are read: it
// says "Loading…" and takes the search already; SetChoices fills it.
func NewLoadingPickerList(minSize fyne.Size) *PickerList {
	p := NewPickerList(nil, minSize)
	p.loading = true
	p.Status.SetText(lang.X("list.loading", "Loading…"))
	p.Status.Show()
	return p
}

// SetChoices gives the list its choices, filtered by what is typed.
func (p *PickerList) SetChoices(all []Choice) {
	p.all, p.loading = all, false
	p.filter(p.Search.Text)
}

// Loading reports whether the list still waits for its choices.
func (p *PickerList) Loading() bool { return p.loading }

// filter shows the choices that match query; the choice stays.
func (p *PickerList) filter(query string) {
	p.shown = FilterChoices(p.all, query)
	p.List.UnselectAll()
	p.List.Refresh()
	p.List.ScrollToTop()
	p.findMore(query)
	switch {
	case p.loading, p.Busy():
		p.Status.Hide()
	case len(p.shown) == 0:
		p.Status.SetText(lang.X("filter.pick.none", "Nothing found"))
		p.Status.Show()
	default:
		p.Status.Hide()
	}
}

// Shown returns the choices the list shows now.
func (p *PickerList) Shown() []Choice { return p.shown }

// Chosen returns the chosen entry, if any.
func (p *PickerList) Chosen() (Choice, bool) {
	if p.chosen == nil {
		return Choice{}, false
	}
	return *p.chosen, true
}

// RefField is a compact field of a form that holds one choice: its label,
// a button that opens a searchable picker, and a button that clears it.
type RefField struct {
	win     fyne.Window
	Title   string
	choices []Choice
	value   Choice

	Label  *widget.Label
	Pick   *widget.Button
	Clear  *widget.Button
	Picker *PickerList   // while the picker is open
	Dialog dialog.Dialog // the open picker

	// OnChanged is called when the choice changes.
	OnChanged func(Choice)
	// More, when set, finds further choices as the picker's search
	// changes (see PickerList.SetMore).
	More MoreSource
	// Offer, when set, gives the choices as the picker opens instead of
	// those given to NewRefField: a long list is built only when needed.
	Offer func() []Choice

	Content fyne.CanvasObject
}

// NewRefField offers choices in a picker titled title.
func NewRefField(win fyne.Window, title string, choices []Choice) *RefField {
	f := &RefField{win: win, Title: title, choices: choices}
	f.Label = widget.NewLabel("")
	f.Label.Truncation = fyne.TextTruncateEllipsis
	f.Pick = widget.NewButtonWithIcon("", theme.SearchIcon(), f.open)
	f.Clear = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { f.Set(Choice{}) })
	f.Content = container.NewBorder(nil, nil, nil, container.NewHBox(f.Pick, f.Clear), f.Label)
	f.Set(Choice{})
	return f
}

// Value returns the chosen reference, zero for none.
func (f *RefField) Value() data.Ref { return f.value.Ref }

// Set chooses c (the zero choice clears the field).
func (f *RefField) Set(c Choice) {
	f.value = c
	if c.Ref.IsZero() && c.Label == "" {
		f.Label.SetText(lang.X("picker.notChosen", "not chosen"))
		f.Label.Importance = widget.LowImportance
		f.Clear.Disable()
	} else {
		f.Label.SetText(c.Label)
		f.Label.Importance = widget.MediumImportance
		f.Clear.Enable()
	}
	f.Label.Refresh()
	if f.OnChanged != nil {
		f.OnChanged(c)
	}
}

// open shows the picker; tapping a row chooses it and closes the picker.
func (f *RefField) open() {
	choices := f.choices
	if f.Offer != nil {
		choices = f.Offer()
	}
	f.Picker = NewPickerList(choices, fyne.NewSize(460, 320))
	if f.More != nil {
		f.Picker.SetMore(f.More)
	}
	cancel := widget.NewButton(lang.X("bulk.cancel", "Cancel"), nil)
	d := dialog.NewCustomWithoutButtons(f.Title, f.Picker.Content, f.win)
	d.SetButtons([]fyne.CanvasObject{cancel})
	cancel.OnTapped = d.Hide
	f.Picker.Search.OnEscape = d.Hide
	f.Picker.OnChosen = func(c Choice) {
		d.Hide()
		f.Set(c)
	}
	d.SetOnClosed(func() { f.Picker, f.Dialog = nil, nil })
	f.Dialog = d
	d.Show()
	f.win.Canvas().Focus(f.Picker.Search)
}

// OwnChain is the choice "none": each interaction roots its own chain.
func OwnChain() Choice {
	return NewChoice(data.Ref{}, lang.X("picker.ownChain", "None — own chain"))
}
