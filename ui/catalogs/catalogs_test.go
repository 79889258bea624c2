package catalogs

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/ui/internal/uitest"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// fixture is the catalog screens' dependencies over the types fixture.
type fixture struct {
	*uitest.TypesFixture
	deps Deps
	win  fyne.Window
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	test.NewTempApp(t)
	f := &fixture{TypesFixture: uitest.NewTypesFixture(t)}
	f.win = test.NewTempWindow(t, container.NewWithoutLayout())
	f.win.Resize(fyne.NewSize(1200, 800))
	sess := session.New(f.St)
	f.deps = Deps{Store: f.St, Sess: sess, Win: f.win}
	return f
}

// show puts a screen in the window, listening to the session, and waits
// for its list.
func (f *fixture) show(t *testing.T, c interface {
	Content() fyne.CanvasObject
	Changed(session.Change)
	Busy() bool
}) {
	t.Helper()
	f.deps.Sess.Listen(c)
	f.win.SetContent(c.Content())
	uitest.Pump(t, "the list", func() bool { return !c.Busy() })
}

// saveRecord taps Save of the editor open and waits for the store.
func saveRecord(t *testing.T, r *Record) {
	t.Helper()
	test.Tap(r.Save)
	uitest.Pump(t, "the save", func() bool { return !r.Saving })
}

// waitOpen waits for an editor to open after open.
func waitOpen(t *testing.T, open func()) *Record {
	t.Helper()
	before := lastRecord
	open()
	uitest.Pump(t, "the editor", func() bool { return lastRecord != before })
	return lastRecord
}

func (f *fixture) check(t *testing.T) {
	t.Helper()
	if probs, err := f.St.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() = %q, %v; want no problems", probs, err)
	}
}

func TestPartners_EditorValidatesAndSaves(t *testing.T) {
	f := newFixture(t)
	s := NewPartners(f.deps)
	f.show(t, s)
	if len(s.Shown) != 1 {
		t.Fatalf("the list shows %d partners, want 1", len(s.Shown))
	}
	waitOpen(t, func() { test.Tap(s.New) })
	e := s.editor
	e.Name.SetText("АО «Вектор»")
	e.Kinds.SetSelected([]string{"Client", "Supplier"})
	test.Tap(e.Contacts.Add)
	e.Contacts.Rows[0].Kind.SetSelectedIndex(1) // e-mail
	e.Contacts.Rows[0].Value.SetText("не адрес")
	saveRecord(t, e.Record)
	if msg := e.Form.Error("contactInfo"); !strings.Contains(msg, "Contact information") {
		t.Fatalf("a malformed e-mail shows %q, want an error at the contact information", msg)
	}
	e.Contacts.Rows[0].Value.SetText("info@vector.example")
	saveRecord(t, e.Record)
	if e.Form.HasErrors() {
		t.Fatalf("the save showed errors: %q", e.Form.General.Text)
	}
	uitest.Pump(t, "the list", func() bool { return !s.Busy() && len(s.all) == 2 })
	s.Search.SetText("вект")
	if len(s.Shown) != 1 || s.Shown[0].cells[0] != "АО «Вектор»" {
		t.Errorf("search shows %+v", s.Shown)
	}
	ps, _ := f.St.Partners()
	if p := ps[1]; p.Kinds != data.PartnerClient|data.PartnerSupplier || len(p.ContactInfo) != 1 {
		t.Errorf("saved %+v", p)
	}
	s.Search.SetText("")
	if s.Shown[0].cells[0] != "АО «Вектор»" {
		t.Errorf("sorted by name, the first is %q", s.Shown[0].cells[0])
	}
	s.SortBy(0) // again: the other way
	if s.Shown[0].cells[0] != "ООО «Ромашка»" {
		t.Errorf("sorted by name backwards, the first is %q", s.Shown[0].cells[0])
	}
}

