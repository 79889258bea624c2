package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"interactions/ui/internal/uitest"
	"interactions/ui/session"
)

// TestMainView_ImportAndExportWhereAUserLooks: the list, the partners and
// the contact persons have Import… and an export on their tool rows, the
// File menu has both, and the iCalendar export follows the options.
func TestMainView_ImportAndExportWhereAUserLooks(t *testing.T) {
	mv, w := showMain(t, uitest.FixtureStore(t))
	for _, c := range []struct {
		screen int
		export string
	}{{screenInteractions, "Export ▾"}, {screenPartners, "Partners to CSV…"}, {screenPersons, "Export ▾"}} {
		mv.show(c.screen)
		uitest.FindButton(t, w.Content(), "Import…")
		uitest.FindButton(t, w.Content(), c.export)
	}
	mv.show(screenPartners)
	test.Tap(uitest.FindButton(t, w.Content(), "Import…"))
	if d := mv.interop.Importer; d == nil || d.Kind.Selected != "Partners or contact persons, CSV (.csv)" {
		t.Fatalf("Import… of the partners opened %+v", d)
	}
	menu := w.MainMenu().Items[0]
	if len(menu.Items) < 2 || menu.Items[0].Label != "Import…" || menu.Items[1].ChildMenu == nil {
		t.Fatalf("File menu %+v", menu.Items)
	}
	ics := menu.Items[1].ChildMenu.Items[1]
	if ics.Disabled {
		t.Fatal("the iCalendar export is off with meetings on")
	}
	s := mv.store.Settings()
	s.Options.UseOtherInteractions = false
	if err := mv.store.SaveSettings(s); err != nil {
		t.Fatal(err)
	}
	mv.sess.Notify(session.Settings)
	if !ics.Disabled {
		t.Error("the iCalendar export is offered with meetings and planned interactions off")
	}
}
