package data_test

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"interactions/data"
)

// wantFieldErr checks that err is a FieldError naming field.
func wantFieldErr(t *testing.T, what string, err error, field string) {
	t.Helper()
	if err == nil {
		t.Errorf("%s: err = nil, want a FieldError naming %q", what, field)
		return
	}
	fe, ok := data.AsFieldError(err)
	if !ok {
		t.Errorf("%s: err = %v, want a FieldError naming %q", what, err, field)
		return
	}
	if fe.Field != field {
		t.Errorf("%s: FieldError.Field = %q (%v), want %q", what, fe.Field, err, field)
	}
}

// jsonOf renders v as JSON; times compare by instant and zone offset.
func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%T): %v", v, err)
	}
	return string(b)
}

// sameJSON reports a difference between got and want as JSON.
func sameJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	if g, w := jsonOf(t, got), jsonOf(t, want); g != w {
		t.Errorf("%s =\n  %s\nwant\n  %s", what, g, w)
	}
}

// clone deep-copies v through JSON.
func clone[T any](t *testing.T, v *T) *T {
	t.Helper()
	out := new(T)
	if err := json.Unmarshal([]byte(jsonOf(t, v)), out); err != nil {
		t.Fatal(err)
	}
	return out
}

// fixedClock sets the store's clock to a fixed time and returns it.
func fixedClock(s *data.Store, now time.Time) time.Time {
	s.Now = func() time.Time { return now }
	return now
}

func TestEmployee_CRUD(t *testing.T) {
	s, e, _, _ := newTestStore(t)
	got, err := s.Employee(e.ID)
	if err != nil {
		t.Fatalf("Employee(%d): %v", e.ID, err)
	}
	sameJSON(t, "Employee(first)", got, e)

	e2 := &data.Employee{Name: "Петрова Анна", Position: "Менеджер", Email: "anna@example.com", Phone: "+7 495 111-22-33", Inactive: true}
	if err := s.SaveEmployee(e2); err != nil {
		t.Fatalf("SaveEmployee: %v", err)
	}
	if e2.ID == 0 || e2.ID == e.ID {
		t.Fatalf("SaveEmployee gave id %d (first %d)", e2.ID, e.ID)
	}
	e2.Position = "Руководитель отдела"
	e2.Inactive = false
	if err := s.SaveEmployee(e2); err != nil {
		t.Fatalf("SaveEmployee(update): %v", err)
	}
	got, err = s.Employee(e2.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "Employee(updated)", got, e2)
	all, err := s.Employees()
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "Employees()", all, []data.Employee{*e, *e2})

	if _, err := s.Employee(999); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("Employee(999) err = %v, want ErrNotFound", err)
	}
	if err := s.SaveEmployee(&data.Employee{ID: 999, Name: "Никто"}); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("SaveEmployee(unknown id) err = %v, want ErrNotFound", err)
	}
	for _, tc := range []struct {
		name  string
		e     data.Employee
		field string
	}{
		{"empty name", data.Employee{Name: "  "}, "name"},
		{"bad e-mail", data.Employee{Name: "X", Email: "ivan@"}, "email"},
		{"bad phone", data.Employee{Name: "X", Phone: "12ab"}, "phone"},
	} {
		wantFieldErr(t, "SaveEmployee("+tc.name+")", s.SaveEmployee(&tc.e), tc.field)
	}
	if all, _ := s.Employees(); len(all) != 2 {
		t.Errorf("len(Employees()) = %d after refused saves, want 2", len(all))
	}
}

func TestPartnerGroup_CRUDAndLoop(t *testing.T) {
	s, _, _, _ := newTestStore(t)
	root := &data.PartnerGroup{Name: "Клиенты"}
	if err := s.SavePartnerGroup(root); err != nil {
		t.Fatal(err)
	}
	child := &data.PartnerGroup{Name: "Москва", Parent: root.ID}
	if err := s.SavePartnerGroup(child); err != nil {
		t.Fatal(err)
	}
	grand := &data.PartnerGroup{Name: "Центр", Parent: child.ID}
	if err := s.SavePartnerGroup(grand); err != nil {
		t.Fatal(err)
	}
	all, err := s.PartnerGroups()
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "PartnerGroups()", all, []data.PartnerGroup{*root, *child, *grand})

	loop := *root
	loop.Parent = grand.ID
	wantFieldErr(t, "SavePartnerGroup(root under its grandchild)", s.SavePartnerGroup(&loop), "parent")
	self := *child
	self.Parent = child.ID
	wantFieldErr(t, "SavePartnerGroup(own parent)", s.SavePartnerGroup(&self), "parent")
	wantFieldErr(t, "SavePartnerGroup(unknown parent)", s.SavePartnerGroup(&data.PartnerGroup{Name: "X", Parent: 99}), "parent")

	all, _ = s.PartnerGroups()
	sameJSON(t, "PartnerGroups() after refusals", all, []data.PartnerGroup{*root, *child, *grand})

	// Moving a leaf elsewhere is fine.
	grand.Parent = root.ID
	if err := s.SavePartnerGroup(grand); err != nil {
		t.Errorf("SavePartnerGroup(move leaf): %v", err)
	}
}

