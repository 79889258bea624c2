package reports_test

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/ui/internal/uitest"
	"interactions/ui/reports"
	"interactions/ui/session"
)

func newView(t *testing.T, st *data.Store) (*reports.View, *session.Session) {
	t.Helper()
	test.NewTempApp(t)
	sess := session.New(st)
	win := test.NewTempWindow(t, nil)
	v := reports.New(st, sess, win)
	sess.Listen(v)
	win.SetContent(v.Content())
	win.Resize(fyne.NewSize(1200, 800))
	return v, sess
}

func build(t *testing.T, v *reports.View) {
	t.Helper()
	test.Tap(v.Build)
	uitest.Pump(t, "the report", func() bool { return !v.Busy() })
}

func TestView_PartnersOnScreenThenPrinted(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	st := uitest.FixtureStore(t)
	v, _ := newView(t, st)
	partners, err := st.Partners()
	if err != nil {
		t.Fatal(err)
	}
	var vector data.ID
	for _, p := range partners {
		if strings.Contains(p.Name, "Вектор") {
			vector = p.ID
		}
	}
	v.ShowPartnerContacts([]data.ID{vector})
	uitest.Pump(t, "the report", func() bool { return !v.Busy() })
	if v.Report == nil || v.Table == nil {
		t.Fatalf("no report shown (error %q)", v.Error.Text)
	}
	if v.Report.Title != "Контактная информация партнеров" || len(v.Report.Rows) != 1 || v.Report.Rows[0].Cells[0] != "АО «Вектор»" {
		t.Errorf("report %q rows %v, want Vector alone", v.Report.Title, v.Report.Rows)
	}
	rows, cols := v.Table.Length()
	if rows != 1 || cols != len(v.Report.Columns) {
		t.Errorf("the table has %d×%d cells, want the report's 1×%d", rows, cols, len(v.Report.Columns))
	}
	test.Tap(v.Print)
	if v.Exported == "" {
		t.Fatalf("Print wrote no PDF (error %q)", v.Error.Text)
	}
	defer os.Remove(v.Exported)
	b, err := os.ReadFile(v.Exported)
	if err != nil || !strings.HasPrefix(string(b), "%PDF") {
		t.Errorf("Print wrote %d bytes, %v; want a PDF", len(b), err)
	}
}

func TestView_ContactsWithRolesOff(t *testing.T) {
	st := uitest.FixtureStore(t)
	v, sess := newView(t, st)
	v.SetKind(reports.KindContacts)
	if !uitest.Shown(uitest.VisibleTexts(v.Content()), "This report needs the option “Contact person roles”. Turn it on in Settings (CRM: Contact person roles) to build it.") {
		// The wrapped label draws its text in lines; look for its start.
		found := false
		for _, s := range uitest.VisibleTexts(v.Content()) {
			found = found || strings.Contains(s, "Contact person roles")
		}
		if !found {
			t.Error("the form does not say the report needs the roles option")
		}
	}
	var opened []data.Option
	sess.OnOpenSettings(func(o data.Option) { opened = append(opened, o) })
	test.Tap(uitest.FindButton(t, v.Content(), "Open Settings"))
	if len(opened) != 1 || opened[0] != data.OptionContactRoles {
		t.Errorf("Open Settings opened %v, want the contact person roles option", opened)
	}
	build(t, v)
	if !v.Notice.Visible() || !strings.Contains(v.Notice.Text, "Contact person roles") || v.Table != nil {
		t.Errorf("notice %q shown %v, table %v; want the setting named and no table", v.Notice.Text, v.Notice.Visible(), v.Table)
	}
	set := st.Settings()
	set.Options.UseContactRoles = true
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	sess.Notify(session.Settings)
	build(t, v)
	if v.Notice.Visible() && strings.Contains(v.Notice.Text, "Contact person roles") {
		t.Errorf("with the option on the notice stays: %q", v.Notice.Text)
	}
}

func TestView_ActivityTableAndChart(t *testing.T) {
	st := uitest.FixtureStore(t)
	v, _ := newView(t, st)
	v.SetKind(reports.KindActivity)
	v.Params.From.SetText("2026-03-01")
	v.Params.To.SetText("2026-03-31")
	build(t, v)
	if v.Report == nil || v.Report.Chart == nil {
		t.Fatalf("no activity report with a chart (error %q, notice %q)", v.Error.Text, v.Notice.Text)
	}
	last := v.Report.Rows[len(v.Report.Rows)-1]
	if last.Cells[0] != "Total" || last.Cells[len(last.Cells)-1] != "6" {
		t.Errorf("total row %v, want the fixture's 6 interactions", last.Cells)
	}
	v.Params.To.SetText("31.02.2026")
	test.Tap(v.Build)
	if !v.Error.Visible() || !strings.Contains(v.Error.Text, "To") {
		t.Errorf("a wrong date says %q", v.Error.Text)
	}
}