func TestPartners_RenameShowsEverywhere(t *testing.T) {
	f := newFixture(t)
	s := NewPartners(f.deps)
	f.show(t, s)
	s.List.Select(0)
	waitOpen(t, func() { test.Tap(s.Open) })
	s.editor.Name.SetText("ООО «Лютик»")
	saveRecord(t, s.editor.Record)
	if n, _ := f.St.Count(data.Filter{Text: "лютик"}); n != 0 {
		// The fixture's interactions name the person, not the partner: none renamed.
		t.Errorf("search finds %d", n)
	}
	person := &data.Person{ID: f.Person.ID}
	p, _ := f.St.Person(person.ID)
	p.Name = "Семёнов Пётр Ильич"
	if err := f.St.SavePerson(p); err != nil {
		t.Fatal(err)
	}
	if n, _ := f.St.Count(data.Filter{Text: "ильич"}); n != 5 {
		t.Errorf("search for the new name finds %d, want 5", n)
	}
	f.check(t)
}

func TestPartners_MergeMovesEverything(t *testing.T) {
	f := newFixture(t)
	dup := &data.Partner{Name: "Ромашка (дубль)", Comment: "из импорта"}
	if err := f.St.SavePartner(dup); err != nil {
		t.Fatal(err)
	}
	it := f.St.NewInteraction(data.TypeCall, data.DirIncoming)
	it.Responsible, it.Topic = f.Employee.ID, "Звонок дублю"
	it.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefPartner, ID: dup.ID}}}
	if err := f.St.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	s := NewPartners(f.deps)
	f.show(t, s)
	for i, e := range s.Shown {
		if e.id == f.Partner.ID {
			s.List.Select(i)
		}
	}
	before := lastMerger
	test.Tap(s.Merge)
	uitest.Pump(t, "the merge dialog", func() bool { return lastMerger != before })
	m := lastMerger
	m.Second.Set(widgets.NewChoice(data.Ref{Kind: data.RefPartner, ID: dup.ID}, dup.Name))
	uitest.Pump(t, "the fields", func() bool { return len(m.Fields) > 0 })
	if _, ok := m.Fields["name"]; !ok {
		t.Fatal("the names differ, and no choice is offered")
	}
	m.Fields["comment"].SetSelected("из импорта")
	test.Tap(m.Merge)
	uitest.Pump(t, "the merge", func() bool { return m.Done || m.General.Visible() })
	if m.General.Visible() {
		t.Fatalf("merge failed: %s", m.General.Text)
	}
	p, err := f.St.Partner(f.Partner.ID)
	if err != nil || p.Comment != "из импорта" || p.Name != f.Partner.Name {
		t.Errorf("survivor = %+v, %v", p, err)
	}
	if n, _ := f.St.Count(data.Filter{Contact: data.Ref{Kind: data.RefPartner, ID: f.Partner.ID}}); n != 6 {
		t.Errorf("the survivor has %d interactions, want 6", n)
	}
	f.check(t)
}

func TestCatalogs_PurgeRefusesWhatIsReferenced(t *testing.T) {
	f := newFixture(t)
	s := NewPersons(f.deps)
	f.show(t, s)
	s.List.Select(0)
	test.Tap(s.Mark)
	uitest.Pump(t, "the mark", func() bool { return !s.Busy() && len(s.Shown) == 1 && s.Shown[0].deleted })
	if s.Mark.Text != "Clear deletion mark" {
		t.Errorf("the mark command reads %q", s.Mark.Text)
	}
	purgeDialog.Text = nil
	test.Tap(s.Purge)
	uitest.Pump(t, "the purge dialog", func() bool { return purgeDialog.Text != nil })
	if !strings.Contains(purgeDialog.Text.Text, "interactions: 5 (") || !strings.Contains(purgeDialog.Text.Text, "Подготовить договор»") || !purgeDialog.Delete.Disabled() {
		t.Errorf("the purge says %q (delete enabled: %v)", purgeDialog.Text.Text, !purgeDialog.Delete.Disabled())
	}
	test.Tap(s.Mark) // undo
	uitest.Pump(t, "the undo", func() bool { return !s.Busy() && !s.Shown[0].deleted })
	if p, _ := f.St.Person(f.Person.ID); p.Deleted {
		t.Error("the mark was not cleared")
	}
}

