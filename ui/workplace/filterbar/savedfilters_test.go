package filterbar

import (
	"interactions/ui/internal/uitest"
	"reflect"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
)

// savedFiltersFixture is a saved-filters button on a store, with the
// current filter and grouping it saves and what OnPick got.
type savedFiltersFixture struct {
	s      *Saved
	st     *data.Store
	w      fyne.Window
	filter data.Filter
	Group  data.GroupBy
	picked []data.SavedFilter
}

func showSavedFilters(t *testing.T) *savedFiltersFixture {
	t.Helper()
	test.NewTempApp(t)
	fx := &savedFiltersFixture{st: uitest.OpenStore(t)}
	fx.w = test.NewTempWindow(t, widget.NewLabel(""))
	fx.s = NewSaved(fx.st, fx.w, func() (data.Filter, data.GroupBy) { return fx.filter, fx.Group })
	fx.s.OnPick = func(f data.Filter, g data.GroupBy) {
		fx.picked = append(fx.picked, data.SavedFilter{Filter: f, Group: g})
	}
	fx.w.SetContent(fx.s.Content)
	fx.w.Resize(fyne.NewSize(800, 600))
	t.Cleanup(func() { uitest.Pump(t, "the store calls to end", func() bool { return !fx.s.tasks.Busy() }) })
	return fx
}

// openMenu taps the button and waits for the menu.
func (fx *savedFiltersFixture) openMenu(t *testing.T) {
	t.Helper()
	fx.s.popup = nil
	test.Tap(fx.s.button)
	uitest.Pump(t, "the menu", func() bool { return fx.s.popup != nil && fx.s.popup.Visible() })
}

// menuItem runs the item labelled label of the menu shown.
func (fx *savedFiltersFixture) menuItem(t *testing.T, label string) {
	t.Helper()
	for _, it := range fx.s.menu.Items {
		if it.Label == label {
			if it.Disabled || it.Action == nil {
				t.Fatalf("menu item %q is disabled", label)
			}
			fx.s.popup.Hide()
			it.Action()
			return
		}
	}
	t.Fatalf("the menu has no %q", label)
}

// submitName types name into the name dialog, saves, and waits for the store.
func (fx *savedFiltersFixture) submitName(t *testing.T, name string) {
	t.Helper()
	fx.s.nameEntry.SetText(name)
	test.Tap(fx.s.nameSave)
	uitest.Pump(t, "the save", func() bool { return !fx.s.tasks.Busy() })
}

// saved returns the saved filters of the store.
func (fx *savedFiltersFixture) saved(t *testing.T) []data.SavedFilter {
	t.Helper()
	list, err := fx.st.SavedFilters()
	if err != nil {
		t.Fatal(err)
	}
	return list
}

func TestSavedFilters_SaveAndPick(t *testing.T) {
	fx := showSavedFilters(t)
	fx.filter = data.Filter{Kinds: []data.Kind{data.KindCallIn}, Status: data.StatusToReview, Text: "договор", From: day(1), To: day(6)}
	fx.Group = data.GroupBy{Kind: data.GroupResponsible}

	fx.openMenu(t)
	if it := fx.s.menu.Items[0]; it.Label != "No saved filters yet" || !it.Disabled {
		t.Errorf("first item of an empty menu %q (disabled %v)", it.Label, it.Disabled)
	}
	fx.menuItem(t, "Save current…")
	fx.submitName(t, "  Звонки к рассмотрению ")
	list := fx.saved(t)
	if len(list) != 1 || list[0].Name != "Звонки к рассмотрению" {
		t.Fatalf("saved %+v, want one named Звонки к рассмотрению", list)
	}
	if !reflect.DeepEqual(list[0].Filter, fx.filter) || list[0].Group != fx.Group {
		t.Errorf("saved %+v / %+v, want %+v / %+v", list[0].Filter, list[0].Group, fx.filter, fx.Group)
	}

	// The current filter changes; picking the saved one brings it back.
	want, wantGroup := fx.filter, fx.Group
	fx.filter, fx.Group = data.Filter{}, data.GroupBy{}
	fx.openMenu(t)
	fx.menuItem(t, "Звонки к рассмотрению")
	if len(fx.picked) != 1 {
		t.Fatalf("OnPick called %d times", len(fx.picked))
	}
	if got := fx.picked[0]; !reflect.DeepEqual(got.Filter, want) || got.Group != wantGroup {
		t.Errorf("OnPick got %+v / %+v, want %+v / %+v", got.Filter, got.Group, want, wantGroup)
	}
}

