package data_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"interactions/data"
)

// testDataset is a small handcrafted dataset: every catalog, all five
// types, a chain with a follow-up of a follow-up, real subjects, a
// deferred, an overdue and a marked interaction, attributes of three types.
func testDataset() *data.Dataset {
	day := time.Date(2026, 4, 6, 0, 0, 0, 0, time.Local) // a Monday
	at := func(d, h int) time.Time { return day.AddDate(0, 0, d).Add(time.Duration(h) * time.Hour) }
	st := data.DefaultSettings()
	st.CurrentUser, st.FirstWeekday = 1, time.Sunday
	person := func(id data.ID, name string) data.Contact {
		return data.Contact{Ref: data.Ref{Kind: data.RefPerson, ID: id}, Name: name}
	}
	partner := func(id data.ID, name string) data.Contact {
		return data.Contact{Ref: data.Ref{Kind: data.RefPartner, ID: id}, Name: name}
	}
	free := func(name, addr string) data.Contact {
		return data.Contact{Ref: data.FreeContactRef(name), Name: name, Address: addr}
	}
	chain := func(id data.ID) data.Ref { return data.Ref{Kind: data.RefInteraction, ID: id} }
	base := func(id data.ID, typ data.InteractionType, dir data.Direction, when time.Time, topic string, subject data.Ref) data.Interaction {
		return data.Interaction{ID: id, Number: "Д-" + string(rune('0'+id)), Date: when, Type: typ, Direction: dir, Responsible: 1 + id%2,
			Importance: data.ImportanceNormal, Topic: topic, Subject: subject, Created: when, Modified: when}
	}
	its := []data.Interaction{
		base(1, data.TypeEmail, data.DirIncoming, at(0, 9), "Запрос коммерческого предложения", chain(1)),
		base(2, data.TypeCall, data.DirOutgoing, at(0, 11), "Уточнили объём", chain(1)),
		base(3, data.TypeMeeting, data.DirNone, at(1, 14), "Переговоры по сделке", data.Ref{Kind: data.RefDeal, ID: 1}),
		base(4, data.TypePlanned, data.DirNone, at(2, 10), "Подготовить договор", chain(4)),
		base(5, data.TypeSMS, data.DirOutgoing, at(3, 16), "Напоминание об оплате", data.Ref{Kind: data.RefClaim, ID: 1}),
		base(6, data.TypeEmail, data.DirOutgoing, at(8, 12), "Приглашение на выставку", data.Ref{Kind: data.RefEvent, ID: 1}),
		base(7, data.TypeCall, data.DirIncoming, at(9, 15), "Где мой заказ", data.Ref{Kind: data.RefOrder, ID: 1}),
		base(8, data.TypeEmail, data.DirOutgoing, at(40, 8), "Черновик ответа", chain(1)),
	}
	its[0].Email = &data.Email{From: "olga@romashka.example.ru", To: []string{"sales@company.example.com"}, Subject: "КП", Body: "Пришлите предложение", Folder: data.FolderInbox}
	its[0].Contacts = []data.Contact{person(1, "Кузнецова Ольга")}
	its[0].Attrs = []data.AttrValue{{Attr: 1, Value: "1"}, {Attr: 3, Value: "почта"}}
	its[1].Call = &data.Call{Contact: person(2, "Орлов Пётр"), Phone: "+7 916 222-33-44", Duration: 3 * time.Minute}
	its[1].BasedOn, its[1].Reviewed = 1, true
	its[2].Meeting = &data.Meeting{Start: its[2].Date, End: its[2].Date.Add(2 * time.Hour), Place: "Офис клиента"}
	its[2].Contacts = []data.Contact{partner(1, "ООО «Ромашка»"), free("Гость с выставки", "guest@example.org")}
	its[2].Attrs = []data.AttrValue{{Attr: 2, Value: "2.5"}, {Attr: 1, Value: "2"}}
	its[2].ReviewAfter = time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local)
	its[3].Planned = &data.Planned{At: at(5, 10)}
	its[3].ReviewAfter = at(2, 11)
	its[3].Importance = data.ImportanceHigh
	its[4].SMS = &data.SMS{Text: "Оплатите счёт", State: data.SMSDelivered, Recipients: []data.SMSRecipient{{Contact: person(1, "Кузнецова Ольга"), Number: "+7 916 111-22-33"}}}
	its[5].Email = &data.Email{From: "sales@company.example.com", To: []string{"info@vector.example.com"}, Subject: "Выставка", Folder: data.FolderSent, State: data.MailSent}
	its[5].Contacts = []data.Contact{partner(2, "АО «Вектор»")}
	its[5].Deleted, its[5].Reviewed = true, true
	its[6].Call = &data.Call{Contact: free("Курьер", ""), Phone: "8 800 555-35-35"}
	its[6].Importance = data.ImportanceLow
	its[6].Attrs = []data.AttrValue{{Attr: 2, Value: "-1"}}
	its[7].Email = &data.Email{From: "sales@company.example.com", Subject: "Re: КП", Body: "Черновик", Folder: data.FolderDrafts, State: data.MailDraft}
	its[7].BasedOn = 2
	its[7].Contacts = []data.Contact{person(1, "Кузнецова Ольга"), partner(1, "ООО «Ромашка»")}
	return &data.Dataset{
		Settings:  &st,
		Employees: []data.Employee{{ID: 1, Name: "Иванов Иван", Email: "ivanov@company.example.com"}, {ID: 2, Name: "Петрова Анна"}},
		Groups:    []data.PartnerGroup{{ID: 1, Name: "Клиенты"}, {ID: 2, Name: "Москва", Parent: 1}},
		Partners: []data.Partner{
			{ID: 1, Name: "ООО «Ромашка»", Kinds: data.PartnerClient, Manager: 1, Group: 2, ContactInfo: []data.ContactInfo{{Kind: data.CIPhone, Value: "+7 495 123-45-67"}}},
			{ID: 2, Name: "АО «Вектор»", Kinds: data.PartnerSupplier},
		},
		Roles:   []data.Role{{ID: 1, Name: "Директор"}},
		Persons: []data.Person{{ID: 1, Partner: 1, Name: "Кузнецова Ольга", Roles: []data.ID{1}}, {ID: 2, Partner: 2, Name: "Орлов Пётр"}},
		Deals:   []data.Deal{{ID: 1, Partner: 1, Name: "Поставка", Active: true}},
		Claims:  []data.Claim{{ID: 1, Partner: 2, Text: "Недопоставка", Received: day, Active: true}},
		Events:  []data.Event{{ID: 1, Name: "Выставка", Start: day, State: data.StatePlanned}},
		Orders:  []data.Order{{ID: 1, Number: "ЗК-1", Date: day, Partner: 1, Active: true}},
		Attrs: []data.AttrDef{
			{ID: 1, Name: "Результат", Type: data.AttrList, Options: []data.AttrOption{{ID: 1, Name: "Успех"}, {ID: 2, Name: "Отказ"}}},
			{ID: 2, Name: "Сумма", Type: data.AttrNumber, Types: []data.InteractionType{data.TypeMeeting, data.TypeCall}},
			{ID: 3, Name: "Канал", Type: data.AttrText},
		},
		Interactions: its,
	}
}

