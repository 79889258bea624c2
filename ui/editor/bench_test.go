package editor_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/data/demo/benchdata"
	"interactions/ui/editor"
	"interactions/ui/internal/uitest"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// BenchmarkEditorOpenToFilled opens the editor of an interaction (the
// first 20 of the list in turn: every type) and waits until its window
// shows with every field filled: the store reads off the UI goroutine,
// the widgets built and filled on it.
func BenchmarkEditorOpenToFilled(b *testing.B) {
	st := benchdata.Open(b)
	test.NewTempApp(b)
	w := test.NewTempWindow(b, container.NewWithoutLayout())
	m := editor.New(st, session.New(st), w)
	page, err := st.List(data.Query{Limit: 20})
	if err != nil || len(page.Rows) == 0 {
		b.Fatal("no interactions", err)
	}
	// The first editor after the start waits for the catalogs the
	// editors share (read in the background from the start): not timed.
	m.OpenAnother(page.Rows[0].Interaction.ID)
	for len(m.Editors()) == 0 {
		uitest.RunNext()
	}
	m.Editors()[0].Win.Close()
	defer uitest.ReportCPU(b, uitest.CPUTime())
	i := 0
	for b.Loop() {
		it := page.Rows[i%len(page.Rows)].Interaction
		i++
		m.OpenAnother(it.ID)
		for len(m.Editors()) == 0 {
			uitest.RunNext()
		}
		e := m.Editors()[0]
		if e.Topic.Text != it.Topic {
			b.Fatalf("the editor shows the topic %q, want %q", e.Topic.Text, it.Topic)
		}
		e.Win.Close()
	}
}

// BenchmarkContactPickerSearch is the search as you type of the contact
// picker over every partner and contact person.
func BenchmarkContactPickerSearch(b *testing.B) {
	st := benchdata.Open(b)
	test.NewTempApp(b)
	partners, _ := st.Partners()
	persons, _ := st.Persons()
	p := widgets.NewPickerList(widgets.ContactChoices(partners, persons), fyne.NewSize(460, 320))
	test.NewTempWindow(b, p.Content)
	b.ReportMetric(float64(len(partners)+len(persons)), "records")
	typing := []string{"и", "ив", "ива", "иван", "ивано", "иван", "ива", "ив", "и", ""}
	defer uitest.ReportCPU(b, uitest.CPUTime())
	i := 0
	for b.Loop() {
		p.Search.SetText(typing[i%len(typing)])
		i++
	}
}