func TestSavedFilters_PickDropsWhatOptionsHide(t *testing.T) {
	fx := showSavedFilters(t)
	fx.filter = data.Filter{Kinds: []data.Kind{data.KindSMS, data.KindMeeting}}
	fx.Group = data.GroupBy{Kind: data.GroupSubject}
	fx.openMenu(t)
	fx.menuItem(t, "Save current…")
	fx.submitName(t, "SMS")
	// A new store has SMS and subjects off.
	fx.openMenu(t)
	fx.menuItem(t, "SMS")
	if got := fx.picked[0]; !reflect.DeepEqual(got.Filter, data.Filter{Kinds: []data.Kind{data.KindMeeting}}) || got.Group != (data.GroupBy{}) {
		t.Errorf("OnPick got %+v / %+v with SMS and subjects off", got.Filter, got.Group)
	}
}

func TestSavedFilters_NameRefused(t *testing.T) {
	fx := showSavedFilters(t)
	fx.openMenu(t)
	fx.menuItem(t, "Save current…")
	fx.submitName(t, "Мои встречи")

	tests := []struct{ name, typed, want string }{
		{"duplicate", "мои ВСТРЕЧИ", "A saved filter named “мои ВСТРЕЧИ” already exists."},
		{"empty", "   ", "Type a name."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fx.openMenu(t)
			fx.menuItem(t, "Save current…")
			d := fx.s.nameDialog
			fx.submitName(t, tt.typed)
			if n := len(fx.saved(t)); n != 1 {
				t.Errorf("%d saved filters after a refused name, want 1", n)
			}
			if fx.w.Canvas().Overlays().Top() == nil || fx.s.nameDialog != d {
				t.Fatal("the name dialog closed after a refused name")
			}
			if got := fx.s.NameError(); got != tt.want {
				t.Errorf("dialog error %q, want %q", got, tt.want)
			}
			if fx.w.Canvas().Focused() != fx.s.nameEntry {
				t.Errorf("after the refusal the cursor is in %T, not in the name", fx.w.Canvas().Focused())
			}
			if fx.s.nameEntry.Text != tt.typed {
				t.Errorf("the name reads %q, want the typed %q kept", fx.s.nameEntry.Text, tt.typed)
			}
			d.Hide()
		})
	}
}

