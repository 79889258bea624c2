package navpanel

import (
	"interactions/ui/internal/uitest"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"interactions/data"

	"interactions/ui/format"
)

func TestNavPanel_ModesFollowOptions(t *testing.T) {
	fx := newNavFixture(t, 200)
	p, _ := showNavPanel(t, fx.st)
	want := []string{"By subject", "By contact", "By responsible",
		"Attribute: Канал", "Attribute: Дата следующего контакта", "Attribute: Нужен менеджер"}
	if !slices.Equal(p.mode.Options, want) {
		t.Errorf("modes %q, want %q", p.mode.Options, want)
	}
	if p.mode.Selected != "By subject" || !p.active.Visible() {
		t.Errorf("first mode %q (active check shown %v), want By subject with the check", p.mode.Selected, p.active.Visible())
	}

	chooseMode(t, p, data.GroupBy{Kind: data.GroupResponsible})
	s := fx.st.Settings()
	s.Options.UseSubjects, s.Options.UseAttributes = false, false
	if err := fx.st.SaveSettings(s); err != nil {
		t.Fatal(err)
	}
	p.Reload()
	settleNav(t, p)
	if want := []string{"By contact", "By responsible"}; !slices.Equal(p.mode.Options, want) {
		t.Errorf("modes with subjects and attributes off %q, want %q", p.mode.Options, want)
	}
	if p.mode.Selected != "By responsible" || p.active.Visible() {
		t.Errorf("mode after reload %q (active check shown %v), want By responsible kept, no check", p.mode.Selected, p.active.Visible())
	}
}

func TestNavPanel_CountsMatchStore(t *testing.T) {
	fx := newNavFixture(t, 500)
	p, _ := showNavPanel(t, fx.st)
	modes := []data.GroupBy{{Kind: data.GroupSubject}, {Kind: data.GroupContact}, {Kind: data.GroupResponsible}}
	for _, d := range fx.st.AttrDefs() {
		modes = append(modes, data.GroupBy{Kind: data.GroupAttr, Attr: d.ID})
	}
	for _, by := range modes {
		chooseMode(t, p, by)
		want := wantGroups(t, fx.st, by, false)
		if len(want) < 2 {
			t.Fatalf("mode %+v: the store has %d groups, too few to test", by, len(want))
		}
		if got := p.list.Length(); got != len(want)+1 {
			t.Fatalf("mode %+v: %d items, want All and %d groups", by, got, len(want))
		}
		if texts := navItemTexts(t, p, 0); !slices.Contains(texts, "All") {
			t.Errorf("mode %+v: first item %q, want All", by, texts)
		}
		for i, g := range want {
			texts := navItemTexts(t, p, i+1)
			name := wantName(fx.st, by, g)
			if !slices.Contains(texts, name) {
				t.Errorf("mode %+v item %d: %q lacks the name %q", by, i+1, texts, name)
			}
			detail := format.InteractionCount(g.Count)
			if !g.Last.IsZero() {
				detail += " · " + g.Last.Format("2006-01-02")
			}
			if !slices.Contains(texts, detail) {
				t.Errorf("mode %+v item %d (%s): %q lacks %q", by, i+1, name, texts, detail)
			}
			if badge := format.Count(g.Unreviewed); g.Unreviewed > 0 != slices.Contains(texts, badge) {
				t.Errorf("mode %+v item %d (%s): %q, unreviewed %d", by, i+1, name, texts, g.Unreviewed)
			}
		}
	}
}

func TestNavPanel_HandSavedGroups(t *testing.T) {
	fx := newNavFixture(t, 200)
	p, _ := showNavPanel(t, fx.st)
	pos := slices.IndexFunc(p.view, func(i int) bool { return p.groups[i].Key.Ref == fx.deal })
	if pos < 0 {
		t.Fatalf("the new deal %v is not listed", fx.deal)
	}
	want := []string{"Навигация: поставка стеллажей", "1 interaction · " + uitest.Now.Add(-time.Hour).Format("2006-01-02"), "1"}
	if texts := navItemTexts(t, p, pos+1); !slices.Equal(texts, want) {
		t.Errorf("the new deal shows %q, want %q", texts, want)
	}
	chooseMode(t, p, data.GroupBy{Kind: data.GroupContact})
	var all []string
	for id := range p.list.Length() {
		all = append(all, navItemTexts(t, p, id)...)
	}
	for _, want := range []string{fx.freeNm, "(no contact)"} {
		if !slices.Contains(all, want) {
			t.Errorf("contact mode lacks %q", want)
		}
	}
}

