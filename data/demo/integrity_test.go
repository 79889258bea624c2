package demo_test

import (
	"fmt"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/demo"
)

// validator is any record that validates itself.
type validator interface{ Validate() error }

// validateAll validates every element of list.
func validateAll[T any, P interface {
	*T
	validator
}](t *testing.T, kind string, list []T) {
	t.Helper()
	for i := range list {
		if err := P(&list[i]).Validate(); err != nil {
			t.Errorf("%s #%d: %v", kind, i+1, err)
			return
		}
	}
}

func TestGenerate_RecordsValidate(t *testing.T) {
	for _, lang := range []string{"ru", "en"} {
		t.Run(lang, func(t *testing.T) {
			ds, o := generate(t, 20000, lang)
			if err := ds.Settings.Validate(); err != nil {
				t.Errorf("settings: %v", err)
			}
			validateAll(t, "employee", ds.Employees)
			validateAll(t, "group", ds.Groups)
			validateAll(t, "partner", ds.Partners)
			validateAll(t, "role", ds.Roles)
			validateAll(t, "person", ds.Persons)
			validateAll(t, "deal", ds.Deals)
			validateAll(t, "claim", ds.Claims)
			validateAll(t, "event", ds.Events)
			validateAll(t, "order", ds.Orders)
			validateAll(t, "attribute", ds.Attrs)
			validateAll(t, "interaction", ds.Interactions)
			for _, p := range ds.Persons {
				if p.Birthday.After(o.Now) {
					t.Fatalf("person %d born in the future: %v", p.ID, p.Birthday)
				}
			}
		})
	}
}

func TestGenerate_Settings(t *testing.T) {
	ds, _ := generate(t, 100, "ru")
	op := ds.Settings.Options
	if !op.UseEmail || !op.UseOtherInteractions || !op.UseSMS || !op.UseReview ||
		!op.UseSubjects || !op.UseAttributes || !op.UseContactRoles {
		t.Errorf("not every option is on: %+v", op)
	}
	if ds.Settings.CurrentUser != 1 || ds.Employees[0].Inactive {
		t.Errorf("current user %d, want the active employee 1", ds.Settings.CurrentUser)
	}
}

// ids checks that the records of a kind are numbered 1..n.
func ids[T any](t *testing.T, kind string, list []T, id func(*T) data.ID) {
	t.Helper()
	for i := range list {
		if got := id(&list[i]); got != data.ID(i+1) {
			t.Fatalf("%s #%d has id %d", kind, i+1, got)
		}
	}
}

