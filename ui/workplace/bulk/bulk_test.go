package bulk

import (
	"context"
	"errors"
	"interactions/ui/internal/uitest"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/format"
)

// bulkFixture is a bulk bar in a test window over a store with two active
// employees, an inactive one and three unreviewed incoming calls.
type bulkFixture struct {
	st    *data.Store
	bar   *Bar
	win   fyne.Window
	sel   []data.ID // what the bar sees as the selection
	done  int       // OnDone calls
	calls []data.ID
	anna  data.ID
	oleg  data.ID
	gone  data.ID // inactive
}

func newBulkFixture(t *testing.T, opts func(*data.Options)) *bulkFixture {
	t.Helper()
	f := &bulkFixture{st: uitest.OpenStore(t)}
	for _, e := range []struct {
		id       *data.ID
		name     string
		inactive bool
	}{{&f.anna, "Петрова Анна", false}, {&f.oleg, "Смирнов Олег", false}, {&f.gone, "Уволенный Иван", true}} {
		emp := &data.Employee{Name: e.name, Inactive: e.inactive}
		if err := f.st.SaveEmployee(emp); err != nil {
			t.Fatal(err)
		}
		*e.id = emp.ID
	}
	s := f.st.Settings()
	s.CurrentUser = f.anna
	if opts != nil {
		opts(&s.Options)
	}
	if err := f.st.SaveSettings(s); err != nil {
		t.Fatal(err)
	}
	for _, topic := range []string{"Звонок 1", "Звонок 2", "Звонок 3"} {
		f.calls = append(f.calls, f.add(t, topic, nil))
	}

	test.NewTempApp(t)
	f.bar = New(f.st, nil, func() []data.ID { return f.sel })
	f.win = test.NewTempWindow(t, f.bar.Content)
	f.bar.win = f.win
	f.win.Resize(fyne.NewSize(1100, 700))
	f.bar.OnDone = func() { f.done++ }
	return f
}

// add saves an unreviewed incoming call by Anna; edit may change it first.
func (f *bulkFixture) add(t *testing.T, topic string, edit func(*data.Interaction)) data.ID {
	t.Helper()
	it := f.st.NewInteraction(data.TypeCall, data.DirIncoming)
	it.Topic, it.Responsible = topic, f.anna
	if edit != nil {
		edit(it)
	}
	if err := f.st.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	return it.ID
}

// selectIDs makes ids the selection.
func (f *bulkFixture) selectIDs(ids ...data.ID) {
	f.sel = ids
	f.bar.SetSelectionCount(len(ids))
}

// act runs action and waits until the bar reports its store call done.
func (f *bulkFixture) act(t *testing.T, what string, action func()) {
	t.Helper()
	before := f.done
	action()
	uitest.Pump(t, what, func() bool { return f.done > before })
}

func (f *bulkFixture) get(t *testing.T, id data.ID) *data.Interaction {
	t.Helper()
	it, err := f.st.Interaction(id)
	if err != nil {
		t.Fatal(err)
	}
	return it
}