func TestAttributes_DefinedAtRunTime(t *testing.T) {
	f := newFixture(t)
	s := NewAttributes(f.deps)
	f.show(t, s)
	waitOpen(t, func() { test.Tap(s.New) })
	e := lastAttr
	e.Name.SetText("Источник")
	e.Type.SetSelectedIndex(4) // a list
	saveRecord(t, e.Record)
	if e.Form.Error("options") == "" {
		t.Error("a list without values shows no error")
	}
	test.Tap(e.AddOpt)
	test.Tap(e.AddOpt)
	e.Options[0].SetText("Сайт")
	e.Options[1].SetText("Звонок")
	e.Types.SetSelected([]string{"Phone call"})
	saveRecord(t, e.Record)
	if e.Form.HasErrors() {
		t.Fatalf("the save showed errors: %q %q", e.Form.General.Text, e.Form.Error("options"))
	}
	var def data.AttrDef
	for _, d := range f.St.AttrDefs() {
		if d.Name == "Источник" {
			def = d
		}
	}
	if def.ID == 0 || len(def.Options) != 2 || len(def.Types) != 1 || def.Types[0] != data.TypeCall {
		t.Fatalf("defined %+v", def)
	}
	uitest.Pump(t, "the list", func() bool { return !s.Busy() && len(s.all) == 2 })
}

func TestSubjects_DealEditor(t *testing.T) {
	f := newFixture(t)
	s := NewSubjects(f.deps)
	f.show(t, s)
	deals := s.Catalogs[data.RefDeal]
	waitOpen(t, func() { test.Tap(deals.New) })
	e := lastSubject
	e.Name.SetText("Поставка")
	e.Amount.SetText("много")
	saveRecord(t, e.Record)
	if e.Form.Error("amount") == "" {
		t.Error("an unreadable amount shows no error")
	}
	e.Amount.SetText("1 500,50")
	saveRecord(t, e.Record)
	if e.Form.Error("partner") == "" {
		t.Error("a deal without a partner shows no error")
	}
	e.Partner.Set(widgets.NewChoice(data.Ref{Kind: data.RefPartner, ID: f.Partner.ID}, f.Partner.Name))
	saveRecord(t, e.Record)
	ds, _ := f.St.Deals()
	if len(ds) != 1 || ds[0].Amount != 150050 || !ds[0].Active {
		t.Errorf("saved %+v", ds)
	}
}

func TestEmployeesAndRoles_New(t *testing.T) {
	f := newFixture(t)
	emps := NewEmployees(f.deps)
	f.show(t, emps)
	r := waitOpen(t, func() { test.Tap(emps.New) })
	saveRecord(t, r)
	if r.Form.Error("name") == "" {
		t.Error("an employee without a name shows no error")
	}
	r.Form.Form.Items[0].Widget.(*fyne.Container).Objects[0].(*widgets.EscEntry).SetText("Иванов Иван")
	saveRecord(t, r)
	if all, _ := f.St.Employees(); len(all) != 3 {
		t.Errorf("%d employees, want 3", len(all))
	}
	roles := NewRoles(f.deps)
	f.show(t, roles)
	r = waitOpen(t, func() { test.Tap(roles.New) })
	r.Form.Form.Items[0].Widget.(*fyne.Container).Objects[0].(*widgets.EscEntry).SetText("Директор")
	saveRecord(t, r)
	if all, _ := f.St.Roles(); len(all) != 1 {
		t.Errorf("%d roles, want 1", len(all))
	}
}

// changeLog is a session listener that keeps what it was told.
type changeLog []session.Change

func (l *changeLog) Changed(c session.Change) { *l = append(*l, c) }

func TestCatalogs_PurgeTellsTheSession(t *testing.T) {
	f := newFixture(t)
	s := NewRoles(f.deps)
	f.show(t, s)
	role := &data.Role{Name: "Временная роль", Deleted: true}
	if err := f.St.SaveRole(role); err != nil {
		t.Fatal(err)
	}
	var log changeLog
	f.deps.Sess.Listen(&log)
	purgeDialog.Text = nil
	test.Tap(s.Purge)
	uitest.Pump(t, "the purge dialog", func() bool { return purgeDialog.Text != nil })
	if purgeDialog.Delete.Disabled() {
		t.Fatalf("the purge of an unused role is refused: %q", purgeDialog.Text.Text)
	}
	test.Tap(purgeDialog.Delete)
	uitest.Pump(t, "the purge", func() bool {
		return slices.ContainsFunc(log, func(c session.Change) bool { return c.Has(session.Purged) })
	})
	roles, err := f.St.Roles()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range roles {
		if r.ID == role.ID {
			t.Errorf("the role %q is still there after the purge", r.Name)
		}
	}
}
