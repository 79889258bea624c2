package about_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/about"
	"interactions/ui/format"
	"interactions/ui/internal/uitest"
)

func TestMain(m *testing.M) { uitest.Main(m) }

// showBox opens the About box of st in a test window and waits for its facts.
func showBox(t *testing.T, st about.Store) (*about.Box, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(900, 700))
	b := about.New(st, w)
	b.Show()
	uitest.Pump(t, "the facts", b.Settled)
	return b, w
}

func TestBox_ShowsTheDatabase(t *testing.T) {
	st := uitest.DemoStore(t, 120)
	b, w := showBox(t, st)
	info, err := os.Stat(st.Path())
	if err != nil {
		t.Fatal(err)
	}
	f, err := st.Facts()
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		what string
		got  *widget.Label
		want string
	}{
		{"path", b.Path, st.Path()},
		{"folder", b.Folder, filepath.Dir(st.Path())},
		{"schema", b.Schema, fmt.Sprintf("%d (this program writes %d)", data.SchemaVersion, data.SchemaVersion)},
		{"interactions", b.Interactions, format.Count(f.Interactions)},
		{"size", b.Size, format.Size(info.Size())},
		{"last opened by", b.WrittenBy, "Version " + data.Running().Version + ", build " + strconv.Itoa(data.Running().Build)},
	}
	if f.MarkedForDeletion > 0 {
		checks[3].want += ", and " + format.Count(f.MarkedForDeletion) + " marked for deletion"
	}
	for _, c := range checks {
		if c.got.Text != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got.Text, c.want)
		}
	}
	if f.Interactions+f.MarkedForDeletion != 120 {
		t.Errorf("facts count %d + %d marked, want 120 in all", f.Interactions, f.MarkedForDeletion)
	}
	if want := "Version " + data.Running().Version + ", build "; !strings.HasPrefix(b.Version.Text, want) {
		t.Errorf("version = %q, want it to start with %q", b.Version.Text, want)
	}
	if !strings.Contains(b.Build.Text, data.Running().Go) {
		t.Errorf("build = %q, want the Go version %s", b.Build.Text, data.Running().Go)
	}
	texts := uitest.VisibleTexts(w.Canvas().Overlays().Top())
	for _, want := range []string{"About Interactions", "Database", "Schema version", "Data folder", "Open folder", "Close"} {
		if !slices.Contains(texts, want) {
			t.Errorf("the box does not show %q; shown: %q", want, texts)
		}
	}
	if b.Problem.Visible() {
		t.Errorf("problem line shown: %q", b.Problem.Text)
	}
}

func TestBox_OpenFolder(t *testing.T) {
	st := uitest.OpenStore(t)
	b, w := showBox(t, st)
	var opened []string
	b.Open = func(dir string) error { opened = append(opened, dir); return nil }
	test.Tap(b.OpenFolder)
	if want := []string{filepath.Dir(st.Path())}; !slices.Equal(opened, want) {
		t.Errorf("Open folder opened %q, want %q", opened, want)
	}

	b.Open = func(string) error { return errors.New("no file manager") }
	test.Tap(b.OpenFolder)
	texts := uitest.VisibleTexts(w.Canvas().Overlays().Top())
	if !slices.Contains(texts, "Could not open the folder: no file manager") {
		t.Errorf("a failed open says %q", texts)
	}
}

// failing is a store whose facts cannot be read.
type failing struct{}

func (failing) Facts() (data.Facts, error) { return data.Facts{}, data.ErrDamaged }

func TestBox_FactsFailed(t *testing.T) {
	b, _ := showBox(t, failing{})
	if !b.Problem.Visible() || b.Problem.Text != "Could not read the database: The file is damaged or is not an Interactions database." {
		t.Errorf("problem line %v %q", b.Problem.Visible(), b.Problem.Text)
	}
}

func TestBox_Russian(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	st := uitest.OpenStore(t)
	b, w := showBox(t, st)
	texts := uitest.VisibleTexts(w.Canvas().Overlays().Top())
	for _, want := range []string{"О программе «Взаимодействия»", "База данных", "Версия схемы", "Папка данных", "Открыть папку", "Закрыть", "Взаимодействия"} {
		if !slices.Contains(texts, want) {
			t.Errorf("the Russian box does not show %q; shown: %q", want, texts)
		}
	}
	if !strings.HasPrefix(b.Version.Text, "Версия "+data.Running().Version+", сборка ") {
		t.Errorf("version = %q", b.Version.Text)
	}
	if b.Schema.Text != fmt.Sprintf("%d (эта программа записывает %d)", data.SchemaVersion, data.SchemaVersion) {
		t.Errorf("schema = %q", b.Schema.Text)
	}
}