func TestGenerate_References(t *testing.T) {
	ds, _ := generate(t, 20000, "ru")
	ids(t, "employee", ds.Employees, func(e *data.Employee) data.ID { return e.ID })
	ids(t, "group", ds.Groups, func(e *data.PartnerGroup) data.ID { return e.ID })
	ids(t, "partner", ds.Partners, func(e *data.Partner) data.ID { return e.ID })
	ids(t, "role", ds.Roles, func(e *data.Role) data.ID { return e.ID })
	ids(t, "person", ds.Persons, func(e *data.Person) data.ID { return e.ID })
	ids(t, "deal", ds.Deals, func(e *data.Deal) data.ID { return e.ID })
	ids(t, "claim", ds.Claims, func(e *data.Claim) data.ID { return e.ID })
	ids(t, "event", ds.Events, func(e *data.Event) data.ID { return e.ID })
	ids(t, "order", ds.Orders, func(e *data.Order) data.ID { return e.ID })
	ids(t, "attribute", ds.Attrs, func(e *data.AttrDef) data.ID { return e.ID })
	ids(t, "interaction", ds.Interactions, func(e *data.Interaction) data.ID { return e.ID })

	in := func(id data.ID, n int) bool { return id >= 1 && int(id) <= n }
	for _, g := range ds.Groups {
		if g.Parent != 0 && !in(g.Parent, len(ds.Groups)) {
			t.Errorf("group %d: parent %d", g.ID, g.Parent)
		}
	}
	for _, p := range ds.Partners {
		if !in(p.Manager, len(ds.Employees)) || !in(p.Group, len(ds.Groups)) {
			t.Errorf("partner %d: manager %d, group %d", p.ID, p.Manager, p.Group)
		}
	}
	withPersons := map[data.ID]bool{}
	for _, p := range ds.Persons {
		withPersons[p.Partner] = true
		if !in(p.Partner, len(ds.Partners)) {
			t.Errorf("person %d: partner %d", p.ID, p.Partner)
		}
		for _, r := range p.Roles {
			if !in(r, len(ds.Roles)) {
				t.Errorf("person %d: role %d", p.ID, r)
			}
		}
	}
	if len(withPersons) != len(ds.Partners) {
		t.Errorf("%d of %d partners have contact persons", len(withPersons), len(ds.Partners))
	}
	for _, d := range ds.Deals {
		if !in(d.Partner, len(ds.Partners)) || d.Active != (d.State == data.StateOpen) {
			t.Errorf("deal %d: partner %d, state %s, active %v", d.ID, d.Partner, d.State, d.Active)
		}
	}
	for _, c := range ds.Claims {
		if !in(c.Partner, len(ds.Partners)) {
			t.Errorf("claim %d: partner %d", c.ID, c.Partner)
		}
	}
	for _, o := range ds.Orders {
		if !in(o.Partner, len(ds.Partners)) || o.Active == (o.Paid && o.Shipped) {
			t.Errorf("order %d: partner %d, paid %v, shipped %v, active %v", o.ID, o.Partner, o.Paid, o.Shipped, o.Active)
		}
	}

	subjects := map[data.RefKind]int{
		data.RefDeal: len(ds.Deals), data.RefClaim: len(ds.Claims), data.RefEvent: len(ds.Events),
		data.RefOrder: len(ds.Orders), data.RefInteraction: len(ds.Interactions),
	}
	contact := func(it *data.Interaction, c data.Contact) {
		t.Helper()
		switch c.Ref.Kind {
		case data.RefPerson:
			if !in(c.Ref.ID, len(ds.Persons)) || ds.Persons[c.Ref.ID-1].Name != c.Name {
				t.Fatalf("interaction %d: contact %v %q", it.ID, c.Ref, c.Name)
			}
		case data.RefPartner:
			if !in(c.Ref.ID, len(ds.Partners)) || ds.Partners[c.Ref.ID-1].Name != c.Name {
				t.Fatalf("interaction %d: contact %v %q", it.ID, c.Ref, c.Name)
			}
		case data.RefFree:
			if c.Ref != data.FreeContactRef(c.Name) || c.Address == "" {
				t.Fatalf("interaction %d: free contact %v %q %q", it.ID, c.Ref, c.Name, c.Address)
			}
		default:
			t.Fatalf("interaction %d: contact of kind %s", it.ID, c.Ref.Kind)
		}
	}
	for i := range ds.Interactions {
		it := &ds.Interactions[i]
		if !in(it.Responsible, len(ds.Employees)) || !in(it.Author, len(ds.Employees)) {
			t.Fatalf("interaction %d: responsible %d, author %d", it.ID, it.Responsible, it.Author)
		}
		if n, ok := subjects[it.Subject.Kind]; !ok || !in(it.Subject.ID, n) {
			t.Fatalf("interaction %d: subject %v", it.ID, it.Subject)
		}
		if len(it.Contacts) < 1 || len(it.Contacts) > 3 {
			t.Fatalf("interaction %d: %d contacts", it.ID, len(it.Contacts))
		}
		for _, c := range it.Contacts {
			contact(it, c)
		}
		if it.Call != nil {
			contact(it, it.Call.Contact)
		}
		if it.SMS != nil {
			for _, r := range it.SMS.Recipients {
				contact(it, r.Contact)
				if r.Number != r.Contact.Address {
					t.Fatalf("interaction %d: SMS to %q of %q", it.ID, r.Number, r.Contact.Address)
				}
			}
		}
		if want := fmt.Sprintf("%08d", it.ID); it.Number != want {
			t.Fatalf("interaction %d: number %q, want %q", it.ID, it.Number, want)
		}
	}
}