func TestPartner_CRUD(t *testing.T) {
	s, e, p0, _ := newTestStore(t)
	g := &data.PartnerGroup{Name: "Поставщики"}
	if err := s.SavePartnerGroup(g); err != nil {
		t.Fatal(err)
	}
	p := &data.Partner{
		Name: "АО «Вектор»", FullName: "Акционерное общество «Вектор»",
		Kinds: data.PartnerClient | data.PartnerSupplier, Manager: e.ID, Group: g.ID, Comment: "ключевой",
		ContactInfo: []data.ContactInfo{
			{Kind: data.CIPhone, Value: "+7 (812) 555-01-02", Comment: "офис"},
			{Kind: data.CIEmail, Value: "info@vector.example.com"},
			{Kind: data.CIPostal, Value: "190000, Санкт-Петербург, Невский пр., 1"},
			{Kind: data.CILegal, Value: "190000, Санкт-Петербург, ул. Садовая, 2"},
			{Kind: data.CIWebsite, Value: "https://vector.example.com"},
			{Kind: data.CIOther, Value: "telegram @vector"},
		},
	}
	if err := s.SavePartner(p); err != nil {
		t.Fatalf("SavePartner: %v", err)
	}
	got, err := s.Partner(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "Partner()", got, p)

	p.ContactInfo = p.ContactInfo[:2]
	p.Kinds = data.PartnerCompetitor
	if err := s.SavePartner(p); err != nil {
		t.Fatalf("SavePartner(update): %v", err)
	}
	got, _ = s.Partner(p.ID)
	sameJSON(t, "Partner(updated)", got, p)
	all, err := s.Partners()
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "Partners()", all, []data.Partner{*p0, *p})

	for _, tc := range []struct {
		name  string
		p     data.Partner
		field string
	}{
		{"empty name", data.Partner{}, "name"},
		{"bad e-mail", data.Partner{Name: "X", ContactInfo: []data.ContactInfo{{Kind: data.CIPhone, Value: "+7 495 000-00-00"}, {Kind: data.CIEmail, Value: "x@@example"}}}, "contactInfo[1].value"},
		{"bad phone", data.Partner{Name: "X", ContactInfo: []data.ContactInfo{{Kind: data.CIPhone, Value: "call me"}}}, "contactInfo[0].value"},
		{"empty value", data.Partner{Name: "X", ContactInfo: []data.ContactInfo{{Kind: data.CIPostal, Value: " "}}}, "contactInfo[0].value"},
		{"unknown kind", data.Partner{Name: "X", ContactInfo: []data.ContactInfo{{Kind: 42, Value: "x"}}}, "contactInfo[0].kind"},
		{"unknown kind bits", data.Partner{Name: "X", Kinds: 64}, "kinds"},
		{"unknown manager", data.Partner{Name: "X", Manager: 99}, "manager"},
		{"unknown group", data.Partner{Name: "X", Group: 99}, "group"},
	} {
		wantFieldErr(t, "SavePartner("+tc.name+")", s.SavePartner(&tc.p), tc.field)
	}
	if all, _ := s.Partners(); len(all) != 2 {
		t.Errorf("len(Partners()) = %d after refused saves, want 2", len(all))
	}
}

func TestRoleAndPerson_CRUD(t *testing.T) {
	s, _, p, pe0 := newTestStore(t)
	r1, r2 := &data.Role{Name: "Директор"}, &data.Role{Name: "Главный бухгалтер"}
	for _, r := range []*data.Role{r1, r2} {
		if err := s.SaveRole(r); err != nil {
			t.Fatal(err)
		}
	}
	roles, err := s.Roles()
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "Roles()", roles, []data.Role{*r1, *r2})
	wantFieldErr(t, "SaveRole(empty)", s.SaveRole(&data.Role{}), "name")

	pe := &data.Person{
		Partner: p.ID, Name: "Кузнецова Ольга", Position: "Финансовый директор", Roles: []data.ID{r1.ID, r2.ID},
		ContactInfo: []data.ContactInfo{{Kind: data.CIPhone, Value: "+7 916 123-45-67"}, {Kind: data.CIEmail, Value: "olga@romashka.example.ru", Comment: "рабочий"}},
		Birthday:    time.Date(1980, 5, 17, 0, 0, 0, 0, time.UTC), Comment: "звонить после 10", Inactive: true,
	}
	if err := s.SavePerson(pe); err != nil {
		t.Fatalf("SavePerson: %v", err)
	}
	got, err := s.Person(pe.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "Person()", got, pe)
	pe.Roles = []data.ID{r2.ID}
	pe.Inactive = false
	if err := s.SavePerson(pe); err != nil {
		t.Fatalf("SavePerson(update): %v", err)
	}
	all, err := s.Persons()
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "Persons()", all, []data.Person{*pe0, *pe})

	for _, tc := range []struct {
		name  string
		p     data.Person
		field string
	}{
		{"empty name", data.Person{Partner: p.ID}, "name"},
		{"no partner", data.Person{Name: "X"}, "partner"},
		{"unknown partner", data.Person{Name: "X", Partner: 99}, "partner"},
		{"unknown role", data.Person{Name: "X", Partner: p.ID, Roles: []data.ID{99}}, "roles[0]"},
		{"future birthday", data.Person{Name: "X", Partner: p.ID, Birthday: time.Now().AddDate(1, 0, 0)}, "birthday"},
		{"bad e-mail", data.Person{Name: "X", Partner: p.ID, ContactInfo: []data.ContactInfo{{Kind: data.CIEmail, Value: "olga at example"}}}, "contactInfo[0].value"},
		{"bad phone", data.Person{Name: "X", Partner: p.ID, ContactInfo: []data.ContactInfo{{Kind: data.CIEmail, Value: "a@b.ru"}, {Kind: data.CIPhone, Value: "12"}}}, "contactInfo[1].value"},
	} {
		wantFieldErr(t, "SavePerson("+tc.name+")", s.SavePerson(&tc.p), tc.field)
	}
}

