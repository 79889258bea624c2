package filterbar

import (
	"interactions/ui/internal/uitest"
	"reflect"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"interactions/data"
)

func TestFilterBar_ContactPicker(t *testing.T) {
	st := uitest.DemoStore(t, 200)
	b, w, rec := showFilterBar(t, st)
	partners, err := st.Partners()
	if err != nil {
		t.Fatal(err)
	}
	persons, err := st.Persons()
	if err != nil {
		t.Fatal(err)
	}

	p := b.contact
	test.Tap(p.drop)
	if p.pop == nil || !p.pop.Visible() || w.Canvas().Focused() != p.Search {
		t.Fatal("the contact pop-up is not shown with the cursor in its search")
	}
	uitest.Pump(t, "the contacts to load", func() bool { return p.loaded })
	if want := len(partners) + len(persons) + 1; len(p.shown) != want {
		t.Fatalf("an empty search shows %d rows, want %d (any, partners, persons)", len(p.shown), want)
	}

	// A word from the middle of a partner's name, in other case, narrows
	// the list to the names holding it; the partner is among them.
	target := partners[len(partners)/2]
	word := []rune(data.Fold(target.Name))
	query := strings.ToUpper(string(word[1:min(len(word), 6)]))
	test.Type(p.Search, query)
	if len(p.shown) == 0 || len(p.shown) >= len(p.items) {
		t.Fatalf("search %q shows %d of %d", query, len(p.shown), len(p.items))
	}
	found := -1
	for row, i := range p.shown {
		if !strings.Contains(p.items[i].key, data.Fold(query)) {
			t.Errorf("search %q shows %q", query, p.items[i].name)
		}
		if p.items[i].ref == (data.Ref{Kind: data.RefPartner, ID: target.ID}) {
			found = row
		}
	}
	if found < 0 {
		t.Fatalf("search %q does not show %q", query, target.Name)
	}
	p.list.Select(found) // a click on the row
	if want := (data.Ref{Kind: data.RefPartner, ID: target.ID}); rec.last(t).Contact != want {
		t.Errorf("contact %v, want %v", rec.last(t).Contact, want)
	}
	if p.pop.Visible() {
		t.Error("the pop-up stays open after the pick")
	}
	if p.drop.Selected != target.Name {
		t.Errorf("the picker shows %q, want %q", p.drop.Selected, target.Name)
	}

	// A contact person's full name and Enter pick the person.
	person := persons[0]
	test.Tap(p.drop)
	test.Type(p.Search, person.Name)
	if len(p.shown) == 0 || p.items[p.shown[0]].ref != (data.Ref{Kind: data.RefPerson, ID: person.ID}) {
		t.Fatalf("search %q does not show %q first", person.Name, person.Name)
	}
	p.Search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if want := (data.Ref{Kind: data.RefPerson, ID: person.ID}); rec.last(t).Contact != want {
		t.Errorf("contact %v, want %v", rec.last(t).Contact, want)
	}

	// "Any contact" is the first row of an empty search.
	test.Tap(p.drop)
	p.list.Select(0)
	if got := rec.last(t).Contact; !got.IsZero() {
		t.Errorf("any contact gives %v", got)
	}
	if p.drop.Selected != "Any contact" {
		t.Errorf("the picker shows %q, want Any contact", p.drop.Selected)
	}
}

func TestFilterBar_SubjectPicker(t *testing.T) {
	st := uitest.DemoStore(t, 200)
	b, _, rec := showFilterBar(t, st)
	deals, err := st.Deals()
	if err != nil || len(deals) == 0 {
		t.Fatalf("deals %d, %v", len(deals), err)
	}
	p := b.subject
	test.Tap(p.drop)
	uitest.Pump(t, "the subjects to load", func() bool { return p.loaded })
	test.Type(p.Search, deals[0].Name)
	i := slices.IndexFunc(p.shown, func(i int) bool { return p.items[i].ref == data.Ref{Kind: data.RefDeal, ID: deals[0].ID} })
	if i < 0 {
		t.Fatalf("search %q does not show the deal", deals[0].Name)
	}
	p.list.Select(i)
	if want := (data.Ref{Kind: data.RefDeal, ID: deals[0].ID}); rec.last(t).Subject != want {
		t.Errorf("subject %v, want %v", rec.last(t).Subject, want)
	}
}

func TestFilterBar_Attributes(t *testing.T) {
	st := uitest.DemoStore(t, 50)
	b, _, rec := showFilterBar(t, st)
	defs := st.AttrDefs()
	list := defs[slices.IndexFunc(defs, func(d data.AttrDef) bool { return d.Type == data.AttrList })]
	date := defs[slices.IndexFunc(defs, func(d data.AttrDef) bool { return d.Type == data.AttrDate })]

	test.Tap(b.attrs)
	if b.attrPop == nil || !b.attrPop.Visible() {
		t.Fatal("the attribute form is not shown")
	}
	b.attrPick.SetSelected(list.Name)
	if !b.attrChoice.Visible() || b.attrText.Visible() {
		t.Fatal("a list attribute does not offer its values")
	}
	b.attrChoice.SetSelected(list.Options[1].Name)
	test.Tap(b.attrApply)
	want := []data.AttrValue{{Attr: list.ID, Value: "2"}}
	if got := rec.last(t).Attrs; !reflect.DeepEqual(got, want) {
		t.Fatalf("attrs %v, want %v", got, want)
	}
	if want := list.Name + ": " + list.Options[1].Name; b.attrs.Selected != want {
		t.Errorf("the drop shows %q, want %q", b.attrs.Selected, want)
	}

	test.Tap(b.attrs)
	b.attrPick.SetSelected(date.Name)
	if !b.attrText.Visible() {
		t.Fatal("a date attribute has no entry")
	}
	n := len(rec.filters)
	test.Type(b.attrText, "вчера")
	test.Tap(b.attrApply)
	if len(rec.filters) != n || !b.attrErr.Visible() || !strings.HasPrefix(b.attrErr.Text, date.Name+":") {
		t.Fatalf("a bad date: error %q (visible %v), %d reports", b.attrErr.Text, b.attrErr.Visible(), len(rec.filters)-n)
	}
	b.attrText.SetText("2026-3-1")
	test.Tap(b.attrApply)
	want = append(want, data.AttrValue{Attr: date.ID, Value: "2026-03-01"})
	if got := rec.last(t).Attrs; !reflect.DeepEqual(got, want) {
		t.Fatalf("attrs %v, want %v", got, want)
	}
	if b.attrs.Selected != "Attributes (2)" {
		t.Errorf("the drop shows %q", b.attrs.Selected)
	}

	test.Tap(b.attrs)
	b.attrPick.SetSelected(list.Name)
	test.Tap(b.attrRemove)
	if got := rec.last(t).Attrs; !reflect.DeepEqual(got, want[1:]) {
		t.Errorf("after Remove attrs %v, want %v", got, want[1:])
	}
}