func (f *bulkFixture) counts(t *testing.T) data.StatusCounts {
	t.Helper()
	sc, err := f.st.StatusCounts(context.Background(), data.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// menuItem returns the item of m whose label starts with prefix.
func menuItem(t *testing.T, m *fyne.Menu, prefix string) *fyne.MenuItem {
	t.Helper()
	for _, it := range m.Items {
		if strings.HasPrefix(it.Label, prefix) {
			return it
		}
	}
	t.Fatalf("the menu has no item %q", prefix)
	return nil
}

func TestBulkBar_SelectionCount(t *testing.T) {
	f := newBulkFixture(t, nil)
	if got := f.bar.count.Text; got != "Selected: 0" {
		t.Errorf("count = %q, want %q", got, "Selected: 0")
	}
	for _, b := range []fyne.Disableable{f.bar.Reviewed, f.bar.ReviewAfter, f.bar.Responsible, f.bar.Subject} {
		if !b.Disabled() {
			t.Errorf("%v is enabled with nothing selected", b)
		}
	}
	if !f.bar.MarkItem.Disabled || !f.bar.UnreviewedItem.Disabled || f.bar.PurgeItem.Disabled {
		t.Errorf("with nothing selected: mark disabled = %v, purge disabled = %v; want true, false",
			f.bar.MarkItem.Disabled, f.bar.PurgeItem.Disabled)
	}
	f.selectIDs(f.calls...)
	if got := f.bar.count.Text; got != "Selected: 3" {
		t.Errorf("count = %q, want %q", got, "Selected: 3")
	}
	if f.bar.Reviewed.Disabled() || f.bar.MarkItem.Disabled {
		t.Error("the actions stay disabled with 3 selected")
	}
	if f.bar.Subject.Visible() {
		t.Error("the subject action shows while subjects are not used")
	}

	s := f.st.Settings()
	s.Options.UseReview, s.Options.UseSubjects = false, true
	if err := f.st.SaveSettings(s); err != nil {
		t.Fatal(err)
	}
	f.bar.Reload()
	if f.bar.Reviewed.Visible() || f.bar.ReviewAfter.Visible() {
		t.Error("review actions show while the reviewed flag is not used")
	}
	if !f.bar.Subject.Visible() {
		t.Error("the subject action is hidden while subjects are used")
	}
	f.bar.ToggleReviewed()
	if f.bar.running != 0 {
		t.Error("Ctrl+R acts while the reviewed flag is not used")
	}
}

func TestBulkBar_MarkReviewedAndUnreviewed(t *testing.T) {
	f := newBulkFixture(t, nil)
	f.selectIDs(f.calls...)
	f.act(t, "mark reviewed", func() { test.Tap(f.bar.Reviewed) })
	if sc := f.counts(t); sc.Reviewed != 3 || sc.ToReview != 0 {
		t.Errorf("after Mark reviewed: %+v, want 3 reviewed", sc)
	}
	if f.done != 1 {
		t.Errorf("OnDone called %d times, want 1", f.done)
	}
	f.act(t, "mark unreviewed", menuItem(t, f.bar.ReviewMenu, "Mark unreviewed").Action)
	if sc := f.counts(t); sc.Reviewed != 0 || sc.ToReview != 3 {
		t.Errorf("after Mark unreviewed: %+v, want 3 to review", sc)
	}
}

func TestBulkBar_ToggleReviewed(t *testing.T) {
	f := newBulkFixture(t, nil)
	if err := f.st.SetReviewed(f.calls[:1], true); err != nil {
		t.Fatal(err)
	}
	f.selectIDs(f.calls...)
	steps := []struct {
		name         string
		wantReviewed int
	}{
		{"one of three reviewed: all become reviewed", 3},
		{"all reviewed: all become unreviewed", 0},
		{"none reviewed: all become reviewed", 3},
	}
	for _, s := range steps {
		f.act(t, s.name, f.bar.ToggleReviewed)
		if sc := f.counts(t); sc.Reviewed != s.wantReviewed {
			t.Errorf("%s: %d reviewed, want %d", s.name, sc.Reviewed, s.wantReviewed)
		}
	}
	f.selectIDs()
	f.bar.ToggleReviewed()
	if f.bar.running != 0 {
		t.Error("Ctrl+R acts with nothing selected")
	}
}

func TestBulkBar_ReviewAfterPreset(t *testing.T) {
	f := newBulkFixture(t, nil)
	f.selectIDs(f.calls...)
	f.act(t, "review after 1 h", menuItem(t, f.bar.ReviewMenu, "In 1 hour").Action)
	for _, id := range f.calls {
		if got, want := f.get(t, id).ReviewAfter, uitest.Now.Add(time.Hour); !got.Equal(want) {
			t.Errorf("interaction %d: review after %v, want %v", id, got, want)
		}
	}
	if sc := f.counts(t); sc.Deferred != 3 {
		t.Errorf("status counts %+v, want 3 deferred", sc)
	}
	// uitest.Now is a Tuesday: the next working day is Wednesday at 9:00.
	f.bar.refreshReviewMenu()
	item := menuItem(t, f.bar.ReviewMenu, "Next working day")
	if want := "Next working day, 2026-03-11 09:00"; item.Label != want {
		t.Errorf("label %q, want %q", item.Label, want)
	}
	f.act(t, "review after the next working day", item.Action)
	if got, want := f.get(t, f.calls[0]).ReviewAfter, time.Date(2026, 3, 11, 9, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("review after %v, want %v", got, want)
	}
}

func TestNextWorkday(t *testing.T) {
	tests := []struct {
		Now  time.Time
		hour int
		want time.Time
	}{
		{time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC), 9, time.Date(2026, 3, 11, 9, 0, 0, 0, time.UTC)},    // Tue → Wed
		{time.Date(2026, 3, 13, 18, 0, 0, 0, time.UTC), 9, time.Date(2026, 3, 16, 9, 0, 0, 0, time.UTC)},    // Fri → Mon
		{time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC), 8, time.Date(2026, 3, 16, 8, 0, 0, 0, time.UTC)},    // Sat → Mon
		{time.Date(2026, 3, 15, 23, 59, 0, 0, time.UTC), 10, time.Date(2026, 3, 16, 10, 0, 0, 0, time.UTC)}, // Sun → Mon
	}
	for _, tt := range tests {
		if got := format.NextWorkday(tt.Now, tt.hour); !got.Equal(tt.want) {
			t.Errorf("format.NextWorkday(%v, %d) = %v, want %v", tt.Now, tt.hour, got, tt.want)
		}
	}
}

