package ui

import (
	"interactions/ui/internal/uitest"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"interactions/data"

	"interactions/ui/format"
)

// previewFixture is a store with one interaction of every type, all their
// fields filled, three of them in one chain.
type previewFixture struct {
	st                                *data.Store
	meeting, planned, call, sms, mail *data.Interaction
	channel                           data.AttrDef
	employee, author                  *data.Employee
	partner                           *data.Partner
	person                            *data.Person
}

func newPreviewFixture(t *testing.T) *previewFixture {
	t.Helper()
	st := uitest.OpenStore(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	set := st.Settings()
	set.Options = data.Options{UseEmail: true, UseOtherInteractions: true, UseSMS: true, UseReview: true, UseSubjects: true, UseAttributes: true}
	must(st.SaveSettings(set))
	fx := &previewFixture{st: st}
	fx.employee = &data.Employee{Name: "Петрова Анна"}
	must(st.SaveEmployee(fx.employee))
	fx.author = &data.Employee{Name: "Смирнов Олег"}
	must(st.SaveEmployee(fx.author))
	fx.partner = &data.Partner{Name: "ООО «Ромашка»", Kinds: data.PartnerClient}
	must(st.SavePartner(fx.partner))
	fx.person = &data.Person{Partner: fx.partner.ID, Name: "Семёнов Пётр"}
	must(st.SavePerson(fx.person))
	fx.channel = data.AttrDef{Name: "Канал", Type: data.AttrList, Options: []data.AttrOption{{ID: 1, Name: "Сайт"}, {ID: 2, Name: "Выставка"}}}
	must(st.SaveAttrDef(&fx.channel))

	at := func(day, hour, minute int) time.Time { return time.Date(2026, 3, day, hour, minute, 0, 0, time.UTC) }
	person := data.Contact{Ref: data.Ref{Kind: data.RefPerson, ID: fx.person.ID}, Address: "+7 916 123-45-67"}
	base := func(it *data.Interaction, date time.Time, topic string) {
		it.Date, it.Topic, it.Responsible, it.Author = date, topic, fx.employee.ID, fx.author.ID
		it.Contacts = []data.Contact{person}
	}

	fx.meeting = st.NewInteraction(data.TypeMeeting, data.DirNone)
	base(fx.meeting, at(2, 10, 0), "Встреча по проекту")
	fx.meeting.Meeting.Start, fx.meeting.Meeting.End, fx.meeting.Meeting.Place = at(2, 10, 0), at(2, 11, 30), "Переговорная 2"
	fx.meeting.Importance, fx.meeting.Reviewed = data.ImportanceHigh, true
	fx.meeting.Attrs = []data.AttrValue{{Attr: fx.channel.ID, Value: "2"}}
	must(st.SaveInteraction(fx.meeting))
	chain := data.Ref{Kind: data.RefInteraction, ID: fx.meeting.ID}

	fx.call = st.NewInteraction(data.TypeCall, data.DirIncoming)
	base(fx.call, at(3, 15, 30), "Уточнение сроков")
	fx.call.Call.Contact, fx.call.Call.Phone, fx.call.Call.Duration = person, "+7 916 123-45-67", 4*time.Minute+5*time.Second
	fx.call.Subject, fx.call.BasedOn = chain, fx.meeting.ID
	fx.call.ReviewAfter = at(12, 9, 0)
	must(st.SaveInteraction(fx.call))

	fx.mail = st.NewInteraction(data.TypeEmail, data.DirIncoming)
	base(fx.mail, at(4, 8, 0), "Вопрос по счету")
	e := fx.mail.Email
	e.From, e.To, e.Cc = "petr@romashka.example", []string{"anna@firm.example"}, []string{"boss@firm.example"}
	e.Subject, e.Folder, e.HTMLBody = "Счет 15", data.FolderInbox, "<p>Добрый день!</p><p>Пришлите <b>счет</b>.</p>"
	e.Attachments = []data.Attachment{{Name: "реквизиты.pdf", Size: 20480}}
	fx.mail.Subject = chain
	must(st.SaveInteraction(fx.mail))

	fx.sms = st.NewInteraction(data.TypeSMS, data.DirOutgoing)
	base(fx.sms, at(5, 11, 0), "Напоминание")
	fx.sms.SMS.Text, fx.sms.SMS.State = "Напоминаем о встрече", data.SMSDelivered
	fx.sms.SMS.Recipients = []data.SMSRecipient{{Contact: person, Number: "+7 916 123-45-67"}}
	must(st.SaveInteraction(fx.sms))

	fx.planned = st.NewInteraction(data.TypePlanned, data.DirNone)
	base(fx.planned, at(12, 14, 0), "Подготовить договор")
	fx.planned.Planned.At, fx.planned.Description = at(12, 14, 0), "Проект договора на поставку"
	must(st.SaveInteraction(fx.planned))
	return fx
}

// showPreview shows interaction id in a pane in a window and returns the
// texts the pane shows.
func showPreview(t *testing.T, st *data.Store, id data.ID) (*previewPane, []string) {
	t.Helper()
	p := newPreviewPane(st)
	w := test.NewTempWindow(t, p.Content)
	w.Resize(fyne.NewSize(420, 2000))
	p.Show(id)
	uitest.Pump(t, "the preview", func() bool { return !p.Busy() })
	return p, uitest.VisibleTexts(w.Content())
}

func TestPreview_FieldsOfEachType(t *testing.T) {
	test.NewTempApp(t)
	fx := newPreviewFixture(t)
	dt := func(tm time.Time) string { return format.DateTime(tm) }
	tests := []struct {
		name string
		it   *data.Interaction
		want []string
	}{
		{"meeting", fx.meeting, []string{"Встреча по проекту", "Meeting", dt(fx.meeting.Meeting.Start), dt(fx.meeting.Meeting.End),
			"Переговорная 2", "Own chain", "High", "Yes", "Канал", "Выставка", "Петрова Анна", "Смирнов Олег", "Семёнов Пётр (+7 916 123-45-67)"}},
		{"planned", fx.planned, []string{"Planned interaction", "Planned for", dt(fx.planned.Planned.At), "Проект договора на поставку", "Normal", "No"}},
		{"call", fx.call, []string{"Phone call", "Incoming", "Contact called", "Семёнов Пётр", "+7 916 123-45-67", "4:05",
			"Based on", "Встреча по проекту", dt(fx.call.ReviewAfter)}},
		{"sms", fx.sms, []string{"SMS message", "Recipients", "Семёнов Пётр (+7 916 123-45-67)", "Delivered", "Напоминаем о встрече"}},
		{"e-mail", fx.mail, []string{"E-mail", "petr@romashka.example", "anna@firm.example", "boss@firm.example", "Счет 15",
			"Inbox", "реквизиты.pdf (20 KB)", "Добрый день!", "Пришлите счет ."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, texts := showPreview(t, fx.st, tt.it.ID)
			for _, w := range tt.want {
				if !slices.Contains(texts, w) {
					t.Errorf("%q is not shown; shown: %q", w, texts)
				}
			}
		})
	}
}

func TestPreview_ChainPosition(t *testing.T) {
	test.NewTempApp(t)
	fx := newPreviewFixture(t)
	for _, tt := range []struct {
		it   *data.Interaction
		want string
	}{
		{fx.meeting, "1 of 3 in the chain"},
		{fx.call, "2 of 3 in the chain"},
		{fx.mail, "3 of 3 in the chain"},
		{fx.sms, "1 of 1 in the chain"},
	} {
		p, texts := showPreview(t, fx.st, tt.it.ID)
		if !slices.Contains(texts, tt.want) {
			t.Errorf("%q: %q is not shown; shown: %q", tt.it.Topic, tt.want, texts)
		}
		if tt.it == fx.call {
			// The chain in time order, the unreviewed marked.
			d := p.shown
			var got []data.ID
			for _, r := range d.chain {
				got = append(got, r.Interaction.ID)
			}
			if want := []data.ID{fx.meeting.ID, fx.call.ID, fx.mail.ID}; !slices.Equal(got, want) {
				t.Errorf("chain %v, want %v", got, want)
			}
			marked := 0
			for _, s := range texts {
				if strings.HasPrefix(s, "● ") {
					marked++
				}
			}
			if marked != 2 { // the call and the e-mail are unreviewed
				t.Errorf("%d chain lines marked unreviewed, want 2", marked)
			}
		}
	}
}

// TestInteractionsView_PreviewFollowsSelection selects a row of the
// screen: the preview shows it; Enter shows a hidden preview again.
func TestInteractionsView_PreviewFollowsSelection(t *testing.T) {
	st := uitest.FixtureStore(t)
	v, w := showInteractions(t, st)
	if !v.showPreview {
		v.togglePreview()
	}
	v.clickRow(1, 0)
	row := readItem(t, v.model, 1).Row
	uitest.Pump(t, "the preview", func() bool { return v.preview.shown != nil && !v.preview.Busy() })
	if v.preview.shown.it.ID != row.Interaction.ID {
		t.Fatalf("the preview shows %d, want %d", v.preview.shown.it.ID, row.Interaction.ID)
	}
	n := 0
	for _, s := range uitest.VisibleTexts(w.Content()) {
		if uitest.Shown([]string{s}, row.Interaction.Topic) {
			n++
		}
	}
	if n < 2 {
		t.Errorf("the topic %q is not in both the list and the preview", row.Interaction.Topic)
	}
	v.togglePreview()
	if v.showPreview {
		t.Fatal("the preview does not hide")
	}
	v.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !v.showPreview {
		t.Error("Enter leaves the preview hidden")
	}
}
