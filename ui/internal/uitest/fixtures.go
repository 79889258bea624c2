package uitest

import (
	"testing"
	"time"

	"interactions/data"
)

// previewFixture is a store with one interaction of every type, all their
// fields filled, three of them in one chain.
type TypesFixture struct {
	St                                *data.Store
	Meeting, Planned, Call, SMS, Mail *data.Interaction
	Channel                           data.AttrDef // a list attribute, "Канал"
	Employee, Author                  *data.Employee
	Partner                           *data.Partner
	Person                            *data.Person
}

// NewTypesFixture fills a new store on a temp file.
func NewTypesFixture(t *testing.T) *TypesFixture {
	t.Helper()
	st := OpenStore(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	set := st.Settings()
	set.Options = data.Options{UseEmail: true, UseOtherInteractions: true, UseSMS: true, UseReview: true, UseSubjects: true, UseAttributes: true}
	must(st.SaveSettings(set))
	fx := &TypesFixture{St: st}
	fx.Employee = &data.Employee{Name: "Петрова Анна"}
	must(st.SaveEmployee(fx.Employee))
	fx.Author = &data.Employee{Name: "Смирнов Олег"}
	must(st.SaveEmployee(fx.Author))
	fx.Partner = &data.Partner{Name: "ООО «Ромашка»", Kinds: data.PartnerClient}
	must(st.SavePartner(fx.Partner))
	fx.Person = &data.Person{Partner: fx.Partner.ID, Name: "Семёнов Пётр"}
	must(st.SavePerson(fx.Person))
	fx.Channel = data.AttrDef{Name: "Канал", Type: data.AttrList, Options: []data.AttrOption{{ID: 1, Name: "Сайт"}, {ID: 2, Name: "Выставка"}}}
	must(st.SaveAttrDef(&fx.Channel))

	at := func(day, hour, minute int) time.Time { return time.Date(2026, 3, day, hour, minute, 0, 0, time.UTC) }
	person := data.Contact{Ref: data.Ref{Kind: data.RefPerson, ID: fx.Person.ID}, Address: "+7 916 123-45-67"}
	base := func(it *data.Interaction, date time.Time, topic string) {
		it.Date, it.Topic, it.Responsible, it.Author = date, topic, fx.Employee.ID, fx.Author.ID
		it.Contacts = []data.Contact{person}
	}

	fx.Meeting = st.NewInteraction(data.TypeMeeting, data.DirNone)
	base(fx.Meeting, at(2, 10, 0), "Встреча по проекту")
	fx.Meeting.Meeting.Start, fx.Meeting.Meeting.End, fx.Meeting.Meeting.Place = at(2, 10, 0), at(2, 11, 30), "Переговорная 2"
	fx.Meeting.Importance, fx.Meeting.Reviewed = data.ImportanceHigh, true
	fx.Meeting.Attrs = []data.AttrValue{{Attr: fx.Channel.ID, Value: "2"}}
	must(st.SaveInteraction(fx.Meeting))
	chain := data.Ref{Kind: data.RefInteraction, ID: fx.Meeting.ID}

	fx.Call = st.NewInteraction(data.TypeCall, data.DirIncoming)
	base(fx.Call, at(3, 15, 30), "Уточнение сроков")
	fx.Call.Call.Contact, fx.Call.Call.Phone, fx.Call.Call.Duration = person, "+7 916 123-45-67", 4*time.Minute+5*time.Second
	fx.Call.Subject, fx.Call.BasedOn = chain, fx.Meeting.ID
	fx.Call.ReviewAfter = at(12, 9, 0)
	must(st.SaveInteraction(fx.Call))

	fx.Mail = st.NewInteraction(data.TypeEmail, data.DirIncoming)
	base(fx.Mail, at(4, 8, 0), "Вопрос по счету")
	e := fx.Mail.Email
	e.From, e.To, e.Cc = "petr@romashka.example", []string{"anna@firm.example"}, []string{"boss@firm.example"}
	e.Subject, e.Folder, e.HTMLBody = "Счет 15", data.FolderInbox, "<p>Добрый день!</p><p>Пришлите <b>счет</b>.</p>"
	e.Attachments = []data.Attachment{{Name: "реквизиты.pdf", Size: 20480}}
	fx.Mail.Subject = chain
	must(st.SaveInteraction(fx.Mail))

	fx.SMS = st.NewInteraction(data.TypeSMS, data.DirOutgoing)
	base(fx.SMS, at(5, 11, 0), "Напоминание")
	fx.SMS.SMS.Text, fx.SMS.SMS.State = "Напоминаем о встрече", data.SMSDelivered
	fx.SMS.SMS.Recipients = []data.SMSRecipient{{Contact: person, Number: "+7 916 123-45-67"}}
	must(st.SaveInteraction(fx.SMS))

	fx.Planned = st.NewInteraction(data.TypePlanned, data.DirNone)
	base(fx.Planned, at(12, 14, 0), "Подготовить договор")
	fx.Planned.Planned.At, fx.Planned.Description = at(12, 14, 0), "Проект договора на поставку"
	must(st.SaveInteraction(fx.Planned))
	return fx
}