func TestBulkBar_ReviewAfterCustom(t *testing.T) {
	f := newBulkFixture(t, nil)
	f.selectIDs(f.calls...)
	menuItem(t, f.bar.ReviewMenu, "Date and time").Action()
	d := f.bar.custom
	if d == nil {
		t.Fatal("Date and time… opened no dialog")
	}
	if d.Date.Text != "2026-03-10" || d.Time.Text != "13:00" {
		t.Errorf("the dialog starts at %q %q, want now plus the default delay, 2026-03-10 13:00", d.Date.Text, d.Time.Text)
	}
	tests := []struct {
		date, time string
		dateErr    string
		timeErr    string
	}{
		{"31.02.2026", "10:00", "Date: write it as 2026-03-10", ""},
		{"tomorrow", "25:00", "Date: write it as 2026-03-10", "Time: write it as 12:00"},
		{"2026-03-12", "9", "", ""}, // a bare hour is fine: checked below
		{"09.03.2026", "10:00", "Date: 2026-03-09 10:00 has already passed", ""},
		{"2026-03-10", "12:00", "Date: 2026-03-10 12:00 has already passed", ""},
	}
	for _, tt := range tests[:2] {
		d.Date.SetText(tt.date)
		d.Time.SetText(tt.time)
		test.Tap(d.OK)
		if got := visibleText(d.DateErr); got != tt.dateErr {
			t.Errorf("%s %s: date error %q, want %q", tt.date, tt.time, got, tt.dateErr)
		}
		if got := visibleText(d.TimeErr); got != tt.timeErr {
			t.Errorf("%s %s: time error %q, want %q", tt.date, tt.time, got, tt.timeErr)
		}
	}
	for _, tt := range tests[3:] {
		if tt.dateErr == "" {
			continue
		}
		d.Date.SetText(tt.date)
		d.Time.SetText(tt.time)
		test.Tap(d.OK)
		if got := visibleText(d.DateErr); got != tt.dateErr {
			t.Errorf("%s %s: date error %q, want %q", tt.date, tt.time, got, tt.dateErr)
		}
	}
	if f.bar.running != 0 || f.done != 0 {
		t.Fatal("a rejected date reached the store")
	}
	for _, id := range f.calls {
		if it := f.get(t, id); !it.ReviewAfter.IsZero() {
			t.Fatalf("interaction %d changed: review after %v", id, it.ReviewAfter)
		}
	}
	d.Date.SetText("12.03.2026")
	d.Time.SetText("14:30")
	f.act(t, "review after a custom time", func() { test.Tap(d.OK) })
	if f.win.Canvas().Overlays().Top() != nil {
		t.Error("the dialog stays open after a good date")
	}
	if got, want := f.get(t, f.calls[2]).ReviewAfter, time.Date(2026, 3, 12, 14, 30, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("review after %v, want %v", got, want)
	}
}

// visibleText is the text of an error line, "" while it is hidden.
func visibleText(l *widget.Label) string {
	if !l.Visible() {
		return ""
	}
	return l.Text
}

func TestBulkBar_SetResponsible(t *testing.T) {
	f := newBulkFixture(t, nil)
	f.selectIDs(f.calls[:2]...)
	test.Tap(f.bar.Responsible)
	uitest.Pump(t, "the responsible dialog", func() bool { return f.bar.responsible != nil })
	d := f.bar.responsible
	// The current user is preselected and says so.
	if got := d.Picker.Select.Options; len(got) != 2 || got[0] != "Петрова Анна (current user)" || got[1] != "Смирнов Олег" {
		t.Errorf("employees offered %q, want the two active ones, the current user named so", got)
	}
	if d.Picker.Select.Selected != "Петрова Анна (current user)" {
		t.Errorf("the select shows %q, want the current user named so", d.Picker.Select.Selected)
	}
	if d.Picker.Value() != f.anna {
		t.Errorf("the dialog starts on employee %d, want the current user %d", d.Picker.Value(), f.anna)
	}
	d.Picker.Select.SetSelected("Смирнов Олег")
	f.act(t, "set responsible", func() { test.Tap(d.OK) })
	for i, id := range f.calls {
		want := f.oleg
		if i == 2 {
			want = f.anna
		}
		if got := f.get(t, id).Responsible; got != want {
			t.Errorf("interaction %d: responsible %d, want %d", id, got, want)
		}
	}
}