func TestSubjects_CRUD(t *testing.T) {
	s, _, p, _ := newTestStore(t)
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	deal := &data.Deal{Partner: p.ID, Name: "Поставка оборудования", Stage: "переговоры", Amount: 1_500_000_00, CloseDate: day(6, 30), State: data.StateOpen, Active: true}
	claim := &data.Claim{Partner: p.ID, Text: "Недопоставка\nпартия 12", Received: day(2, 3), State: data.StateResolved, Resolution: "допоставили", Active: false}
	event := &data.Event{Name: "Выставка «Связь»", Start: day(4, 10), End: day(4, 14), Budget: 300_000_00, State: data.StatePlanned, Active: true}
	order := &data.Order{Number: "ЗК-0001", Date: day(3, 1), Partner: p.ID, Amount: 99_90, PaymentDue: day(3, 15), Shipment: day(3, 20), Paid: true, Active: true}
	if err := s.SaveDeal(deal); err != nil {
		t.Fatalf("SaveDeal: %v", err)
	}
	if err := s.SaveClaim(claim); err != nil {
		t.Fatalf("SaveClaim: %v", err)
	}
	if err := s.SaveEvent(event); err != nil {
		t.Fatalf("SaveEvent: %v", err)
	}
	if err := s.SaveOrder(order); err != nil {
		t.Fatalf("SaveOrder: %v", err)
	}
	deal.State, deal.Active = data.StateWon, false
	if err := s.SaveDeal(deal); err != nil {
		t.Fatalf("SaveDeal(update): %v", err)
	}
	order.Shipped = true
	if err := s.SaveOrder(order); err != nil {
		t.Fatalf("SaveOrder(update): %v", err)
	}
	deals, err := s.Deals()
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "Deals()", deals, []data.Deal{*deal})
	claims, _ := s.Claims()
	sameJSON(t, "Claims()", claims, []data.Claim{*claim})
	events, _ := s.Events()
	sameJSON(t, "Events()", events, []data.Event{*event})
	orders, _ := s.Orders()
	sameJSON(t, "Orders()", orders, []data.Order{*order})

	for _, tc := range []struct {
		r    data.Ref
		want string
	}{
		{data.Ref{Kind: data.RefDeal, ID: deal.ID}, "Поставка оборудования"},
		{data.Ref{Kind: data.RefClaim, ID: claim.ID}, "Недопоставка"},
		{data.Ref{Kind: data.RefEvent, ID: event.ID}, "Выставка «Связь»"},
		{data.Ref{Kind: data.RefOrder, ID: order.ID}, "ЗК-0001"},
	} {
		if got := s.Name(tc.r); got != tc.want {
			t.Errorf("Name(%v) = %q, want %q", tc.r, got, tc.want)
		}
	}

	checks := []struct {
		name  string
		save  func() error
		field string
	}{
		{"deal unknown partner", func() error { return s.SaveDeal(&data.Deal{Partner: 99, Name: "X"}) }, "partner"},
		{"deal empty name", func() error { return s.SaveDeal(&data.Deal{Partner: p.ID}) }, "name"},
		{"deal negative amount", func() error { return s.SaveDeal(&data.Deal{Partner: p.ID, Name: "X", Amount: -1}) }, "amount"},
		{"deal claim state", func() error { return s.SaveDeal(&data.Deal{Partner: p.ID, Name: "X", State: data.StateResolved}) }, "state"},
		{"claim empty text", func() error { return s.SaveClaim(&data.Claim{Partner: p.ID, Received: day(1, 1)}) }, "text"},
		{"claim no date", func() error { return s.SaveClaim(&data.Claim{Partner: p.ID, Text: "X"}) }, "received"},
		{"claim unknown partner", func() error { return s.SaveClaim(&data.Claim{Partner: 99, Text: "X", Received: day(1, 1)}) }, "partner"},
		{"event end before start", func() error {
			return s.SaveEvent(&data.Event{Name: "X", Start: day(5, 2), End: day(5, 1), State: data.StatePlanned})
		}, "end"},
		{"event deal state", func() error { return s.SaveEvent(&data.Event{Name: "X", Start: day(5, 2), State: data.StateWon}) }, "state"},
		{"order empty number", func() error { return s.SaveOrder(&data.Order{Date: day(1, 1), Partner: p.ID}) }, "number"},
		{"order unknown partner", func() error { return s.SaveOrder(&data.Order{Number: "1", Date: day(1, 1), Partner: 99}) }, "partner"},
		{"order negative amount", func() error { return s.SaveOrder(&data.Order{Number: "1", Date: day(1, 1), Partner: p.ID, Amount: -5}) }, "amount"},
	}
	for _, tc := range checks {
		wantFieldErr(t, tc.name, tc.save(), tc.field)
	}
	deals, _ = s.Deals()
	orders, _ = s.Orders()
	if len(deals) != 1 || len(orders) != 1 {
		t.Errorf("after refused saves: %d deals, %d orders, want 1 and 1", len(deals), len(orders))
	}
}

// testAttrDefs saves one attribute definition of each value type.
func testAttrDefs(t *testing.T, s *data.Store) (text, number, date, yesno, list *data.AttrDef) {
	t.Helper()
	text = &data.AttrDef{Name: "Канал", Type: data.AttrText}
	number = &data.AttrDef{Name: "Сумма", Type: data.AttrNumber, Types: []data.InteractionType{data.TypeMeeting, data.TypeCall, data.TypeEmail}}
	date = &data.AttrDef{Name: "Срок", Type: data.AttrDate}
	yesno = &data.AttrDef{Name: "Повторный", Type: data.AttrBool}
	list = &data.AttrDef{Name: "Результат", Type: data.AttrList, Options: []data.AttrOption{{ID: 1, Name: "Успех"}, {ID: 2, Name: "Отказ"}, {ID: 7, Name: "Перенос"}}}
	for _, d := range []*data.AttrDef{text, number, date, yesno, list} {
		if err := s.SaveAttrDef(d); err != nil {
			t.Fatalf("SaveAttrDef(%s): %v", d.Name, err)
		}
	}
	return
}