func openEmpty(t *testing.T) *data.Store {
	t.Helper()
	s, err := data.Open(filepath.Join(t.TempDir(), "load.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	fixedClock(s, time.Date(2026, 5, 1, 12, 0, 0, 0, time.Local))
	return s
}

func TestLoad_SmallDataset(t *testing.T) {
	s := openEmpty(t)
	d := testDataset()
	want := testDataset()
	if err := s.Load(d); err != nil {
		t.Fatalf("Load: %v", err)
	}
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() after Load = %q, %v; want no problems", probs, err)
	}
	sameJSON(t, "Settings()", s.Settings(), want.Settings)
	emps, _ := s.Employees()
	sameJSON(t, "Employees()", emps, want.Employees)
	persons, _ := s.Persons()
	sameJSON(t, "Persons()", persons, want.Persons)
	sameJSON(t, "AttrDefs()", s.AttrDefs(), want.Attrs)
	for _, it := range want.Interactions {
		got, err := s.Interaction(it.ID)
		if err != nil {
			t.Errorf("Interaction(%d): %v", it.ID, err)
			continue
		}
		sameJSON(t, "Interaction("+it.Number+")", got, it)
	}
	if !s.SubjectActive(data.Ref{Kind: data.RefDeal, ID: 1}) || s.SubjectActive(data.Ref{Kind: data.RefEvent, ID: 1}) {
		t.Errorf("SubjectActive(deal 1, event 1) = %v, %v; want true, false",
			s.SubjectActive(data.Ref{Kind: data.RefDeal, ID: 1}), s.SubjectActive(data.Ref{Kind: data.RefEvent, ID: 1}))
	}

	// Every query agrees with a brute force over the records.
	ids := []data.ID{1, 2, 3, 4, 5, 6, 7, 8}
	o := newOracle(t, s, ids)
	rep := &reporter{t: t, left: 30}
	pr := func(id data.ID) data.Ref { return data.Ref{Kind: data.RefPartner, ID: id} }
	filters := []data.Filter{
		{},
		{Deleted: data.DeletedInclude},
		{Deleted: data.DeletedOnly},
		{Status: data.StatusToReview},
		{Status: data.StatusDeferred},
		{Status: data.StatusReviewed, Deleted: data.DeletedInclude},
		{Kinds: []data.Kind{data.KindEmailIn, data.KindCallOut}},
		{Kinds: []data.Kind{data.KindEmailDraft}},
		{Kinds: []data.Kind{data.KindSMS}},
		{Responsible: 2},
		{Contact: pr(1)},
		{Contact: pr(2), Deleted: data.DeletedInclude},
		{Contact: data.Ref{Kind: data.RefPerson, ID: 1}},
		{Contact: data.FreeContactRef("гость с выставки")},
		{Subject: data.Ref{Kind: data.RefInteraction, ID: 1}},
		{Subject: data.Ref{Kind: data.RefDeal, ID: 1}},
		{From: time.Date(2026, 4, 7, 0, 0, 0, 0, time.Local), To: time.Date(2026, 4, 10, 0, 0, 0, 0, time.Local)},
		{Importance: data.ImportanceHigh},
		{Text: "кп"},
		{Text: "ольг предл"},
		{Text: "8005553535"},
		{Attrs: []data.AttrValue{{Attr: 1, Value: "2"}}},
		{Attrs: []data.AttrValue{{Attr: 2, Value: "2.50"}}},
		{Attrs: []data.AttrValue{{Attr: 3, Value: "ПОЧТА"}}},
		{Attrs: []data.AttrValue{{Attr: 1, Value: ""}}},
		{Contact: pr(1), Status: data.StatusToReview, Kinds: []data.Kind{data.KindEmailIn, data.KindEmailDraft, data.KindMeeting}},
	}
	for _, f := range filters {
		o.compare(s, f, 3, rep, "after Load")
	}
	rep.done()

	// New records continue after the loaded ids.
	e := &data.Employee{Name: "Новый"}
	if err := s.SaveEmployee(e); err != nil || e.ID != 3 {
		t.Errorf("SaveEmployee after Load: id %d, %v; want 3", e.ID, err)
	}
	it := s.NewInteraction(data.TypeCall, data.DirIncoming)
	it.Topic, it.BasedOn = "Ответный звонок", 8
	if err := s.SaveInteraction(it); err != nil {
		t.Fatalf("SaveInteraction after Load: %v", err)
	}
	if it.ID != 9 || it.Responsible != 1 || it.Subject != (data.Ref{Kind: data.RefInteraction, ID: 1}) {
		t.Errorf("new interaction: ID %d, responsible %d, subject %v; want 9, 1 (the current user), interaction:1", it.ID, it.Responsible, it.Subject)
	}
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() after a save = %q, %v; want no problems", probs, err)
	}
}

