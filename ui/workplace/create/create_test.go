package create

import (
	"interactions/ui/internal/uitest"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"interactions/data"

	"interactions/ui/format"

	"interactions/ui/widgets"
)

// createFixture is a create menu in a test window over a store with an
// employee (the current user), a partner and its contact person.
type createFixture struct {
	st      *data.Store
	menu    *Menu
	win     fyne.Window
	created []data.ID
	anna    data.ID
	partner data.ID
}

func newCreateFixture(t *testing.T, opts func(*data.Options)) *createFixture {
	t.Helper()
	f := &createFixture{st: uitest.OpenStore(t)}
	anna := &data.Employee{Name: "Петрова Анна"}
	if err := f.st.SaveEmployee(anna); err != nil {
		t.Fatal(err)
	}
	partner := &data.Partner{Name: "ООО «Ромашка»"}
	if err := f.st.SavePartner(partner); err != nil {
		t.Fatal(err)
	}
	if err := f.st.SavePerson(&data.Person{Partner: partner.ID, Name: "Семёнов Пётр"}); err != nil {
		t.Fatal(err)
	}
	f.anna, f.partner = anna.ID, partner.ID
	s := f.st.Settings()
	s.CurrentUser = anna.ID
	if opts != nil {
		opts(&s.Options)
	}
	if err := f.st.SaveSettings(s); err != nil {
		t.Fatal(err)
	}
	test.NewTempApp(t)
	f.win = test.NewTempWindow(t, container.NewWithoutLayout())
	f.menu = New(f.st, f.win, func(id data.ID) { f.created = append(f.created, id) })
	f.win.SetContent(f.menu)
	f.win.Resize(fyne.NewSize(1100, 800))
	return f
}

// open opens the creation dialog of type t and waits for it.
func (f *createFixture) open(t *testing.T, typ data.InteractionType) *form {
	t.Helper()
	before := f.menu.Form
	f.menu.Open(typ)
	uitest.Pump(t, "the creation dialog", func() bool { return f.menu.Form != before })
	return f.menu.Form
}

// save taps Save and waits until the store answered, if it was asked.
func (f *createFixture) save(t *testing.T, form *form) {
	t.Helper()
	test.Tap(form.Save)
	uitest.Pump(t, "the save", func() bool { return !form.saving })
}