func TestNavPanel_ActiveOnlyNarrows(t *testing.T) {
	fx := newNavFixture(t, 500)
	p, _ := showNavPanel(t, fx.st)
	all, active := wantGroups(t, fx.st, data.GroupBy{Kind: data.GroupSubject}, false), wantGroups(t, fx.st, data.GroupBy{Kind: data.GroupSubject}, true)
	if len(active) == 0 || len(active) >= len(all) {
		t.Fatalf("demo data: %d active of %d subjects, no narrowing", len(active), len(all))
	}
	if got := p.list.Length(); got != len(all)+1 {
		t.Fatalf("%d items, want All and %d subjects", got, len(all))
	}
	test.Tap(p.active)
	settleNav(t, p)
	if got := p.list.Length(); got != len(active)+1 {
		t.Fatalf("%d items with only active subjects, want All and %d", got, len(active))
	}
	for i, g := range active {
		if got := p.groups[p.view[i]].Key.Ref; got != g.Key.Ref {
			t.Fatalf("active item %d is %v, want %v", i+1, got, g.Key.Ref)
		}
	}
}

func TestNavPanel_PickSetsFilter(t *testing.T) {
	fx := newNavFixture(t, 500)
	p, _ := showNavPanel(t, fx.st)
	var edit func(*data.Filter)
	p.OnPick = func(e func(*data.Filter)) { edit = e }
	// The filter the screen has: a search and another attribute's value.
	base := data.Filter{Text: "поставка", Attrs: []data.AttrValue{{Attr: 3, Value: "true"}}}
	apply := func(id int) data.Filter {
		t.Helper()
		edit = nil
		tapNavItem(t, p, id)
		if edit == nil {
			t.Fatalf("picking item %d called no OnPick", id)
		}
		f := base
		f.Attrs = slices.Clone(base.Attrs)
		edit(&f)
		if f.Text != base.Text {
			t.Errorf("the pick changed the search to %q", f.Text)
		}
		return f
	}
	for _, tc := range []struct {
		by    data.GroupBy
		check func(f data.Filter, g data.Group) bool
	}{
		{data.GroupBy{Kind: data.GroupSubject}, func(f data.Filter, g data.Group) bool { return f.Subject == g.Key.Ref }},
		{data.GroupBy{Kind: data.GroupContact}, func(f data.Filter, g data.Group) bool { return f.Contact == g.Key.Ref }},
		{data.GroupBy{Kind: data.GroupResponsible}, func(f data.Filter, g data.Group) bool { return f.Responsible == g.Key.Ref.ID }},
		{data.GroupBy{Kind: data.GroupAttr, Attr: 1}, func(f data.Filter, g data.Group) bool {
			return slices.Equal(f.Attrs, []data.AttrValue{{Attr: 3, Value: "true"}, {Attr: 1, Value: g.Key.AttrValue}})
		}},
		{data.GroupBy{Kind: data.GroupAttr, Attr: 3}, func(f data.Filter, g data.Group) bool {
			return slices.Equal(f.Attrs, []data.AttrValue{{Attr: 3, Value: g.Key.AttrValue}})
		}},
	} {
		chooseMode(t, p, tc.by)
		if p.Selected != -1 {
			t.Errorf("mode %+v: item %d highlighted after switching mode", tc.by, p.Selected)
		}
		want := wantGroups(t, fx.st, tc.by, false)
		for _, id := range []int{1, 2} {
			if f := apply(id); !tc.check(f, want[id-1]) {
				t.Errorf("mode %+v: picking %+v gives the filter %+v", tc.by, want[id-1].Key, f)
			}
		}
		// The picked item stays highlighted when the counts are read again.
		p.Refresh()
		settleNav(t, p)
		if p.Selected != 2 {
			t.Errorf("mode %+v: highlight on %d after Refresh, want 2", tc.by, p.Selected)
		}
		f := apply(0)
		cleared := f.Subject.IsZero() && f.Contact.IsZero() && f.Responsible == 0
		if tc.by.Kind == data.GroupAttr {
			cleared = !slices.ContainsFunc(f.Attrs, func(a data.AttrValue) bool { return a.Attr == tc.by.Attr })
			if tc.by.Attr != 3 && !slices.Contains(f.Attrs, data.AttrValue{Attr: 3, Value: "true"}) {
				t.Errorf("mode %+v: All dropped another attribute: %+v", tc.by, f.Attrs)
			}
		}
		if !cleared {
			t.Errorf("mode %+v: All gives the filter %+v", tc.by, f)
		}
	}
	if base.Attrs[0] != (data.AttrValue{Attr: 3, Value: "true"}) {
		t.Errorf("an edit changed the screen's slice: %+v", base.Attrs)
	}
}

func TestNavPanel_BadgeHiddenWithoutReview(t *testing.T) {
	fx := newNavFixture(t, 300)
	p, _ := showNavPanel(t, fx.st)
	chooseMode(t, p, data.GroupBy{Kind: data.GroupResponsible})
	g := p.groups[p.view[0]]
	if g.Unreviewed == 0 {
		t.Fatalf("demo data: the first responsible has nothing unreviewed")
	}
	badge := format.Count(g.Unreviewed)
	if texts := navItemTexts(t, p, 1); !slices.Contains(texts, badge) {
		t.Fatalf("item %q lacks the unreviewed badge %q", texts, badge)
	}
	if !uitest.BoldTextShown(p.Content, badge) {
		t.Errorf("the badge %q is not bold", badge)
	}
	s := fx.st.Settings()
	s.Options.UseReview = false
	if err := fx.st.SaveSettings(s); err != nil {
		t.Fatal(err)
	}
	p.Reload()
	settleNav(t, p)
	if texts := navItemTexts(t, p, 1); slices.Contains(texts, badge) {
		t.Errorf("item %q shows the badge %q with the reviewed flag off", texts, badge)
	}
}