func TestLoad_RefusesABadDataset(t *testing.T) {
	cases := []struct {
		name   string
		edit   func(d *data.Dataset)
		record string // the record the error names
		field  string // the field, when the error is a FieldError
	}{
		{"invalid employee", func(d *data.Dataset) { d.Employees[1].Email = "anna@" }, "employee 2", "email"},
		{"invalid partner contact information", func(d *data.Dataset) { d.Partners[0].ContactInfo[0].Value = "звонить" }, "partner 1", "contactInfo[0].value"},
		{"repeated partner id", func(d *data.Dataset) { d.Partners[1].ID = 1 }, "partner", ""},
		{"missing id", func(d *data.Dataset) { d.Roles[0].ID = 0 }, "role", ""},
		{"group of an unknown parent", func(d *data.Dataset) { d.Groups[1].Parent = 9 }, "partner group 2", ""},
		{"partner of an unknown manager", func(d *data.Dataset) { d.Partners[1].Manager = 9 }, "partner 2", ""},
		{"person of an unknown partner", func(d *data.Dataset) { d.Persons[1].Partner = 9 }, "contact person 2", ""},
		{"person with an unknown role", func(d *data.Dataset) { d.Persons[0].Roles = []data.ID{1, 9} }, "contact person 1", ""},
		{"deal of an unknown partner", func(d *data.Dataset) { d.Deals[0].Partner = 9 }, "deal 1", ""},
		{"order of an unknown partner", func(d *data.Dataset) { d.Orders[0].Partner = 9 }, "order 1", ""},
		{"invalid attribute", func(d *data.Dataset) { d.Attrs[0].Options = nil }, "attribute 1", "options"},
		{"settings of an unknown user", func(d *data.Dataset) { d.Settings.CurrentUser = 9 }, "settings", ""},
		{"invalid settings", func(d *data.Dataset) { d.Settings.WorkdayEnd = 3 }, "settings", "workdayEnd"},
		{"empty topic", func(d *data.Dataset) { d.Interactions[2].Topic = "" }, "interaction 3", "topic"},
		{"meeting ending before it starts", func(d *data.Dataset) {
			d.Interactions[2].Meeting.End = d.Interactions[2].Meeting.Start.Add(-time.Hour)
		}, "interaction 3", "end"},
		{"unknown responsible", func(d *data.Dataset) { d.Interactions[3].Responsible = 9 }, "interaction 4", "responsible"},
		{"unknown author", func(d *data.Dataset) { d.Interactions[3].Author = 9 }, "interaction 4", "author"},
		{"unknown contact person", func(d *data.Dataset) { d.Interactions[0].Contacts[0].Ref.ID = 9 }, "interaction 1", "contacts[0]"},
		{"unknown person called", func(d *data.Dataset) { d.Interactions[1].Call.Contact.Ref.ID = 9 }, "interaction 2", ""},
		{"free contact under another name's ref", func(d *data.Dataset) { d.Interactions[2].Contacts[1].Name = "Другой" }, "interaction 3", "contacts[1]"},
		{"no subject", func(d *data.Dataset) { d.Interactions[4].Subject = data.Ref{} }, "interaction 5", "subject"},
		{"unknown subject", func(d *data.Dataset) { d.Interactions[4].Subject.ID = 9 }, "interaction 5", "subject"},
		{"unknown chain", func(d *data.Dataset) { d.Interactions[1].Subject = data.Ref{Kind: data.RefInteraction, ID: 99} }, "interaction 2", "subject"},
		{"chain whose root is not a chain root", func(d *data.Dataset) {
			d.Interactions[1].Subject = data.Ref{Kind: data.RefInteraction, ID: 3} // 3 belongs to the deal
		}, "interaction 2", "subject"},
		{"unknown base", func(d *data.Dataset) { d.Interactions[7].BasedOn = 99 }, "interaction 8", "basedOn"},
		{"unknown attribute", func(d *data.Dataset) { d.Interactions[0].Attrs[0].Attr = 9 }, "interaction 1", "attrs[0]"},
		{"attribute not for SMS", func(d *data.Dataset) {
			d.Interactions[4].Attrs = []data.AttrValue{{Attr: 2, Value: "1"}}
		}, "interaction 5", "attrs[0]"},
		{"value not in canonical form", func(d *data.Dataset) { d.Interactions[2].Attrs[0].Value = "2,5" }, "interaction 3", "attrs[0]"},
		{"value not in the list", func(d *data.Dataset) { d.Interactions[2].Attrs[1].Value = "5" }, "interaction 3", "attrs[1]"},
		{"repeated interaction id", func(d *data.Dataset) { d.Interactions[7].ID = 1 }, "interaction", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := openEmpty(t)
			d := testDataset()
			tc.edit(d)
			err := s.Load(d)
			if err == nil {
				t.Fatalf("Load(%s) = nil, want an error naming %q", tc.name, tc.record)
			}
			if !strings.Contains(err.Error(), tc.record) {
				t.Errorf("Load(%s) = %v, want an error naming %q", tc.name, err, tc.record)
			}
			if tc.field != "" {
				wantFieldErr(t, "Load("+tc.name+")", err, tc.field)
			}
			// Nothing was written.
			if n, err := s.Count(data.Filter{Deleted: data.DeletedInclude}); err != nil || n != 0 {
				t.Errorf("Count(everything) = %d, %v after a refused Load, want 0", n, err)
			}
			emps, _ := s.Employees()
			partners, _ := s.Partners()
			deals, _ := s.Deals()
			if len(emps)+len(partners)+len(deals)+len(s.AttrDefs()) != 0 {
				t.Errorf("after a refused Load: %d employees, %d partners, %d deals, %d attributes; want none",
					len(emps), len(partners), len(deals), len(s.AttrDefs()))
			}
			if jsonOf(t, s.Settings()) != jsonOf(t, data.DefaultSettings()) {
				t.Errorf("Settings() changed by a refused Load: %+v", s.Settings())
			}
			// The store takes the good dataset afterwards.
			if err := s.Load(testDataset()); err != nil {
				t.Errorf("Load(good dataset) after a refused one: %v", err)
			} else if n, _ := s.Count(data.Filter{Deleted: data.DeletedInclude}); n != 8 {
				t.Errorf("Count(everything) = %d after the good Load, want 8", n)
			}
		})
	}
}