func TestAttrDef_CRUDAndCheckValue(t *testing.T) {
	s, _, _, _ := newTestStore(t)
	text, number, date, yesno, list := testAttrDefs(t, s)
	sameJSON(t, "AttrDefs()", s.AttrDefs(), []data.AttrDef{*text, *number, *date, *yesno, *list})
	if d, ok := s.AttrDef(list.ID); !ok {
		t.Errorf("AttrDef(%d) missing", list.ID)
	} else {
		sameJSON(t, "AttrDef(list)", d, list)
	}
	if _, ok := s.AttrDef(999); ok {
		t.Errorf("AttrDef(999) found")
	}
	list.Options = append(list.Options, data.AttrOption{ID: 8, Name: "Думает"})
	if err := s.SaveAttrDef(list); err != nil {
		t.Fatal(err)
	}
	if d, _ := s.AttrDef(list.ID); len(d.Options) != 4 {
		t.Errorf("AttrDef(list) after update has %d options, want 4", len(d.Options))
	}
	if number.AppliesTo(data.TypeSMS) || !number.AppliesTo(data.TypeCall) || !text.AppliesTo(data.TypeSMS) {
		t.Errorf("AppliesTo: number/SMS %v, number/call %v, text/SMS %v; want false, true, true",
			number.AppliesTo(data.TypeSMS), number.AppliesTo(data.TypeCall), text.AppliesTo(data.TypeSMS))
	}

	for _, tc := range []struct {
		def  *data.AttrDef
		in   string
		want string // "" = refused
	}{
		{text, "  по телефону ", "по телефону"},
		{text, "   ", ""},
		{number, "42", "42"},
		{number, "1 234,50", "1234.5"},
		{number, "-0.25", "-0.25"},
		{number, "1e3", "1000"},
		{number, "abc", ""},
		{number, "NaN", ""},
		{number, "Inf", ""},
		{date, "2026-03-05", "2026-03-05"},
		{date, "05.03.2026", ""},
		{date, "2026-02-30", ""},
		{yesno, "true", "true"},
		{yesno, "FALSE", "false"},
		{yesno, "1", "true"},
		{yesno, "maybe", ""},
		{list, "2", "2"},
		{list, "7", "7"},
		{list, "3", ""},
		{list, "Успех", ""},
	} {
		got, err := tc.def.CheckValue(tc.in)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("CheckValue(%s, %q) = %q, want an error", tc.def.Type, tc.in, got)
		case tc.want == "":
			wantFieldErr(t, "CheckValue("+tc.def.Type.String()+", "+tc.in+")", err, "value")
		case err != nil || got != tc.want:
			t.Errorf("CheckValue(%s, %q) = %q, %v, want %q", tc.def.Type, tc.in, got, err, tc.want)
		}
	}

	for _, tc := range []struct {
		name  string
		d     data.AttrDef
		field string
	}{
		{"empty name", data.AttrDef{Type: data.AttrText}, "name"},
		{"unknown type", data.AttrDef{Name: "X", Type: 9}, "type"},
		{"unknown interaction type", data.AttrDef{Name: "X", Type: data.AttrText, Types: []data.InteractionType{9}}, "types[0]"},
		{"list without values", data.AttrDef{Name: "X", Type: data.AttrList}, "options"},
		{"repeated option id", data.AttrDef{Name: "X", Type: data.AttrList, Options: []data.AttrOption{{ID: 1, Name: "a"}, {ID: 1, Name: "b"}}}, "options[1].id"},
		{"empty option", data.AttrDef{Name: "X", Type: data.AttrList, Options: []data.AttrOption{{ID: 1, Name: " "}}}, "options[0].name"},
	} {
		wantFieldErr(t, "SaveAttrDef("+tc.name+")", s.SaveAttrDef(&tc.d), tc.field)
	}
	if n := len(s.AttrDefs()); n != 5 {
		t.Errorf("len(AttrDefs()) = %d after refused saves, want 5", n)
	}
}

func TestSettings_RoundTrip(t *testing.T) {
	s, e, _, _ := newTestStore(t)
	if got, want := s.Settings(), data.DefaultSettings(); jsonOf(t, got) != jsonOf(t, want) {
		t.Errorf("Settings() of a new store = %+v, want the defaults %+v", got, want)
	}
	st := data.Settings{
		Options:          data.Options{UseEmail: true, UseOtherInteractions: true, UseSMS: true, UseReview: true, UseSubjects: true, UseAttributes: true, UseContactRoles: true},
		CurrentUser:      e.ID,
		ReviewAfterDelay: 3 * time.Hour,
		MeetingLength:    45 * time.Minute,
		WorkdayStart:     8,
		WorkdayEnd:       20,
		FirstWeekday:     time.Sunday,
		OutgoingReviewed: false,
		Language:         data.LangRussian,
		Reminders:        false,
	}
	if err := s.SaveSettings(st); err != nil {
		t.Fatalf("SaveSettings: %v", err)
	}
	sameJSON(t, "Settings()", s.Settings(), st)

	bad := func(edit func(*data.Settings)) data.Settings {
		b := st
		edit(&b)
		return b
	}
	for _, tc := range []struct {
		name  string
		st    data.Settings
		field string
	}{
		{"zero review delay", bad(func(x *data.Settings) { x.ReviewAfterDelay = 0 }), "reviewAfterDelay"},
		{"short meeting", bad(func(x *data.Settings) { x.MeetingLength = time.Minute }), "meetingLength"},
		{"day starts at 24", bad(func(x *data.Settings) { x.WorkdayStart = 24 }), "workdayStart"},
		{"day ends before it starts", bad(func(x *data.Settings) { x.WorkdayStart, x.WorkdayEnd = 10, 10 }), "workdayEnd"},
		{"day ends after 24", bad(func(x *data.Settings) { x.WorkdayEnd = 25 }), "workdayEnd"},
		{"week starts on Tuesday", bad(func(x *data.Settings) { x.FirstWeekday = time.Tuesday }), "firstWeekday"},
		{"unknown language", bad(func(x *data.Settings) { x.Language = "de" }), "language"},
		{"unknown current user", bad(func(x *data.Settings) { x.CurrentUser = 99 }), "currentUser"},
	} {
		wantFieldErr(t, "SaveSettings("+tc.name+")", s.SaveSettings(tc.st), tc.field)
	}
	sameJSON(t, "Settings() after refused saves", s.Settings(), st)

	// The settings live in the file.
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	sameJSON(t, "Settings() after reopening", s2.Settings(), st)

	// New interactions take their defaults from the settings.
	now := fixedClock(s2, time.Date(2026, 3, 10, 9, 30, 42, 0, time.Local))
	it := s2.NewInteraction(data.TypeMeeting, data.DirNone)
	if it.Responsible != e.ID || it.Author != e.ID || !it.Date.Equal(now.Truncate(time.Minute)) ||
		it.Meeting == nil || it.Meeting.End.Sub(it.Meeting.Start) != 45*time.Minute {
		t.Errorf("NewInteraction(meeting) = %+v %+v, want responsible %d, date %v, 45 min", it, it.Meeting, e.ID, now.Truncate(time.Minute))
	}
	if out := s2.NewInteraction(data.TypeEmail, data.DirOutgoing); out.Reviewed || out.Email.State != data.MailDraft || out.Email.Folder != data.FolderDrafts {
		t.Errorf("NewInteraction(outgoing e-mail) reviewed %v, state %d, folder %q; want false (option off), draft, drafts",
			out.Reviewed, out.Email.State, out.Email.Folder)
	}
}

// crudFixture is a store with one record of every catalog.
type crudFixture struct {
	s                              *data.Store
	now                            time.Time
	emp, emp2                      *data.Employee
	partner                        *data.Partner
	person                         *data.Person
	deal                           *data.Deal
	claim                          *data.Claim
	event                          *data.Event
	order                          *data.Order
	text, number, date, yesno, lst *data.AttrDef
}

