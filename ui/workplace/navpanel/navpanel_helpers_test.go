package navpanel

import (
	"interactions/ui/internal/uitest"
	"strconv"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"interactions/data"
)

// navFixture is a demo store with a few interactions saved by hand: a
// call from a free-text contact about a new active deal, with attribute
// values, and a note without contacts.
type navFixture struct {
	st      *data.Store
	deal    data.Ref // the new deal, the newest subject
	free    data.Ref // the free-text contact
	freeNm  string
	partner data.Ref
}

func newNavFixture(t *testing.T, n int) *navFixture {
	t.Helper()
	st := uitest.DemoStore(t, n)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	partners, err := st.Partners()
	must(err)
	deal := &data.Deal{Partner: partners[0].ID, Name: "Навигация: поставка стеллажей", Active: true}
	must(st.SaveDeal(deal))
	fx := &navFixture{st: st, deal: data.Ref{Kind: data.RefDeal, ID: deal.ID}, freeNm: "Гость выставки Зайцев",
		partner: data.Ref{Kind: data.RefPartner, ID: partners[0].ID}}
	fx.free = data.FreeContactRef(fx.freeNm)

	call := st.NewInteraction(data.TypeCall, data.DirIncoming)
	call.Date, call.Responsible, call.Topic = uitest.Now.Add(-time.Hour), 1, "Звонок с выставки"
	call.Contacts = []data.Contact{{Ref: fx.free, Name: fx.freeNm, Address: "+7 900 000-00-00"}}
	call.Subject = fx.deal
	call.Attrs = []data.AttrValue{{Attr: 1, Value: "2"}, {Attr: 3, Value: "true"}}
	must(st.SaveInteraction(call))

	note := st.NewInteraction(data.TypePlanned, data.DirNone)
	note.Date, note.Responsible, note.Topic = uitest.Now.Add(-2*time.Hour), 1, "Подготовить выставочный стенд"
	must(st.SaveInteraction(note))
	return fx
}

// showNavPanel puts a panel on st in a test window and waits for its counts.
func showNavPanel(t *testing.T, st Store) (*Panel, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	p := New(st)
	t.Cleanup(func() {
		p.close()
		uitest.Pump(t, "the panel's background work to end", func() bool { return !p.Busy() })
	})
	w := test.NewTempWindow(t, p.Content)
	w.Resize(fyne.NewSize(320, 600))
	settleNav(t, p)
	return p, w
}

// settleNav waits until the panel has its counts and no store call runs.
func settleNav(t *testing.T, p *Panel) {
	t.Helper()
	uitest.Pump(t, "the navigation panel to settle", func() bool { return p.Settled() })
}

// chooseMode picks the mode of the given grouping in the selector.
func chooseMode(t *testing.T, p *Panel, by data.GroupBy) {
	t.Helper()
	if p.SetMode(by) {
		settleNav(t, p)
		return
	}
	t.Fatalf("no mode %+v among %q", by, p.mode.Options)
}

// navItemTexts draws item id of the panel's list in a row of its own,
// once its names are read, and returns the texts shown.
func navItemTexts(t *testing.T, p *Panel, id int) []string {
	t.Helper()
	obj := p.list.CreateItem()
	p.list.UpdateItem(id, obj)
	settleNav(t, p)
	p.list.UpdateItem(id, obj)
	obj.Resize(fyne.NewSize(1000, obj.MinSize().Height))
	return uitest.VisibleTexts(obj)
}

// tapNavItem taps item id of the panel's list where the window draws it.
func tapNavItem(t *testing.T, p *Panel, id int) {
	t.Helper()
	uitest.TapListItem(t, p.list, id)
}

// wantGroups returns what the store says the mode of by lists.
func wantGroups(t *testing.T, st *data.Store, by data.GroupBy, activeOnly bool) []data.Group {
	t.Helper()
	var gs []data.Group
	var err error
	if by.Kind == data.GroupSubject {
		gs, err = st.SubjectCounters(activeOnly)
	} else {
		gs, err = st.Counters(by)
	}
	if err != nil {
		t.Fatal(err)
	}
	return gs
}

// wantName is the name a group should be shown by, worked out from the store.
func wantName(st *data.Store, by data.GroupBy, g data.Group) string {
	if by.Kind == data.GroupAttr {
		def, _ := st.AttrDef(by.Attr)
		v := g.Key.AttrValue
		switch {
		case v == "":
			return "(no value)"
		case def.Type == data.AttrBool && v == "true":
			return "Yes"
		case def.Type == data.AttrBool:
			return "No"
		case def.Type == data.AttrList:
			for _, o := range def.Options {
				if v == strconv.FormatUint(uint64(o.ID), 10) {
					return o.Name
				}
			}
		}
		return v // dates: canonical YYYY-MM-DD is the English format
	}
	if g.Key.Ref.IsZero() || g.Key.Ref == data.NoContact {
		return "(no contact)"
	}
	return st.Name(g.Key.Ref)
}

// namesCounter counts the references the panel asks names for.
type namesCounter struct {
	*data.Store
	mu    sync.Mutex
	calls []int
}

func (s *namesCounter) Names(refs []data.Ref) map[data.Ref]string {
	s.mu.Lock()
	s.calls = append(s.calls, len(refs))
	s.mu.Unlock()
	return s.Store.Names(refs)
}

func (s *namesCounter) asked() (calls, refs int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, n := range s.calls {
		refs += n
	}
	return len(s.calls), refs
}
