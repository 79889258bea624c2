package filterbar

import (
	"interactions/ui/internal/uitest"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

func TestFilterBar_WeekStartsOnFirstWeekday(t *testing.T) {
	st := uitest.OpenStore(t)
	set := st.Settings()
	set.FirstWeekday = time.Sunday
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	b, _, rec := showFilterBar(t, st)
	b.period.SetSelectedIndex(periodWeek)
	if f := rec.last(t); !f.From.Equal(day(8)) || !f.To.Equal(day(15)) {
		t.Errorf("this week with Sunday first = [%v, %v), want [%v, %v)", f.From, f.To, day(8), day(15))
	}
}

func TestFilterBar_CustomPeriod(t *testing.T) {
	st := uitest.OpenStore(t)
	b, _, rec := showFilterBar(t, st)
	b.period.SetSelectedIndex(periodCustom)
	if b.periodPop == nil || !b.periodPop.Visible() {
		t.Fatal("the custom period form is not shown")
	}
	if b.period.SelectedIndex() != periodAny {
		t.Errorf("the select shows %q before a range is applied", b.period.Selected)
	}

	test.Type(b.periodFrom, "2026-13-45")
	test.Type(b.periodTo, "2026-03-05")
	test.Tap(b.periodApply)
	if len(rec.filters) != 0 {
		t.Fatalf("a bad date changed the filter: %+v", rec.filters)
	}
	if !b.periodErr.Visible() || !strings.HasPrefix(b.periodErr.Text, "From:") || !strings.Contains(b.periodErr.Text, "2026-13-45") {
		t.Errorf("error %q (visible %v), want one naming From and the text", b.periodErr.Text, b.periodErr.Visible())
	}
	if !b.periodPop.Visible() {
		t.Error("the form closed on a bad date")
	}

	b.periodFrom.SetText("2026-03-07")
	test.Tap(b.periodApply)
	if len(rec.filters) != 0 || !strings.Contains(b.periodErr.Text, "ends before it starts") {
		t.Fatalf("a reversed period: error %q, filters %+v", b.periodErr.Text, rec.filters)
	}

	b.periodFrom.SetText("2026-3-1")
	test.Tap(b.periodApply)
	if f := rec.last(t); !f.From.Equal(day(1)) || !f.To.Equal(day(6)) {
		t.Errorf("period [%v, %v), want [%v, %v)", f.From, f.To, day(1), day(6))
	}
	if b.periodPop.Visible() || b.periodErr.Visible() {
		t.Error("the form stays open after a good period")
	}
	if want := "2026-03-01 – 2026-03-05"; b.period.Selected != want {
		t.Errorf("the select shows %q, want %q", b.period.Selected, want)
	}
}

func TestFilterBar_CustomPeriodRussian(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	st := uitest.OpenStore(t)
	b, _, rec := showFilterBar(t, st)
	b.period.SetSelectedIndex(periodCustom)
	test.Type(b.periodFrom, "01.03.2026")
	test.Type(b.periodTo, "2026-03-05")
	test.Tap(b.periodApply)
	if len(rec.filters) != 0 || !strings.HasPrefix(b.periodErr.Text, "Конец:") || !strings.Contains(b.periodErr.Text, "дд.мм.гггг") {
		t.Fatalf("error %q, filters %+v: want an error naming Конец", b.periodErr.Text, rec.filters)
	}
	b.periodTo.SetText("5.3.2026")
	test.Tap(b.periodApply)
	if f := rec.last(t); !f.From.Equal(day(1)) || !f.To.Equal(day(6)) {
		t.Errorf("period [%v, %v), want [%v, %v)", f.From, f.To, day(1), day(6))
	}
	if want := "01.03.2026 – 05.03.2026"; b.period.Selected != want {
		t.Errorf("the select shows %q, want %q", b.period.Selected, want)
	}
}
