package filterbar

import (
	"interactions/ui/internal/uitest"
	"reflect"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
)

// barRecord keeps what a filter bar reported.
type barRecord struct {
	filters []data.Filter
	groups  []data.GroupBy
	pauses  []func() // the search pauses started, to fire by hand
}

// last returns the filter reported last and fails when none was.
func (r *barRecord) last(t *testing.T) data.Filter {
	t.Helper()
	if len(r.filters) == 0 {
		t.Fatal("OnChanged was not called")
	}
	return r.filters[len(r.filters)-1]
}

// showFilterBar puts a filter bar on st in a 1000×300 test window, its
// clock at uitest.Now, and records what it reports.
func showFilterBar(t *testing.T, st Store) (*Bar, fyne.Window, *barRecord) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	b := New(st, w)
	b.Now = func() time.Time { return uitest.Now }
	rec := &barRecord{}
	b.OnChanged = func(f data.Filter) { rec.filters = append(rec.filters, f) }
	b.OnGroupChanged = func(g data.GroupBy) { rec.groups = append(rec.groups, g) }
	b.afterFunc = func(d time.Duration, fire func()) func() bool {
		if d != filterSearchDelay {
			t.Errorf("the search waits %v, want %v", d, filterSearchDelay)
		}
		rec.pauses = append(rec.pauses, fire)
		return func() bool { return true }
	}
	w.SetContent(b.Content)
	w.Resize(fyne.NewSize(1000, 300))
	return b, w, rec
}

// saveOptions changes the options of st.
func saveOptions(t *testing.T, st *data.Store, fn func(o *data.Options)) {
	t.Helper()
	set := st.Settings()
	fn(&set.Options)
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
}

// day is local midnight of a March 2026 day.
func day(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.Local) }

func TestFilterBar_SelectsProduceFilter(t *testing.T) {
	st := uitest.FixtureStore(t)
	emps, err := st.Employees()
	if err != nil {
		t.Fatal(err)
	}
	oleg := emps[slices.IndexFunc(emps, func(e data.Employee) bool { return e.Name == "Смирнов Олег" })]
	b, _, _ := showFilterBar(t, st)

	tests := []struct {
		name string
		pick func()
		want data.Filter
	}{
		{"status to review", func() { b.Status.SetSelectedIndex(1) }, data.Filter{Status: data.StatusToReview}},
		{"status reviewed", func() { b.Status.SetSelectedIndex(3) }, data.Filter{Status: data.StatusReviewed}},
		{"responsible", func() { b.responsible.SetSelected("Смирнов Олег") }, data.Filter{Responsible: oleg.ID}},
		{"importance high", func() { b.importance.SetSelectedIndex(3) }, data.Filter{Importance: data.ImportanceHigh}},
		{"importance low", func() { b.importance.SetSelectedIndex(1) }, data.Filter{Importance: data.ImportanceLow}},
		{"today", func() { b.period.SetSelectedIndex(periodToday) }, data.Filter{From: day(10), To: day(11), Period: data.PeriodToday}},
		{"this week from Monday", func() { b.period.SetSelectedIndex(periodWeek) }, data.Filter{From: day(9), To: day(16), Period: data.PeriodThisWeek}},
		{"this month", func() { b.period.SetSelectedIndex(periodMonth) }, data.Filter{From: day(1), To: time.Date(2026, 4, 1, 0, 0, 0, 0, time.Local), Period: data.PeriodThisMonth}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b.SetFilter(data.Filter{})
			var got []data.Filter
			b.OnChanged = func(f data.Filter) { got = append(got, f) }
			tt.pick()
			if len(got) != 1 {
				t.Fatalf("OnChanged called %d times, want once", len(got))
			}
			if !reflect.DeepEqual(got[0], tt.want) {
				t.Errorf("filter %+v, want %+v", got[0], tt.want)
			}
			if !reflect.DeepEqual(b.Filter(), tt.want) {
				t.Errorf("Filter() = %+v, want %+v", b.Filter(), tt.want)
			}
			if b.clear.Disabled() {
				t.Error("Clear filters is disabled with a filter set")
			}
		})
	}
}

