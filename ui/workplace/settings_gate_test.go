package workplace

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/ui/internal/uitest"
	"interactions/ui/list"
	"interactions/ui/settings"
)

// TestWorkplace_SettingsTogglesHideTheirParts switches options off on
// the Settings screen, on the same session as the workplace, and finds
// what they switch gone from the workplace at once; switched on again,
// everything is back.
func TestWorkplace_SettingsTogglesHideTheirParts(t *testing.T) {
	st := uitest.NewTypesFixture(t).St // every option on, one interaction of each type
	v, w := showInteractions(t, st)
	s := settings.New(st, v.sess, w)
	v.sess.Listen(s)
	uitest.Pump(t, "the settings screen", func() bool { return !s.Busy() })
	total, _ := v.model.Total()

	toggle := func(o data.Option) {
		t.Helper()
		test.Tap(s.Toggle(o))
		uitest.Pump(t, "the save", func() bool { return !s.Busy() })
		settleView(t, v)
	}
	hasType := func(ty data.InteractionType) bool { return slices.Contains(v.create.Types(), ty) }
	hasKind := func(k data.Kind) bool { return slices.Contains(v.filters.Kinds(), k) }
	hasColumn := func(title string) bool {
		return slices.ContainsFunc(v.table.Cols, func(c list.Column) bool { return c.Title == title })
	}

	toggle(data.OptionSMS)
	toggle(data.OptionEmail)
	if hasType(data.TypeSMS) || hasType(data.TypeEmail) || hasKind(data.KindSMS) || hasKind(data.KindEmailIn) {
		t.Errorf("SMS and e-mail off: create %v, type filter %v", v.create.Types(), v.filters.Kinds())
	}
	if n, _ := v.model.Total(); n != total-2 {
		t.Errorf("SMS and e-mail off: the list counts %d of %d", n, total)
	}
	toggle(data.OptionReview)
	toggle(data.OptionSubjects)
	toggle(data.OptionAttributes)
	if v.filters.Status.Visible() || v.bulk.Reviewed.Visible() || hasColumn("Subject") || hasColumn("Reviewed") {
		t.Errorf("review, subjects, attributes off: status %v, reviewed %v, columns %v",
			v.filters.Status.Visible(), v.bulk.Reviewed.Visible(), v.table.Cols)
	}
	// The columns dialog still orders the columns, without the attributes.
	test.Tap(v.columns)
	if v.chooser == nil || v.chooser.AttrsShown() || v.chooser.Order == nil {
		t.Error("with attributes off the columns dialog offers attribute columns, or no order")
	}
	if v.chooser != nil {
		v.chooser.Dialog.Hide()
	}
	for _, o := range []data.Option{data.OptionSMS, data.OptionEmail, data.OptionReview, data.OptionSubjects, data.OptionAttributes} {
		toggle(o)
	}
	if !hasType(data.TypeSMS) || !hasKind(data.KindEmailIn) || !v.filters.Status.Visible() || !v.columns.Visible() || !hasColumn("Subject") {
		t.Errorf("everything on again: create %v, kinds %v, status %v, columns %v", v.create.Types(), v.filters.Kinds(), v.filters.Status.Visible(), v.table.Cols)
	}
	if n, _ := v.model.Total(); n != total {
		t.Errorf("everything on again: the list counts %d, want %d", n, total)
	}
}