func newCrudFixture(t *testing.T) *crudFixture {
	t.Helper()
	s, e, p, pe := newTestStore(t)
	f := &crudFixture{s: s, emp: e, partner: p, person: pe}
	f.now = fixedClock(s, time.Date(2026, 3, 10, 9, 30, 0, 0, time.Local))
	f.emp2 = &data.Employee{Name: "Сидоров Олег"}
	if err := s.SaveEmployee(f.emp2); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	f.deal = &data.Deal{Partner: p.ID, Name: "Сделка", State: data.StateOpen, Active: true}
	f.claim = &data.Claim{Partner: p.ID, Text: "Претензия", Received: day, Active: true}
	f.event = &data.Event{Name: "Семинар", Start: day, State: data.StatePlanned, Active: true}
	f.order = &data.Order{Number: "ЗК-7", Date: day, Partner: p.ID, Active: true}
	for _, err := range []error{s.SaveDeal(f.deal), s.SaveClaim(f.claim), s.SaveEvent(f.event), s.SaveOrder(f.order)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	f.text, f.number, f.date, f.yesno, f.lst = testAttrDefs(t, s)
	return f
}

func (f *crudFixture) partnerRef() data.Ref { return data.Ref{Kind: data.RefPartner, ID: f.partner.ID} }
func (f *crudFixture) personRef() data.Ref  { return data.Ref{Kind: data.RefPerson, ID: f.person.ID} }

// base returns a valid interaction of type typ with the common fields set.
func (f *crudFixture) base(typ data.InteractionType, dir data.Direction) *data.Interaction {
	at := time.Date(2026, 3, 9, 14, 5, 0, 0, time.Local)
	it := &data.Interaction{
		Date: at, Type: typ, Direction: dir, Responsible: f.emp.ID, Author: f.emp2.ID,
		Importance: data.ImportanceHigh, Topic: "Обсуждение условий поставки", Description: "Подробности\nв две строки",
	}
	switch typ {
	case data.TypeMeeting:
		it.Meeting = &data.Meeting{Start: at, End: at.Add(90 * time.Minute), Place: "Переговорная 3"}
	case data.TypePlanned:
		it.Planned = &data.Planned{}
	case data.TypeCall:
		it.Call = &data.Call{}
	case data.TypeSMS:
		it.SMS = &data.SMS{Text: "Жду ответа", State: data.SMSDraft, Recipients: []data.SMSRecipient{{Number: "+7 916 000-11-22"}}}
	case data.TypeEmail:
		it.Email = &data.Email{From: "a@example.com", Folder: data.FolderInbox}
		if dir == data.DirOutgoing {
			it.Email.State, it.Email.Folder = data.MailDraft, data.FolderDrafts
		}
	}
	return it
}

func TestInteraction_CRUDEveryType(t *testing.T) {
	f := newCrudFixture(t)
	s := f.s
	at := time.Date(2026, 3, 9, 14, 5, 0, 0, time.Local)
	free := data.Contact{Ref: data.Ref{Kind: data.RefFree}, Name: "Гость с выставки", Address: "guest@example.org"}
	cases := []struct {
		name string
		make func() *data.Interaction
	}{
		{"meeting", func() *data.Interaction {
			it := f.base(data.TypeMeeting, data.DirNone)
			it.Number = "ВС-001"
			it.Contacts = []data.Contact{{Ref: f.partnerRef()}, {Ref: f.personRef(), Address: "+7 916 123-45-67"}, free}
			it.Subject = data.Ref{Kind: data.RefDeal, ID: f.deal.ID}
			it.ReviewAfter = at.Add(48 * time.Hour)
			it.Attrs = []data.AttrValue{
				{Attr: f.text.ID, Value: " выезд "}, {Attr: f.number.ID, Value: "1 234,50"},
				{Attr: f.date.ID, Value: "2026-04-01"}, {Attr: f.yesno.ID, Value: "TRUE"}, {Attr: f.lst.ID, Value: "7"},
			}
			return it
		}},
		{"planned", func() *data.Interaction {
			it := f.base(data.TypePlanned, data.DirNone)
			it.Planned.At = at.Add(72 * time.Hour)
			it.Importance = data.ImportanceLow
			it.Contacts = []data.Contact{{Ref: f.personRef(), Name: "Пётр (как записано)"}}
			it.Subject = data.Ref{Kind: data.RefClaim, ID: f.claim.ID}
			it.Reviewed = true
			it.Attrs = []data.AttrValue{{Attr: f.lst.ID, Value: "1"}}
			return it
		}},
		{"call in", func() *data.Interaction {
			it := f.base(data.TypeCall, data.DirIncoming)
			it.Call = &data.Call{Contact: data.Contact{Ref: f.personRef()}, Phone: "+7 (916) 123-45-67", Duration: 4*time.Minute + 30*time.Second}
			it.Subject = data.Ref{Kind: data.RefEvent, ID: f.event.ID}
			it.Attrs = []data.AttrValue{{Attr: f.number.ID, Value: "-3"}}
			return it
		}},
		{"call out", func() *data.Interaction {
			it := f.base(data.TypeCall, data.DirOutgoing)
			it.Call = &data.Call{Contact: data.Contact{Ref: data.Ref{Kind: data.RefFree}, Name: "Курьер"}, Phone: "8 800 555-35-35", Duration: time.Minute}
			it.Subject = data.Ref{Kind: data.RefOrder, ID: f.order.ID}
			it.Reviewed = true
			return it
		}},
		{"sms", func() *data.Interaction {
			it := f.base(data.TypeSMS, data.DirOutgoing)
			it.SMS = &data.SMS{Text: "Счёт отправлен на почту", State: data.SMSDelivered, Recipients: []data.SMSRecipient{
				{Contact: data.Contact{Ref: f.personRef()}, Number: "+7 916 123-45-67"},
				{Contact: data.Contact{Ref: data.Ref{Kind: data.RefFree}, Name: "Бухгалтерия"}, Number: "+7 495 765-43-21"},
				{Number: "89161112233"},
			}}
			it.Attrs = []data.AttrValue{{Attr: f.date.ID, Value: "2026-12-31"}}
			return it
		}},
		{"e-mail in", func() *data.Interaction {
			it := f.base(data.TypeEmail, data.DirIncoming)
			it.Email = &data.Email{
				From: "Ольга <olga@romashka.example.ru>", To: []string{"sales@company.example.com"}, Cc: []string{"boss@company.example.com"},
				Subject: "Re: счёт", Body: "Добрый день! Счёт получили.", HTMLBody: "<p>Добрый день! <b>Счёт</b> получили.</p>",
				Attachments: []data.Attachment{{Name: "скан.pdf", ContentType: "application/pdf", Size: 123456}},
				MessageID:   "<abc@romashka>", InReplyTo: "<xyz@company>", Folder: data.FolderInbox,
			}
			it.Contacts = []data.Contact{{Ref: f.personRef(), Address: "olga@romashka.example.ru"}}
			return it
		}},
		{"e-mail out", func() *data.Interaction {
			it := f.base(data.TypeEmail, data.DirOutgoing)
			it.Email = &data.Email{
				From: "sales@company.example.com", To: []string{"olga@romashka.example.ru", "Пётр <petr@romashka.example.ru>"},
				Cc: []string{"boss@company.example.com"}, Bcc: []string{"archive@company.example.com"},
				Subject: "Счёт №12", Body: "Во вложении счёт.",
				Attachments: []data.Attachment{{Name: "счёт.pdf", ContentType: "application/pdf", Size: 2048}, {Name: "акт.xlsx", Size: 1}},
				MessageID:   "<m1@company>", Folder: "Проект «Вектор»", State: data.MailSent,
			}
			it.Contacts = []data.Contact{{Ref: f.partnerRef()}, {Ref: f.personRef()}}
			it.Reviewed = true
			it.Attrs = []data.AttrValue{{Attr: f.number.ID, Value: "0"}, {Attr: f.yesno.ID, Value: "false"}}
			return it
		}},
	}
	defs := map[data.ID]*data.AttrDef{f.text.ID: f.text, f.number.ID: f.number, f.date.ID: f.date, f.yesno.ID: f.yesno, f.lst.ID: f.lst}
	names := map[data.Ref]string{f.partnerRef(): f.partner.Name, f.personRef(): f.person.Name}
	fill := func(c *data.Contact) {
		switch c.Ref.Kind {
		case data.RefFree:
			c.Ref = data.FreeContactRef(c.Name)
		case data.RefPartner, data.RefPerson:
			if c.Name == "" {
				c.Name = names[c.Ref]
			}
		}
	}
	saved := map[string]*data.Interaction{}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			it := tc.make()
			want := clone(t, it)
			if err := s.SaveInteraction(it); err != nil {
				t.Fatalf("SaveInteraction: %v", err)
			}
			if it.ID == 0 {
				t.Fatalf("SaveInteraction left ID 0")
			}
			// What the store fills in.
			want.ID, want.Created, want.Modified = it.ID, f.now, f.now
			if want.Number == "" {
				if it.Number == "" {
					t.Errorf("Number is empty after save")
				}
				want.Number = it.Number
			}
			if want.Subject.IsZero() {
				want.Subject = data.Ref{Kind: data.RefInteraction, ID: it.ID}
			}
			for i := range want.Contacts {
				fill(&want.Contacts[i])
			}
			if want.Call != nil {
				fill(&want.Call.Contact)
			}
			if want.SMS != nil {
				for i := range want.SMS.Recipients {
					if want.SMS.Recipients[i].Contact.Ref.Kind != data.RefNone {
						fill(&want.SMS.Recipients[i].Contact)
					}
				}
			}
			for i, a := range want.Attrs {
				v, err := defs[a.Attr].CheckValue(a.Value)
				if err != nil {
					t.Fatalf("CheckValue(%q): %v", a.Value, err)
				}
				want.Attrs[i].Value = v
			}
			got, err := s.Interaction(it.ID)
			if err != nil {
				t.Fatalf("Interaction(%d): %v", it.ID, err)
			}
			sameJSON(t, "Interaction()", got, want)
			sameJSON(t, "the saved value", it, want)
			saved[tc.name] = want
		})
	}

	// Every one is in the list, newest first by date then id ascending.
	page, err := s.List(data.Query{Filter: data.Filter{}})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Rows) != len(saved) {
		t.Fatalf("List() has %d rows, want %d", len(page.Rows), len(saved))
	}
	for i, r := range page.Rows {
		if i > 0 && r.Interaction.ID < page.Rows[i-1].Interaction.ID {
			t.Errorf("List() row %d id %d after id %d, want ids ascending for equal dates", i, r.Interaction.ID, page.Rows[i-1].Interaction.ID)
		}
	}
	if c, _ := s.Count(data.Filter{Kinds: []data.Kind{data.KindCallIn}}); c != 1 {
		t.Errorf("Count(call-in) = %d, want 1", c)
	}
	if c, _ := s.Count(data.Filter{Kinds: []data.Kind{data.KindEmailSent}}); c != 1 {
		t.Errorf("Count(email-sent) = %d, want 1", c)
	}

	// Update: a new topic and date, the same creation time.
	if t.Failed() {
		return
	}
	m := saved["meeting"]
	later := fixedClock(s, f.now.Add(time.Hour))
	edit, _ := s.Interaction(m.ID)
	edit.Topic = "Перенесённая встреча"
	edit.Date = at.Add(24 * time.Hour)
	edit.Contacts = edit.Contacts[:1]
	if err := s.SaveInteraction(edit); err != nil {
		t.Fatalf("SaveInteraction(update): %v", err)
	}
	m.Topic, m.Date, m.Contacts, m.Modified, m.Version = edit.Topic, edit.Date, m.Contacts[:1], later, 1
	got, _ := s.Interaction(m.ID)
	sameJSON(t, "Interaction(updated)", got, m)
	if c, _ := s.Count(data.Filter{Text: "перенесенная"}); c != 1 {
		t.Errorf("Count(text перенесенная) = %d, want 1", c)
	}
	if c, _ := s.Count(data.Filter{Text: "обсуждение"}); c != len(saved)-1 {
		t.Errorf("Count(text обсуждение) = %d, want %d", c, len(saved)-1)
	}
	if _, err := s.Interaction(999); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("Interaction(999) err = %v, want ErrNotFound", err)
	}
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() = %q, %v; want no problems", probs, err)
	}

	// Everything survives closing and opening the file.
	path := s.Path()
	s.Close()
	s2, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	for name, want := range saved {
		got, err := s2.Interaction(want.ID)
		if err != nil {
			t.Errorf("after reopening: Interaction(%s): %v", name, err)
			continue
		}
		sameJSON(t, "after reopening: Interaction("+name+")", got, want)
	}
}