func TestBulkBar_SetSubjectMovesChain(t *testing.T) {
	f := newBulkFixture(t, func(o *data.Options) { o.UseSubjects = true })
	partner := &data.Partner{Name: "ООО «Ромашка»"}
	if err := f.st.SavePartner(partner); err != nil {
		t.Fatal(err)
	}
	deal := &data.Deal{Partner: partner.ID, Name: "Поставка оборудования", Active: true}
	other := &data.Deal{Partner: partner.ID, Name: "Сервисный договор", Active: true}
	for _, d := range []*data.Deal{deal, other} {
		if err := f.st.SaveDeal(d); err != nil {
			t.Fatal(err)
		}
	}
	root := f.calls[0]
	follow := f.add(t, "Повторный звонок", func(it *data.Interaction) { it.BasedOn = root })
	if s := f.get(t, follow).Subject; s != (data.Ref{Kind: data.RefInteraction, ID: root}) {
		t.Fatalf("the follow-up is in chain %v, want the chain of %d", s, root)
	}

	f.selectIDs(follow)
	test.Tap(f.bar.Subject)
	d := f.bar.subject
	if d == nil || f.win.Canvas().Overlays().Top() == nil {
		t.Fatal("the subject dialog did not open at once")
	}
	if d.Picker.Loading() && (!d.Picker.Status.Visible() || d.Picker.Status.Text != "Loading…") {
		t.Errorf("while the subjects are read the picker says %q (shown %v), want Loading…", d.Picker.Status.Text, d.Picker.Status.Visible())
	}
	uitest.Pump(t, "the subjects", func() bool { return !d.Picker.Loading() })
	if got := d.Picker.Shown(); len(got) != 3 || got[0].Label != "None — own chain" {
		t.Fatalf("choices %v, want none and the two deals", got)
	}
	if !d.OK.Disabled() {
		t.Error("Set is enabled before a subject is chosen")
	}
	test.Type(d.Picker.Search, "нет такого")
	if len(d.Picker.Shown()) != 0 || !d.Picker.Status.Visible() || d.Picker.Status.Text != "Nothing found" {
		t.Errorf("a search that matches nothing shows %v and says %q", d.Picker.Shown(), d.Picker.Status.Text)
	}
	d.Picker.Search.SetText("")
	test.Type(d.Picker.Search, "поставка")
	if got := d.Picker.Shown(); len(got) != 1 || got[0].Label != "Deal: Поставка оборудования" || d.Picker.Status.Visible() {
		t.Fatalf("search shows %v (status shown %v), want the one deal", got, d.Picker.Status.Visible())
	}
	d.Picker.List.Select(0)
	f.act(t, "set subject", func() { test.Tap(d.OK) })
	dealRef := data.Ref{Kind: data.RefDeal, ID: deal.ID}
	for _, id := range []data.ID{root, follow} {
		if got := f.get(t, id).Subject; got != dealRef {
			t.Errorf("interaction %d: subject %v, want the deal %v (the whole chain moves)", id, got, dealRef)
		}
	}
	if got := f.get(t, f.calls[1]).Subject; got != (data.Ref{Kind: data.RefInteraction, ID: f.calls[1]}) {
		t.Errorf("an interaction of another chain moved to %v", got)
	}
}