func TestFilterBar_Grouping(t *testing.T) {
	st := uitest.DemoStore(t, 50)
	b, _, rec := showFilterBar(t, st)
	b.group.SetSelected("By week")
	if len(rec.groups) != 1 || rec.groups[0] != (data.GroupBy{Kind: data.GroupWeek}) {
		t.Fatalf("OnGroupChanged got %v, want [week]", rec.groups)
	}
	def := st.AttrDefs()[0]
	b.group.SetSelected("By " + def.Name)
	if g := b.Group(); g != (data.GroupBy{Kind: data.GroupAttr, Attr: def.ID}) {
		t.Errorf("Group() = %+v after choosing the attribute %q", g, def.Name)
	}
	if len(rec.filters) != 0 {
		t.Errorf("grouping called OnChanged: %v", rec.filters)
	}
}

func TestFilterBar_Types(t *testing.T) {
	st := uitest.OpenStore(t)
	saveOptions(t, st, func(o *data.Options) { o.UseSMS = true })
	b, w, rec := showFilterBar(t, st)
	if got := b.kinds.Selected; got != "All types" {
		t.Errorf("type summary %q, want All types", got)
	}
	test.Tap(b.kinds)
	if b.kindPop == nil || !b.kindPop.Visible() || w.Canvas().Overlays().Top() != b.kindPop {
		t.Fatal("the type pop-up is not shown")
	}
	steps := []struct {
		tap     data.Kind
		want    []data.Kind
		summary string
	}{
		{data.KindCallOut, []data.Kind{data.KindCallOut}, "Outgoing calls"},
		{data.KindCallIn, []data.Kind{data.KindCallIn, data.KindCallOut}, "Calls"},
		{data.KindEmailIn, []data.Kind{data.KindCallIn, data.KindCallOut, data.KindEmailIn}, "Calls, Incoming e-mail"},
		{data.KindEmailOut, []data.Kind{data.KindCallIn, data.KindCallOut, data.KindEmailIn, data.KindEmailOut}, "Types (4)"},
		{data.KindEmailDraft, []data.Kind{data.KindCallIn, data.KindCallOut, data.KindEmailIn, data.KindEmailOut, data.KindEmailDraft}, "Types (5)"},
		{data.KindEmailSent, []data.Kind{data.KindCallIn, data.KindCallOut, data.KindEmailIn, data.KindEmailOut, data.KindEmailDraft, data.KindEmailSent}, "Calls, E-mail"},
		{data.KindCallIn, []data.Kind{data.KindCallOut, data.KindEmailIn, data.KindEmailOut, data.KindEmailDraft, data.KindEmailSent}, "Outgoing calls, E-mail"},
	}
	for _, s := range steps {
		test.Tap(b.kindChecks[s.tap])
		if got := rec.last(t).Kinds; !slices.Equal(got, s.want) {
			t.Fatalf("after tapping %v: kinds %v, want %v", s.tap, got, s.want)
		}
		if b.kinds.Selected != s.summary {
			t.Errorf("after tapping %v: summary %q, want %q", s.tap, b.kinds.Selected, s.summary)
		}
		if b.kindAll.Checked {
			t.Errorf("after tapping %v: All types stays checked", s.tap)
		}
	}
	test.Tap(b.kindAll)
	if got := rec.last(t).Kinds; got != nil {
		t.Errorf("All types gives kinds %v, want none", got)
	}
	for k, c := range b.kindChecks {
		if c.Checked {
			t.Errorf("%v stays checked after All types", k)
		}
	}

	// The check tapped last has the keyboard; Escape still closes the pop-up.
	f := w.Canvas().Focused()
	if f == nil {
		t.Fatal("no check has the focus after a tap")
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if b.kindPop.Visible() || w.Canvas().Overlays().Top() != nil {
		t.Error("Escape leaves the type pop-up open")
	}
}

func TestFilterBar_SearchAndClear(t *testing.T) {
	st := uitest.DemoStore(t, 50)
	b, _, rec := showFilterBar(t, st)
	if !b.clear.Disabled() {
		t.Error("Clear filters is enabled with no filter")
	}
	b.SetGroup(data.GroupBy{Kind: data.GroupMonth})
	b.Status.SetSelectedIndex(2)
	b.importance.SetSelectedIndex(3)
	b.period.SetSelectedIndex(periodToday)
	before := len(rec.filters)
	test.Type(b.Search, "договор ")
	if len(rec.filters) != before {
		t.Fatalf("the search applied before typing paused: %v", rec.filters[before:])
	}
	if n := len([]rune("договор ")); len(rec.pauses) != n { // a pause per letter typed
		t.Fatalf("%d pauses started for %d letters typed", len(rec.pauses), n)
	}
	for _, fire := range rec.pauses { // every pause ends; only the last one's search applies
		fire()
	}
	uitest.Pump(t, "the search to apply", func() bool { return len(rec.filters) > before })
	if len(rec.filters) != before+1 || rec.last(t).Text != "договор" {
		t.Fatalf("reported %v after typing, want one filter with the search", rec.filters[before:])
	}
	if b.Search.Text != "договор " {
		t.Errorf("the search entry reads %q after the search applied", b.Search.Text)
	}
	if b.clear.Disabled() {
		t.Fatal("Clear filters is disabled with filters set")
	}

	test.Tap(b.clear)
	if f := rec.last(t); !reflect.DeepEqual(f, data.Filter{}) {
		t.Errorf("Clear filters gives %+v, want the empty filter", f)
	}
	if b.Group() != (data.GroupBy{Kind: data.GroupMonth}) || len(rec.groups) != 0 {
		t.Errorf("Clear filters changed the grouping: %+v, reported %v", b.Group(), rec.groups)
	}
	if b.Search.Text != "" || b.Status.SelectedIndex() != 0 || b.importance.SelectedIndex() != 0 || b.period.SelectedIndex() != periodAny {
		t.Errorf("widgets after Clear: search %q, status %d, importance %d, period %d",
			b.Search.Text, b.Status.SelectedIndex(), b.importance.SelectedIndex(), b.period.SelectedIndex())
	}
	if !b.clear.Disabled() {
		t.Error("Clear filters stays enabled after clearing")
	}
}

func TestFilterBar_SetFilterIsQuiet(t *testing.T) {
	st := uitest.FixtureStore(t)
	partners, _ := st.Partners()
	emps, _ := st.Employees()
	b, w, rec := showFilterBar(t, st)
	f := data.Filter{
		Kinds:       []data.Kind{data.KindMeeting},
		Status:      data.StatusDeferred,
		Responsible: emps[1].ID,
		Contact:     data.Ref{Kind: data.RefPartner, ID: partners[0].ID},
		From:        day(9), To: day(16),
		Importance: data.ImportanceNormal,
		Text:       "счет",
	}
	b.SetFilter(f)
	b.SetGroup(data.GroupBy{Kind: data.GroupContact})
	if len(rec.pauses) != 0 {
		t.Fatalf("SetFilter started %d searches", len(rec.pauses))
	}
	if len(rec.filters) != 0 || len(rec.groups) != 0 {
		t.Fatalf("SetFilter/SetGroup reported %v %v", rec.filters, rec.groups)
	}
	if !reflect.DeepEqual(b.Filter(), f) || b.Group() != (data.GroupBy{Kind: data.GroupContact}) {
		t.Errorf("Filter() = %+v, Group() = %+v", b.Filter(), b.Group())
	}
	texts := uitest.VisibleTexts(w.Content())
	for _, want := range []string{"Meetings", "Deferred", emps[1].Name, "This week", "Normal importance", partners[0].Name, "By contact"} {
		if !slices.Contains(texts, want) {
			t.Errorf("%q is not shown; shown: %q", want, texts)
		}
	}
	if b.Search.Text != "счет" {
		t.Errorf("search shows %q", b.Search.Text)
	}
}

func TestFilterBar_StatusCounts(t *testing.T) {
	st := uitest.OpenStore(t)
	b, _, _ := showFilterBar(t, st)
	b.SetStatusCounts(data.StatusCounts{All: 12345, ToReview: 45, Deferred: 6, Reviewed: 12294})
	want := []string{"All (12,345)", "To review (45)", "Deferred (6)", "Reviewed (12,294)"}
	if !slices.Equal(b.Status.Options, want) {
		t.Errorf("status options %q, want %q", b.Status.Options, want)
	}
	if b.Status.Selected != want[0] {
		t.Errorf("status shows %q, want %q", b.Status.Selected, want[0])
	}
}

func TestFilterBar_OptionsOffHide(t *testing.T) {
	st := uitest.DemoStore(t, 50)
	b, _, rec := showFilterBar(t, st)
	deals, _ := st.Deals()
	def := st.AttrDefs()[0]
	f := data.Filter{
		Kinds:   []data.Kind{data.KindSMS, data.KindCallIn},
		Status:  data.StatusToReview,
		Subject: data.Ref{Kind: data.RefDeal, ID: deals[0].ID},
		Attrs:   []data.AttrValue{{Attr: def.ID, Value: "1"}},
	}
	b.SetFilter(f)
	b.SetGroup(data.GroupBy{Kind: data.GroupSubject})
	for _, o := range []fyne.CanvasObject{b.Status, b.subject.drop, b.attrs} {
		if !o.Visible() {
			t.Fatalf("%T is hidden with every option on", o)
		}
	}

	saveOptions(t, st, func(o *data.Options) {
		o.UseSMS, o.UseReview, o.UseSubjects, o.UseAttributes = false, false, false, false
	})
	b.Reload()
	if want := (data.Filter{Kinds: []data.Kind{data.KindCallIn}}); !reflect.DeepEqual(rec.last(t), want) {
		t.Errorf("after the options went off the filter is %+v, want %+v", rec.last(t), want)
	}
	if len(rec.groups) != 1 || rec.groups[0] != (data.GroupBy{}) {
		t.Errorf("grouping reported %v, want no grouping", rec.groups)
	}
	for name, o := range map[string]fyne.CanvasObject{"status": b.Status, "subject": b.subject.drop, "attributes": b.attrs} {
		if o.Visible() {
			t.Errorf("the %s filter is shown with its option off", name)
		}
	}
	if slices.Contains(b.group.Options, "By subject") || slices.ContainsFunc(b.group.Options, func(s string) bool { return s == "By "+def.Name }) {
		t.Errorf("grouping options %q hold what is off", b.group.Options)
	}
	test.Tap(b.kinds)
	if _, ok := b.kindChecks[data.KindSMS]; ok {
		t.Error("the type pop-up offers SMS with SMS off")
	}
	if _, ok := b.kindChecks[data.KindEmailSent]; !ok {
		t.Error("the type pop-up lacks e-mail with e-mail on")
	}

	saveOptions(t, st, func(o *data.Options) { o.UseEmail, o.UseOtherInteractions = false, false })
	b.Reload()
	if b.kinds.Visible() {
		t.Error("the type filter is shown with every type off")
	}
}

func TestFilterBar_FocusSearch(t *testing.T) {
	b, w, _ := showFilterBar(t, uitest.OpenStore(t))
	b.FocusSearch()
	if w.Canvas().Focused() != b.Search {
		t.Errorf("focused %v, want the search", w.Canvas().Focused())
	}
}

// TestFilterBar_RussianFits checks that at the width the workplace has in
// a 1200 px window every Russian label of the first row shows whole.
func TestFilterBar_RussianFits(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	st := uitest.DemoStore(t, 50)
	b, w, _ := showFilterBar(t, st)
	w.Resize(fyne.NewSize(980, 300))
	b.SetStatusCounts(data.StatusCounts{All: 123456, ToReview: 12345, Deferred: 1234, Reviewed: 111111})
	b.Status.SetSelectedIndex(1)
	b.period.SetSelectedIndex(periodMonth)
	for _, s := range []*widget.Select{b.Status, b.responsible, b.period, b.importance, b.group} {
		if got, want := s.Size().Width, b.naturalOf(s); got+0.5 < want {
			t.Errorf("%q is %.0f px wide, needs %.0f", s.Selected, got, want)
		}
	}
	if b.Search.Size().Width < 150 {
		t.Errorf("the search is %.0f px wide", b.Search.Size().Width)
	}
}

// naturalOf returns the width s takes when its row has room.
func (b *Bar) naturalOf(s *widget.Select) float32 {
	if w, ok := b.row1.natural[s]; ok {
		return w
	}
	return b.row2.natural[s]
}