func TestInteraction_ValidationNamesTheField(t *testing.T) {
	f := newCrudFixture(t)
	at := time.Date(2026, 3, 9, 14, 5, 0, 0, time.Local)
	cases := []struct {
		name  string
		typ   data.InteractionType
		dir   data.Direction
		edit  func(it *data.Interaction)
		field string
	}{
		{"empty topic", data.TypeMeeting, 0, func(it *data.Interaction) { it.Topic = " \t" }, "topic"},
		{"no date", data.TypeMeeting, 0, func(it *data.Interaction) { it.Date = time.Time{} }, "date"},
		{"no responsible", data.TypeCall, data.DirIncoming, func(it *data.Interaction) { it.Responsible = 0 }, "responsible"},
		{"unknown responsible", data.TypeCall, data.DirIncoming, func(it *data.Interaction) { it.Responsible = 99 }, "responsible"},
		{"unknown author", data.TypeCall, data.DirIncoming, func(it *data.Interaction) { it.Author = 99 }, "author"},
		{"unknown importance", data.TypePlanned, 0, func(it *data.Interaction) { it.Importance = 9 }, "importance"},
		{"meeting ends before it starts", data.TypeMeeting, 0, func(it *data.Interaction) { it.Meeting.End = it.Meeting.Start.Add(-time.Minute) }, "end"},
		{"meeting without start", data.TypeMeeting, 0, func(it *data.Interaction) { it.Meeting.Start = time.Time{} }, "start"},
		{"malformed contact e-mail", data.TypePlanned, 0, func(it *data.Interaction) {
			it.Contacts = []data.Contact{{Ref: f.partnerRef(), Address: "ivan@"}}
		}, "contacts[0].address"},
		{"free contact without name", data.TypePlanned, 0, func(it *data.Interaction) {
			it.Contacts = []data.Contact{{Ref: f.partnerRef()}, {Ref: data.Ref{Kind: data.RefFree}}}
		}, "contacts[1].name"},
		{"unknown partner contact", data.TypePlanned, 0, func(it *data.Interaction) {
			it.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefPartner, ID: 99}}}
		}, "contacts[0]"},
		{"deal as a contact", data.TypePlanned, 0, func(it *data.Interaction) {
			it.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefDeal, ID: f.deal.ID}}}
		}, "contacts[0].ref"},
		{"malformed from", data.TypeEmail, data.DirIncoming, func(it *data.Interaction) { it.Email.From = "not an address" }, "from"},
		{"malformed to", data.TypeEmail, data.DirIncoming, func(it *data.Interaction) {
			it.Email.To = []string{"ok@example.com", "broken@"}
		}, "to[1]"},
		{"malformed cc", data.TypeEmail, data.DirIncoming, func(it *data.Interaction) { it.Email.Cc = []string{"@example.com"} }, "cc[0]"},
		{"malformed bcc", data.TypeEmail, data.DirOutgoing, func(it *data.Interaction) { it.Email.Bcc = []string{"a b c"} }, "bcc[0]"},
		{"sent mail without recipients", data.TypeEmail, data.DirOutgoing, func(it *data.Interaction) { it.Email.State = data.MailSent }, "to"},
		{"incoming mail with a state", data.TypeEmail, data.DirIncoming, func(it *data.Interaction) { it.Email.State = data.MailSent }, "state"},
		{"mail without folder", data.TypeEmail, data.DirIncoming, func(it *data.Interaction) { it.Email.Folder = "" }, "folder"},
		{"attachment without name", data.TypeEmail, data.DirIncoming, func(it *data.Interaction) {
			it.Email.Attachments = []data.Attachment{{Name: "a.txt"}, {Size: 3}}
		}, "attachments[1].name"},
		{"call with a bad phone", data.TypeCall, data.DirOutgoing, func(it *data.Interaction) { it.Call.Phone = "позвонить" }, "phone"},
		{"call without direction", data.TypeCall, data.DirNone, func(*data.Interaction) {}, "direction"},
		{"negative duration", data.TypeCall, data.DirOutgoing, func(it *data.Interaction) { it.Call.Duration = -time.Second }, "duration"},
		{"sms with a bad number", data.TypeSMS, data.DirOutgoing, func(it *data.Interaction) {
			it.SMS.Recipients = []data.SMSRecipient{{Number: "12"}}
		}, "recipients[0].number"},
		{"sms without text", data.TypeSMS, data.DirOutgoing, func(it *data.Interaction) { it.SMS.Text = "" }, "text"},
		{"sms without recipients", data.TypeSMS, data.DirOutgoing, func(it *data.Interaction) { it.SMS.Recipients = nil }, "recipients"},
		{"fields of another type", data.TypeMeeting, 0, func(it *data.Interaction) { it.Call = &data.Call{} }, "call"},
		{"missing own fields", data.TypePlanned, 0, func(it *data.Interaction) { it.Planned = nil }, "planned"},
		{"unknown attribute", data.TypeMeeting, 0, func(it *data.Interaction) { it.Attrs = []data.AttrValue{{Attr: 99, Value: "x"}} }, "attrs[0]"},
		{"attribute not for SMS", data.TypeSMS, data.DirOutgoing, func(it *data.Interaction) {
			it.Attrs = []data.AttrValue{{Attr: f.text.ID, Value: "x"}, {Attr: f.number.ID, Value: "1"}}
		}, "attrs[1]"},
		{"bad attribute value", data.TypeMeeting, 0, func(it *data.Interaction) {
			it.Attrs = []data.AttrValue{{Attr: f.lst.ID, Value: "5"}}
		}, "attrs[0]"},
		{"repeated attribute", data.TypeMeeting, 0, func(it *data.Interaction) {
			it.Attrs = []data.AttrValue{{Attr: f.text.ID, Value: "a"}, {Attr: f.text.ID, Value: "b"}}
		}, "attrs[1]"},
		{"unknown subject", data.TypeMeeting, 0, func(it *data.Interaction) { it.Subject = data.Ref{Kind: data.RefDeal, ID: 99} }, "subject"},
		{"employee as subject", data.TypeMeeting, 0, func(it *data.Interaction) { it.Subject = data.Ref{Kind: data.RefEmployee, ID: f.emp.ID} }, "subject"},
		{"unknown chain", data.TypeMeeting, 0, func(it *data.Interaction) { it.Subject = data.Ref{Kind: data.RefInteraction, ID: 99} }, "subject"},
		{"unknown base", data.TypeMeeting, 0, func(it *data.Interaction) { it.BasedOn = 99 }, "basedOn"},
		{"reviewed and deferred", data.TypeMeeting, 0, func(it *data.Interaction) {
			it.Reviewed, it.ReviewAfter = true, at.Add(time.Hour)
		}, "reviewAfter"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			it := f.base(tc.typ, tc.dir)
			tc.edit(it)
			wantFieldErr(t, "SaveInteraction", f.s.SaveInteraction(it), tc.field)
		})
	}
	if n, err := f.s.Count(data.Filter{Deleted: data.DeletedInclude}); err != nil || n != 0 {
		t.Errorf("Count(everything) = %d, %v after refused saves, want 0", n, err)
	}
	if probs, err := f.s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() = %q, %v; want no problems", probs, err)
	}
}