// count returns how many interactions the store holds.
func (f *createFixture) Count(t *testing.T) int {
	t.Helper()
	n, err := f.st.Count(data.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestCreateMenu_TypesFollowOptions(t *testing.T) {
	f := newCreateFixture(t, nil)
	labels := func() []string {
		var out []string
		for _, it := range f.menu.Menu.Items {
			out = append(out, it.Label)
		}
		return out
	}
	if got, want := labels(), []string{"Meeting", "Planned interaction", "Phone call", "E-mail"}; !slices.Equal(got, want) {
		t.Errorf("menu %q, want %q (SMS is off by default)", got, want)
	}
	test.Tap(f.menu.Button)
	top := f.win.Canvas().Overlays().Top()
	if top == nil || !slices.Contains(uitest.VisibleTexts(top), "Planned interaction") {
		t.Fatal("the Create button did not show its menu")
	}
	top.Hide()
	s := f.st.Settings()
	s.Options.UseSMS, s.Options.UseOtherInteractions = true, false
	if err := f.st.SaveSettings(s); err != nil {
		t.Fatal(err)
	}
	f.menu.Reload()
	if got, want := labels(), []string{"SMS message", "E-mail"}; !slices.Equal(got, want) {
		t.Errorf("menu %q, want %q", got, want)
	}
	f.menu.CreateDefault()
	uitest.Pump(t, "the Ctrl+N dialog", func() bool { return f.menu.Form != nil })
	if f.menu.Form.Type != data.TypeSMS {
		t.Errorf("Ctrl+N opened a %v, want the first type of the menu, sms", f.menu.Form.Type)
	}
}

func TestCreateForm_CallWithoutTopic(t *testing.T) {
	f := newCreateFixture(t, nil)
	form := f.open(t, data.TypeCall)
	if form.Direction.Selected != "Outgoing" || form.Responsible.Value() != f.anna {
		t.Errorf("defaults: direction %q, responsible %d; want Outgoing, the current user", form.Direction.Selected, form.Responsible.Value())
	}
	if got := form.Responsible.Select.Selected; !strings.HasSuffix(got, " (current user)") {
		t.Errorf("the preselected responsible reads %q, without saying it is the current user", got)
	}
	form.Phone.SetText("+7 916 123-45-67")
	f.save(t, form)
	if got, want := form.FieldError("topic"), "Topic: fill it in"; got != want {
		t.Errorf("topic error %q, want %q", got, want)
	}
	if !form.Shown() {
		t.Error("the dialog closed on an error")
	}
	if n := f.Count(t); n != 0 || len(f.created) != 0 {
		t.Errorf("%d saved, onCreated called %d times; want nothing", n, len(f.created))
	}

	test.Type(form.Topic, "Уточнение сроков")
	if got := form.FieldError("topic"); got != "" {
		t.Errorf("the topic error %q stays once the topic is typed, before any save", got)
	}
	form.Duration.SetText("five")
	f.save(t, form)
	if got, want := form.FieldError("duration"), "Duration, min: write a whole number of minutes"; got != want {
		t.Errorf("duration error %q, want %q", got, want)
	}
	if form.FieldError("topic") != "" {
		t.Error("the topic error stays after the topic was typed")
	}
	form.Duration.SetText("12")
	form.Direction.SetSelected("Incoming")
	form.ContactName.SetText("Незнакомец")
	f.save(t, form)
	if len(f.created) != 1 {
		t.Fatalf("onCreated called %d times, want once", len(f.created))
	}
	it, err := f.st.Interaction(f.created[0])
	if err != nil {
		t.Fatal(err)
	}
	if it.Direction != data.DirIncoming || it.Call.Duration != 12*time.Minute || it.Call.Phone != "+7 916 123-45-67" ||
		it.Reviewed || len(it.Contacts) != 1 || it.Contacts[0].Name != "Незнакомец" || it.Contacts[0].Ref.Kind != data.RefFree {
		t.Errorf("saved %+v %+v", it, it.Call)
	}
	if form.Shown() {
		t.Error("the dialog stays open after a save")
	}
}

func TestCreateForm_Meeting(t *testing.T) {
	f := newCreateFixture(t, nil)
	form := f.open(t, data.TypeMeeting)
	if form.Start.Text != "2026-03-10 12:00" || form.End.Text != "2026-03-10 13:00" {
		t.Errorf("meeting defaults %q – %q, want now and the default length", form.Start.Text, form.End.Text)
	}
	test.Type(form.Topic, "Встреча по проекту")
	form.Start.SetText("12.03.2026 10:00")
	form.End.SetText("12.03.2026 09:30")
	f.save(t, form)
	if got, want := form.FieldError("end"), "End: must not be before the start"; got != want {
		t.Errorf("end error %q, want %q", got, want)
	}
	if n := f.Count(t); n != 0 {
		t.Fatalf("%d saved with the end before the start", n)
	}

	form.Date.SetText("32.13.2026 10:00")
	f.save(t, form)
	if got, want := form.FieldError("date"), "Date: write it as 2026-03-10 12:00"; got != want {
		t.Errorf("date error %q, want %q", got, want)
	}
	form.Date.SetText("2026-03-10 12:00")

	// The contact comes from the searchable picker.
	test.Tap(form.Contact.Pick)
	p := form.Contact.Picker
	if p == nil {
		t.Fatal("the contact picker did not open")
	}
	test.Type(p.Search, "семенов")
	if got := p.Shown(); len(got) != 1 || got[0].Label != "Семёнов Пётр (ООО «Ромашка»)" {
		t.Fatalf("search shows %v, want the contact person", got)
	}
	p.List.Select(0)
	if form.Contact.Picker != nil || form.ContactName.Text != "Семёнов Пётр (ООО «Ромашка»)" || !form.ContactName.Disabled() {
		t.Errorf("after the choice: picker open %v, name %q", form.Contact.Picker != nil, form.ContactName.Text)
	}
	form.End.SetText("12.03.2026 11:30")
	form.Place.SetText("Переговорная 2")
	f.save(t, form)
	if len(f.created) != 1 {
		t.Fatalf("onCreated called %d times, want once; errors: %q", len(f.created), uitest.VisibleTexts(f.win.Canvas().Overlays().Top()))
	}
	it, err := f.st.Interaction(f.created[0])
	if err != nil {
		t.Fatal(err)
	}
	m := it.Meeting
	if m.End.Before(m.Start) || !m.Start.Equal(time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)) ||
		!m.End.Equal(time.Date(2026, 3, 12, 11, 30, 0, 0, time.UTC)) || m.Place != "Переговорная 2" {
		t.Errorf("meeting saved as %+v", m)
	}
	if len(it.Contacts) != 1 || it.Contacts[0].Ref.Kind != data.RefPerson || it.Contacts[0].Name != "Семёнов Пётр" {
		t.Errorf("contacts %+v, want the contact person", it.Contacts)
	}
	if it.Topic != "Встреча по проекту" || it.Responsible != f.anna || it.Importance != data.ImportanceNormal {
		t.Errorf("saved %+v", it)
	}
}

func TestCreateForm_SMSAndEmail(t *testing.T) {
	f := newCreateFixture(t, func(o *data.Options) { o.UseSMS, o.UseSubjects = true, true })
	deal := &data.Deal{Partner: f.partner, Name: "Поставка", Active: true}
	if err := f.st.SaveDeal(deal); err != nil {
		t.Fatal(err)
	}

	sms := f.open(t, data.TypeSMS)
	test.Type(sms.Topic, "Напоминание")
	test.Type(sms.Text, "Встреча завтра в 10:00")
	sms.Number.SetText("12")
	f.save(t, sms)
	if got, want := sms.FieldError("recipients.number"), `Recipient number: this is not a phone number`; got != want {
		t.Errorf("number error %q, want %q", got, want)
	}
	sms.Number.SetText("+7 916 123-45-67")
	f.save(t, sms)
	if len(f.created) != 1 {
		t.Fatalf("the SMS was not saved: %q", uitest.VisibleTexts(f.win.Canvas().Overlays().Top()))
	}

	mail := f.open(t, data.TypeEmail)
	if got := mail.Folder.Options; !slices.Equal(got, []string{"Drafts", "Outbox", "Sent"}) {
		t.Errorf("outgoing folders %q", got)
	}
	mail.MailSubject.SetText("Коммерческое предложение")
	mail.To.SetText("info@vector.example, bad address")
	mail.Subject.Set(widgets.Choice{Ref: data.Ref{Kind: data.RefDeal, ID: deal.ID}, Label: "Deal: Поставка"})
	f.save(t, mail)
	if got := mail.FieldError("to"); !strings.HasPrefix(got, "To: this is not an e-mail address") {
		t.Errorf("to error %q", got)
	}
	mail.To.SetText("info@vector.example")
	f.save(t, mail)
	if len(f.created) != 2 {
		t.Fatalf("the e-mail was not saved: %q", uitest.VisibleTexts(f.win.Canvas().Overlays().Top()))
	}
	it, err := f.st.Interaction(f.created[1])
	if err != nil {
		t.Fatal(err)
	}
	if it.Topic != "Коммерческое предложение" || it.Email.Folder != data.FolderDrafts || it.Email.State != data.MailDraft ||
		it.Subject != (data.Ref{Kind: data.RefDeal, ID: deal.ID}) || !it.Reviewed {
		t.Errorf("e-mail saved as %+v %+v", it, it.Email)
	}

	in := f.open(t, data.TypeEmail)
	in.Direction.SetSelected("Incoming")
	if got := in.Folder.Options; !slices.Equal(got, []string{"Inbox", "Trash"}) {
		t.Errorf("incoming folders %q", got)
	}

	// The dialog closed (as Escape does), the next one opens.
	f.win.Canvas().Overlays().Top().Hide()
	if in.Shown() {
		t.Fatal("Escape left the dialog open")
	}
	f.menu.Open(data.TypeCall)
	uitest.Pump(t, "a dialog after Escape", func() bool { return f.menu.Form != in })
}

func TestParseDateTime(t *testing.T) {
	at := func(y int, m time.Month, d, h, min int) time.Time {
		return time.Date(y, m, d, h, min, 0, 0, time.Local)
	}
	tests := []struct {
		in   string
		want time.Time
		Ok   bool
	}{
		{"12.03.2026 14:30", at(2026, 3, 12, 14, 30), true},
		{"2026-03-12 14:30", at(2026, 3, 12, 14, 30), true},
		{"2.3.2026 9:05", at(2026, 3, 2, 9, 5), true},
		{" 2026-3-2  9.05 ", at(2026, 3, 2, 9, 5), true},
		{"12.03.2026", at(2026, 3, 12, 0, 0), true},
		{"12.03.2026 9", at(2026, 3, 12, 9, 0), true},
		{"31.02.2026 10:00", time.Time{}, false},
		{"12.03.2026 24:00", time.Time{}, false},
		{"12.03.2026 10:7", time.Time{}, false},
		{"03/12/2026", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := format.ParseDateTime(tt.in)
		if ok != tt.Ok || !got.Equal(tt.want) {
			t.Errorf("format.ParseDateTime(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.Ok)
		}
	}
}

// TestCreateForm_MeetingEndInRussian shows the problem of an end before the
// start in Russian, from its code, under the field.
func TestCreateForm_MeetingEndInRussian(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	f := newCreateFixture(t, nil)
	form := f.open(t, data.TypeMeeting)
	test.Type(form.Topic, "Встреча по проекту")
	form.Start.SetText("12.03.2026 10:00")
	form.End.SetText("12.03.2026 09:30")
	f.save(t, form)
	if got, want := form.FieldError("end"), "Окончание: не может быть раньше начала"; got != want {
		t.Errorf("end error %q, want %q", got, want)
	}
	if n := f.Count(t); n != 0 {
		t.Fatalf("%d saved with the end before the start", n)
	}
}

// TestCreateForm_DefaultsFollowSettings changes the parameters and finds
// them in a new interaction's form: the current user as responsible, the
// meeting length, and outgoing mail reviewed or not.
func TestCreateForm_DefaultsFollowSettings(t *testing.T) {
	f := newCreateFixture(t, nil)
	boris := &data.Employee{Name: "Борисов Борис"}
	if err := f.st.SaveEmployee(boris); err != nil {
		t.Fatal(err)
	}
	s := f.st.Settings()
	s.CurrentUser, s.MeetingLength, s.OutgoingReviewed = boris.ID, 30*time.Minute, false
	if err := f.st.SaveSettings(s); err != nil {
		t.Fatal(err)
	}
	form := f.open(t, data.TypeMeeting)
	if form.Start.Text != "2026-03-10 12:00" || form.End.Text != "2026-03-10 12:30" {
		t.Errorf("meeting %q – %q, want the 30 minutes of the settings", form.Start.Text, form.End.Text)
	}
	if form.Responsible.Value() != boris.ID {
		t.Errorf("responsible %d, want the current user %d", form.Responsible.Value(), boris.ID)
	}
	it := f.st.NewInteraction(data.TypeEmail, data.DirOutgoing)
	if it.Reviewed || it.Responsible != boris.ID || it.Author != boris.ID {
		t.Errorf("a new outgoing e-mail: reviewed %v, responsible %d, author %d", it.Reviewed, it.Responsible, it.Author)
	}
}