func TestLoad_NonEmptyStore(t *testing.T) {
	t.Run("with interactions", func(t *testing.T) {
		s, e, _, _ := newTestStore(t)
		it := s.NewInteraction(data.TypePlanned, data.DirNone)
		it.Responsible, it.Topic = e.ID, "Уже есть"
		if err := s.SaveInteraction(it); err != nil {
			t.Fatal(err)
		}
		if err := s.Load(testDataset()); !errors.Is(err, data.ErrNotEmpty) {
			t.Errorf("Load into a store with interactions: err = %v, want ErrNotEmpty", err)
		}
		if n, _ := s.Count(data.Filter{Deleted: data.DeletedInclude}); n != 1 {
			t.Errorf("Count(everything) = %d after a refused Load, want 1", n)
		}
		if got, _ := s.Employee(e.ID); got == nil || got.Name != e.Name {
			t.Errorf("Employee(%d) = %+v after a refused Load, want %+v", e.ID, got, e)
		}
	})
	t.Run("with catalogs only", func(t *testing.T) {
		// Load must not overwrite what the user already keeps.
		s, e, p, pe := newTestStore(t)
		err := s.Load(testDataset())
		if errors.Is(err, data.ErrNotEmpty) {
			return
		}
		if err != nil {
			t.Fatalf("Load into a store with catalogs only: %v", err)
		}
		if got, err := s.Employee(e.ID); err != nil || jsonOf(t, got) != jsonOf(t, e) {
			t.Errorf("Load into a store with catalogs only replaced employee %d: now %+v (%v), was %+v; want ErrNotEmpty or the records kept", e.ID, got, err, e)
		}
		if got, err := s.Partner(p.ID); err != nil || jsonOf(t, got) != jsonOf(t, p) {
			t.Errorf("Load into a store with catalogs only replaced partner %d: now %+v (%v), was %+v", p.ID, got, err, p)
		}
		if got, err := s.Person(pe.ID); err != nil || jsonOf(t, got) != jsonOf(t, pe) {
			t.Errorf("Load into a store with catalogs only replaced contact person %d: now %+v (%v), was %+v", pe.ID, got, err, pe)
		}
	})
}