// A refused save must leave the caller's value as it was, so that the user
// can fix the field and save again.
func TestSave_RetryAfterRefusal(t *testing.T) {
	f := newCrudFixture(t)
	s := f.s

	it := f.base(data.TypeMeeting, data.DirNone)
	it.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefPartner, ID: 99}}}
	wantFieldErr(t, "SaveInteraction(unknown partner)", s.SaveInteraction(it), "contacts[0]")
	if it.ID != 0 || it.Number != "" || !it.Created.IsZero() || !it.Subject.IsZero() {
		t.Errorf("after a refused save: ID %d, Number %q, Created %v, Subject %v; want them untouched (zero)",
			it.ID, it.Number, it.Created, it.Subject)
	}
	it.Contacts[0].Ref.ID = f.partner.ID
	if err := s.SaveInteraction(it); err != nil {
		t.Errorf("SaveInteraction(fixed) = %v, want nil", err)
	}
	if n, _ := s.Count(data.Filter{}); n != 1 {
		t.Errorf("Count() = %d after the fixed save, want 1", n)
	}

	p := &data.Partner{Name: "ИП Смирнов", Manager: 99}
	wantFieldErr(t, "SavePartner(unknown manager)", s.SavePartner(p), "manager")
	if p.ID != 0 {
		t.Errorf("after a refused SavePartner: ID = %d, want 0", p.ID)
	}
	p.Manager = f.emp.ID
	if err := s.SavePartner(p); err != nil {
		t.Errorf("SavePartner(fixed) = %v, want nil", err)
	}
	if all, _ := s.Partners(); len(all) != 2 {
		t.Errorf("len(Partners()) = %d, want 2", len(all))
	}
}