func TestSavedFilters_RenameAndDelete(t *testing.T) {
	fx := showSavedFilters(t)
	for _, name := range []string{"Бета", "Альфа"} {
		fx.openMenu(t)
		fx.menuItem(t, "Save current…")
		fx.submitName(t, name)
	}
	fx.openMenu(t)
	fx.menuItem(t, "Manage…")
	if fx.s.manageList == nil || fx.s.manageList.Length() != 2 {
		t.Fatal("the manage dialog does not list the two saved filters")
	}
	if !fx.s.renameButton.Disabled() || !fx.s.deleteButton.Disabled() {
		t.Error("Rename and Delete are enabled with nothing chosen")
	}

	// Rename "Бета" (the second by name) to a name in use: refused; then to a free one.
	fx.s.manageList.Select(1)
	test.Tap(fx.s.renameButton)
	if fx.s.nameEntry.Text != "Бета" {
		t.Fatalf("the rename dialog starts with %q", fx.s.nameEntry.Text)
	}
	size := fx.s.nameDialog.MinSize()
	fx.submitName(t, "альфа")
	if fx.s.NameError() == "" {
		t.Error("renaming to a used name shows no error")
	}
	if got := fx.s.nameDialog.MinSize(); got != size {
		t.Errorf("the dialog changed its size from %v to %v on the error", size, got)
	}
	fx.submitName(t, "Гамма")
	uitest.Pump(t, "the list to refresh", func() bool { return !fx.s.tasks.Busy() })
	list := fx.saved(t)
	if len(list) != 2 || list[0].Name != "Альфа" || list[1].Name != "Гамма" {
		t.Fatalf("saved %+v after the rename, want Альфа, Гамма", list)
	}
	if fx.s.manageList == nil || len(fx.s.list) != 2 || fx.s.list[1].Name != "Гамма" {
		t.Errorf("the manage list holds %+v", fx.s.list)
	}
	if fx.s.Selected != 1 || fx.s.renameButton.Disabled() || fx.s.deleteButton.Disabled() {
		t.Errorf("after the rename the chosen row is %d, Rename enabled %v, Delete enabled %v; want Гамма (1) chosen and both enabled",
			fx.s.Selected, !fx.s.renameButton.Disabled(), !fx.s.deleteButton.Disabled())
	}

	// Delete "Альфа": asked first; Cancel keeps it, Delete removes it.
	fx.s.manageList.Select(0)
	test.Tap(fx.s.deleteButton)
	if fx.s.confirmDialog == nil || fx.s.confirmDelete == nil {
		t.Fatal("no confirmation before the delete")
	}
	fx.s.confirmDialog.Hide()
	if n := len(fx.saved(t)); n != 2 {
		t.Fatalf("%d saved filters after cancelling the delete", n)
	}
	test.Tap(fx.s.deleteButton)
	test.Tap(fx.s.confirmDelete)
	uitest.Pump(t, "the delete", func() bool { return !fx.s.tasks.Busy() })
	if list := fx.saved(t); len(list) != 1 || list[0].Name != "Гамма" {
		t.Fatalf("saved %+v after the delete, want Гамма", list)
	}
	if fx.s.manageList.Length() != 1 || !fx.s.deleteButton.Disabled() {
		t.Errorf("the manage list shows %d rows, delete enabled %v", fx.s.manageList.Length(), !fx.s.deleteButton.Disabled())
	}
}

// TestSavedFilters_RelativePeriodMovesOn saves "this week" and picks it a
// week later: the filter holds the new week, not the old dates.
func TestSavedFilters_RelativePeriodMovesOn(t *testing.T) {
	fx := showSavedFilters(t)
	now := time.Date(2026, 11, 25, 15, 0, 0, 0, time.Local) // a Wednesday
	fx.st.Now = func() time.Time { return now }
	weekStart := fx.st.Settings().FirstWeekday
	from, to := data.PeriodThisWeek.Range(now, weekStart)
	fx.filter = data.Filter{From: from, To: to, Period: data.PeriodThisWeek}
	fx.openMenu(t)
	fx.menuItem(t, "Save current…")
	fx.submitName(t, "Эта неделя")

	now = now.AddDate(0, 0, 7)
	fx.openMenu(t)
	fx.menuItem(t, "Эта неделя")
	if len(fx.picked) != 1 {
		t.Fatalf("OnPick called %d times", len(fx.picked))
	}
	wantFrom, wantTo := data.PeriodThisWeek.Range(now, weekStart)
	if got := fx.picked[0].Filter; !got.From.Equal(wantFrom) || !got.To.Equal(wantTo) || got.Period != data.PeriodThisWeek {
		t.Errorf("picked a week later: %v – %v (%d), want %v – %v", got.From, got.To, got.Period, wantFrom, wantTo)
	}
}