func TestNavPanel_SearchNarrows(t *testing.T) {
	fx := newNavFixture(t, 500)
	p, _ := showNavPanel(t, fx.st)
	chooseMode(t, p, data.GroupBy{Kind: data.GroupContact})
	total := p.list.Length()

	test.Type(p.Search, "зайц")
	uitest.Pump(t, "the search", func() bool { return !p.Busy() && !p.names.fullRunning() })
	if got := p.list.Length(); got != 2 {
		t.Fatalf("%d items for %q, want All and the free-text contact", got, "зайц")
	}
	if texts := navItemTexts(t, p, 1); !slices.Contains(texts, fx.freeNm) {
		t.Errorf("found %q, want %q", texts, fx.freeNm)
	}

	// A word of the last contact — never shown, so its name was not read
	// for display — finds every contact whose name holds it.
	gs := wantGroups(t, fx.st, data.GroupBy{Kind: data.GroupContact}, false)
	last := gs[len(gs)-1].Key.Ref
	for i := len(gs) - 1; last == data.NoContact || last.IsZero(); i-- {
		last = gs[i-1].Key.Ref
	}
	word := data.Fold(strings.Fields(fx.st.Name(last))[0])
	want := 0
	for _, g := range gs {
		if strings.Contains(data.Fold(fx.st.Name(g.Key.Ref)), word) && !g.Key.Ref.IsZero() && g.Key.Ref != data.NoContact {
			want++
		}
	}
	p.Search.SetText(word)
	uitest.Pump(t, "the search", func() bool { return !p.Busy() && !p.names.fullRunning() })
	if got := p.list.Length() - 1; got != want || got >= len(gs) {
		t.Errorf("%d contacts for %q, want %d of %d", got, word, want, len(gs))
	}
	if !slices.ContainsFunc(p.view, func(i int) bool { return p.groups[i].Key.Ref == last }) {
		t.Errorf("the search for %q does not find %v", word, last)
	}
	if p.Status.Visible() {
		t.Errorf("status %q shown after the search ended", p.Status.Text)
	}

	// Picking a found item and clearing the search keeps it highlighted.
	p.list.Select(1)
	picked := p.groups[p.view[0]].Key
	p.Search.SetText("")
	settleNav(t, p)
	if p.list.Length() != total {
		t.Errorf("%d items after clearing the search, want %d", p.list.Length(), total)
	}
	if p.Selected < 1 || p.groups[p.view[p.Selected-1]].Key != picked {
		t.Errorf("highlight on item %d after clearing the search, want %+v", p.Selected, picked)
	}
}

func TestNavPanel_NamesOnlyForShownRows(t *testing.T) {
	fx := newNavFixture(t, 4000)
	st := &namesCounter{Store: fx.st}
	p, w := showNavPanel(t, st)
	subjects := len(p.groups)
	if subjects <= navNameBlock+20 {
		t.Fatalf("demo data: %d subjects, too few to test", subjects)
	}
	// The window draws the first rows; their names come in one call.
	uitest.VisibleTexts(w.Content())
	settleNav(t, p)
	if calls, refs := st.asked(); calls != 1 || refs > navNameBlock {
		t.Errorf("showing the first rows asked %d calls for %d names, want one call for at most %d", calls, refs, navNameBlock)
	}
	name := fx.st.Name(p.groups[p.view[0]].Key.Ref)
	if !uitest.Shown(uitest.VisibleTexts(w.Content()), name) {
		t.Errorf("the first subject %q is not shown: %q", name, uitest.VisibleTexts(w.Content()))
	}

	// The search reads every name, in steps of at most navNameChunk.
	test.Type(p.Search, "жжжжжж")
	uitest.Pump(t, "the search", func() bool { return !p.Busy() && !p.names.fullRunning() })
	if _, refs := st.asked(); refs < subjects {
		t.Errorf("the search read %d names of %d subjects", refs, subjects)
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	for _, n := range st.calls {
		if n > navNameChunk {
			t.Errorf("a call for %d names, more than %d", n, navNameChunk)
		}
	}
}

func TestNavPanel_RussianDates(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	fx := newNavFixture(t, 200)
	p, _ := showNavPanel(t, fx.st)
	if p.mode.Options[0] != "По предметам" || p.active.Text != "Только активные предметы" {
		t.Errorf("mode %q, check %q: not Russian", p.mode.Options[0], p.active.Text)
	}
	g := p.groups[p.view[0]]
	want := format.InteractionCount(g.Count) + " · " + g.Last.Format("02.01.2006")
	if texts := navItemTexts(t, p, 1); !slices.Contains(texts, want) {
		t.Errorf("item %q lacks %q", texts, want)
	}
}