func TestBulkBar_DeletionAndPurge(t *testing.T) {
	f := newBulkFixture(t, nil)
	marked := func() int {
		n, err := f.st.Count(data.Filter{Deleted: data.DeletedOnly})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	// confirm waits for the question of the deletion marks, checks it and taps OK.
	confirm := func(what, question string) {
		t.Helper()
		uitest.Pump(t, "the question of "+what, func() bool { return f.bar.mark != nil })
		if f.bar.mark.Question.Text != question {
			t.Errorf("%s asks %q, want %q", what, f.bar.mark.Question.Text, question)
		}
		f.act(t, what, func() { test.Tap(f.bar.mark.OK) })
		f.bar.mark = nil
	}
	f.selectIDs(f.calls[:2]...)
	f.bar.MarkItem.Action()
	if n := marked(); n != 0 {
		t.Fatalf("%d marked before the confirmation", n)
	}
	confirm("mark for deletion", "Mark 2 interactions for deletion? They leave the list until “Show marked” is on; Ctrl+Z undoes it.")
	if n := marked(); n != 2 {
		t.Fatalf("%d marked, want 2", n)
	}
	if !f.bar.UndoButton.Visible() || f.bar.UndoButton.Text != "Undo: unmark 2 (Ctrl+Z)" {
		t.Errorf("the undo button: shown %v, %q", f.bar.UndoButton.Visible(), f.bar.UndoButton.Text)
	}
	f.act(t, "undo", f.bar.Undo)
	if n := marked(); n != 0 {
		t.Errorf("undo left %d marked, want 0", n)
	}
	if f.bar.UndoButton.Visible() {
		t.Error("the undo button stays after the undo")
	}
	if err := f.st.MarkDeleted(f.calls[:2], true); err != nil {
		t.Fatal(err)
	}
	f.bar.MarkDeleted()
	confirm("Del on marked ones", "Clear the deletion mark of 2 interactions?")
	if n := marked(); n != 0 {
		t.Errorf("Del on all-marked left %d marked, want the marks cleared", n)
	}
	f.selectIDs(f.calls...)
	if err := f.st.MarkDeleted(f.calls[:1], true); err != nil {
		t.Fatal(err)
	}
	f.bar.MarkDeleted()
	confirm("Del on a mixed selection", "Mark 3 interactions for deletion? They leave the list until “Show marked” is on; Ctrl+Z undoes it.")
	if n := marked(); n != 3 {
		t.Errorf("Del on a mixed selection: %d marked, want 3", n)
	}
	f.bar.UnmarkItem.Action()
	confirm("clear the mark", "Clear the deletion mark of 3 interactions?")
	if n := marked(); n != 0 {
		t.Errorf("%d marked after Clear deletion mark, want 0", n)
	}
	if err := f.st.MarkDeleted(f.calls[1:], true); err != nil {
		t.Fatal(err)
	}

	f.selectIDs()
	f.bar.PurgeItem.Action()
	uitest.Pump(t, "the purge dialog", func() bool { return f.bar.purge != nil })
	d := f.bar.purge
	if want := "2 interactions marked for deletion will be removed for good. This cannot be undone."; d.Question.Text != want {
		t.Errorf("question %q, want %q", d.Question.Text, want)
	}
	if len(d.Marked) != 2 {
		t.Errorf("the purge dialog lists %q, want the 2 marked", d.Marked)
	}
	if n := marked(); n != 2 {
		t.Fatalf("purged before the confirmation: %d marked", n)
	}
	purged := 0
	f.bar.OnPurged = func() { purged++ }
	f.act(t, "purge", func() { test.Tap(d.OK) })
	if n := marked(); n != 0 {
		t.Errorf("%d marked after the purge, want 0", n)
	}
	if purged != 1 {
		t.Errorf("OnPurged called %d times after the purge, want 1", purged)
	}
	for _, id := range f.calls[1:] {
		if _, err := f.st.Interaction(id); !errors.Is(err, data.ErrNotFound) {
			t.Errorf("interaction %d after the purge: %v, want not found", id, err)
		}
	}
	if sc := f.counts(t); sc.All != 1 {
		t.Errorf("%d interactions left, want 1", sc.All)
	}
}

func TestBulkBar_StoreErrorShown(t *testing.T) {
	f := newBulkFixture(t, nil)
	f.selectIDs(f.calls[0], 999)
	f.act(t, "set responsible on a missing interaction", func() {
		ids := f.bar.ids()
		f.bar.run("Set responsible", func() error { return f.st.SetResponsible(ids, f.oleg) })
	})
	top := f.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no error dialog")
	}
	texts := strings.Join(uitest.VisibleTexts(top), " ")
	if !strings.Contains(texts, "“Set responsible” failed") || !strings.Contains(texts, "not found") {
		t.Errorf("the error dialog says %q", texts)
	}
	if got := f.get(t, f.calls[0]).Responsible; got != f.anna {
		t.Errorf("a failed bulk action changed interaction %d (responsible %d): it must be one transaction", f.calls[0], got)
	}
}