func TestGenerate_Attributes(t *testing.T) {
	ds, _ := generate(t, 20000, "en")
	defs := map[data.ID]*data.AttrDef{}
	for i := range ds.Attrs {
		defs[ds.Attrs[i].ID] = &ds.Attrs[i]
	}
	wantTypes := []data.AttrType{data.AttrList, data.AttrDate, data.AttrBool}
	for i, want := range wantTypes {
		if ds.Attrs[i].Type != want {
			t.Errorf("attribute %d is %s, want %s", i+1, ds.Attrs[i].Type, want)
		}
	}
	for i, o := range ds.Attrs[0].Options {
		if o.ID != data.ID(i+1) {
			t.Errorf("channel option %d has id %d", i+1, o.ID)
		}
	}
	counts := map[data.ID]int{}
	for _, it := range ds.Interactions {
		for _, a := range it.Attrs {
			d := defs[a.Attr]
			if d == nil || !d.AppliesTo(it.Type) {
				t.Fatalf("interaction %d: attribute %d does not apply to a %s", it.ID, a.Attr, it.Type)
			}
			if v, err := d.CheckValue(a.Value); err != nil || v != a.Value {
				t.Fatalf("interaction %d: attribute %d value %q (%q, %v)", it.ID, a.Attr, a.Value, v, err)
			}
			counts[a.Attr]++
		}
	}
	for _, d := range ds.Attrs {
		if counts[d.ID] < len(ds.Interactions)/20 {
			t.Errorf("attribute %q is set on only %d interactions", d.Name, counts[d.ID])
		}
	}
}

func TestGenerate_DatesInRange(t *testing.T) {
	for _, lang := range []string{"ru", "en"} {
		ds, o := generate(t, 20000, lang)
		lo, hi := o.Now.AddDate(-2, 0, 0), o.Now.AddDate(0, 3, 0)
		loc := o.Now.Location()
		var prev time.Time
		for _, it := range ds.Interactions {
			if it.Date.Before(lo) || it.Date.After(hi) {
				t.Fatalf("%s: interaction %d dated %v, outside %v…%v", lang, it.ID, it.Date, lo, hi)
			}
			if it.Date.Location() != loc || it.Created.Location() != loc {
				t.Fatalf("%s: interaction %d is in %v, want %v", lang, it.ID, it.Date.Location(), loc)
			}
			if it.Date.Before(prev) {
				t.Fatalf("%s: interaction %d is dated before the one before it", lang, it.ID)
			}
			prev = it.Date
			if it.Created.After(o.Now) || it.Modified.After(o.Now) || it.Modified.Before(it.Created) {
				t.Fatalf("%s: interaction %d created %v, modified %v", lang, it.ID, it.Created, it.Modified)
			}
			if it.Meeting != nil && !it.Meeting.Start.Equal(it.Date) {
				t.Fatalf("%s: meeting %d starts at %v, dated %v", lang, it.ID, it.Meeting.Start, it.Date)
			}
		}
		soon := 0
		for _, or := range ds.Orders {
			if inWindow(or.PaymentDue, o.Now) || inWindow(or.Shipment, o.Now) {
				soon++
			}
		}
		if soon < len(ds.Orders)/4 {
			t.Errorf("%s: only %d of %d orders are due or ship around today", lang, soon, len(ds.Orders))
		}
	}
}

// inWindow reports whether d is within the calendar's usual reach: from
// a month before now to three months after.
func inWindow(d, now time.Time) bool {
	return !d.Before(now.AddDate(0, -1, 0)) && !d.After(now.AddDate(0, 3, 0))
}

func TestGenerate_TimeZones(t *testing.T) {
	for _, zone := range []string{"Europe/London", "America/New_York", "Europe/Moscow"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Skipf("no time zone data: %v", err)
		}
		// Days when the clocks change, and a year's last minute.
		for _, now := range []time.Time{
			time.Date(2025, time.March, 30, 1, 30, 0, 0, loc),
			time.Date(2025, time.October, 26, 1, 30, 0, 0, loc),
			time.Date(2024, time.December, 31, 23, 59, 0, 0, loc),
		} {
			ds, err := demo.Generate(demo.Options{Size: 5000, Seed: 7, Lang: "en", Now: now})
			if err != nil {
				t.Fatal(err)
			}
			lo, hi := now.AddDate(-2, 0, 0), now.AddDate(0, 3, 0)
			for i := range ds.Interactions {
				it := &ds.Interactions[i]
				if err := it.Validate(); err != nil {
					t.Fatalf("%s, now %v: interaction %d: %v", zone, now, it.ID, err)
				}
				if it.Date.Before(lo) || it.Date.After(hi) || it.Date.Location() != loc {
					t.Fatalf("%s, now %v: interaction %d dated %v", zone, now, it.ID, it.Date)
				}
				if it.Created.After(now) || it.Modified.After(now) {
					t.Fatalf("%s, now %v: interaction %d stamped after now", zone, now, it.ID)
				}
			}
		}
	}
}
