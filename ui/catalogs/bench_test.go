package catalogs

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"interactions/data/demo/benchdata"
	"interactions/ui/internal/uitest"
	"interactions/ui/session"
)

// benchDeps opens the shared benchmark database (read only here) with a
// test window for the screens.
func benchDeps(b *testing.B) (Deps, fyne.Window) {
	st := benchdata.Open(b)
	test.NewTempApp(b)
	w := test.NewTempWindow(b, container.NewWithoutLayout())
	w.Resize(fyne.NewSize(1200, 800))
	return Deps{Store: st, Sess: session.New(st), Win: w}, w
}

// typing is a search typed letter by letter, then taken back.
var typing = []string{"р", "ро", "ром", "рома", "ромаш", "рома", "ром", "ро", "р", ""}

// benchSearch types into the search of a catalog shown in w, one letter
// a round: each round filters, sorts and redraws the list.
func benchSearch(b *testing.B, c *Catalog, w fyne.Window) {
	w.SetContent(c.Content())
	uitest.Pump(b, "the list", func() bool { return !c.Busy() })
	b.ReportMetric(float64(len(c.all)), "records")
	defer uitest.ReportCPU(b, uitest.CPUTime())
	i := 0
	for b.Loop() {
		c.Search.SetText(typing[i%len(typing)])
		i++
	}
}

// BenchmarkPartnersSearchAsYouType is the partner list's search as you
// type, through the real widgets.
func BenchmarkPartnersSearchAsYouType(b *testing.B) {
	d, w := benchDeps(b)
	benchSearch(b, NewPartners(d).Catalog, w)
}

// BenchmarkPersonsSearchAsYouType is the contact person list's search as
// you type, through the real widgets.
func BenchmarkPersonsSearchAsYouType(b *testing.B) {
	d, w := benchDeps(b)
	benchSearch(b, NewPersons(d).Catalog, w)
}