// A deferred interaction stays deferred when its date is edited.
func TestInteraction_DeferredSurvivesADateChange(t *testing.T) {
	f := newCrudFixture(t)
	s := f.s
	it := f.base(data.TypePlanned, data.DirNone)
	it.ReviewAfter = f.now.Add(24 * time.Hour)
	if err := s.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	it.Date = it.Date.Add(-48 * time.Hour)
	if err := s.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Count(data.Filter{Status: data.StatusDeferred}); err != nil || n != 1 {
		t.Errorf("Count(deferred) = %d, %v after a date change, want 1", n, err)
	}
	if sc, err := s.StatusCounts(context.Background(), data.Filter{}); err != nil || sc.Deferred != 1 || sc.ToReview != 0 {
		t.Errorf("StatusCounts() = %+v, %v after a date change, want 1 deferred, 0 to review", sc, err)
	}
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() = %q, %v; want no problems", probs, err)
	}
}

// Moving a contact person to another partner moves every interaction with
// the person, those marked for deletion too, to the new partner.
func TestPerson_MoveReindexesEveryInteraction(t *testing.T) {
	f := newCrudFixture(t)
	s := f.s
	other := &data.Partner{Name: "АО «Вектор»"}
	if err := s.SavePartner(other); err != nil {
		t.Fatal(err)
	}
	var ids []data.ID
	for i := range 2 {
		it := f.base(data.TypePlanned, data.DirNone)
		it.Date = it.Date.Add(time.Duration(i) * time.Hour)
		it.Contacts = []data.Contact{{Ref: f.personRef()}}
		if err := s.SaveInteraction(it); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, it.ID)
	}
	if err := s.MarkDeleted(ids[1:], true); err != nil {
		t.Fatal(err)
	}
	moved := *f.person
	moved.Partner = other.ID
	if err := s.SavePerson(&moved); err != nil {
		t.Fatal(err)
	}
	oldRef, newRef := f.partnerRef(), data.Ref{Kind: data.RefPartner, ID: other.ID}
	for _, tc := range []struct {
		f    data.Filter
		want int
	}{
		{data.Filter{Contact: newRef}, 1},
		{data.Filter{Contact: oldRef}, 0},
		{data.Filter{Contact: newRef, Deleted: data.DeletedOnly}, 1},
		{data.Filter{Contact: oldRef, Deleted: data.DeletedOnly}, 0},
		{data.Filter{Contact: newRef, Deleted: data.DeletedInclude}, 2},
		{data.Filter{Contact: oldRef, Deleted: data.DeletedInclude}, 0},
	} {
		if n, err := s.Count(tc.f); err != nil || n != tc.want {
			t.Errorf("Count(%s) = %d, %v, want %d", filterString(tc.f), n, err, tc.want)
		}
	}
	// Undoing the mark puts it under the new partner.
	if err := s.MarkDeleted(ids[1:], false); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Count(data.Filter{Contact: newRef}); n != 2 {
		t.Errorf("Count(contact %v) = %d after undoing the mark, want 2", newRef, n)
	}
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() = %q, %v; want no problems", probs, err)
	}
}
