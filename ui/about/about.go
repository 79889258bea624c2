// Package about is the About box: the program's version and build, the
// open database (its file, size, schema version and how many interactions
// it holds), the data folder with a button that opens it in the file
// manager, and the licences of the bundled fonts and libraries.
package about

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/assets"
	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/format"
	"interactions/ui/problem"
	"interactions/ui/widgets"
)

// Store is what the About box reads of the open database.
type Store interface {
	Facts() (data.Facts, error)
}

// Box is the About box. Its widgets are fields so that tests read the
// real labels and tap the real button.
type Box struct {
	Version *widget.Label // release and build number
	Build   *widget.Label // source revision, Go version, platform

	Path         *widget.Label
	Size         *widget.Label
	Schema       *widget.Label
	WrittenBy    *widget.Label // the release that last opened the database
	Interactions *widget.Label
	Folder       *widget.Label
	OpenFolder   *widget.Button
	Problem      *widget.Label // why the facts could not be read, else hidden

	Licences *widget.Label // one line a font or library

	// Open opens a folder in the system's file manager. It is the app's
	// OpenURL with the folder's file URL; tests replace it.
	Open func(dir string) error

	store   Store
	win     fyne.Window
	tasks   background.Tasks
	folder  string
	content fyne.CanvasObject
	dialog  *dialog.CustomDialog
}

// New builds the About box of the database st for the window win.
func New(st Store, win fyne.Window) *Box {
	b := &Box{store: st, win: win, Open: openFolder}
	label := func() *widget.Label {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapBreak
		return l
	}
	b.Version, b.Build = widget.NewLabel(""), label()
	b.Path, b.Size, b.Schema, b.Interactions, b.Folder = label(), label(), label(), label(), label()
	b.WrittenBy = label()
	b.Problem = label()
	b.Problem.Importance = widget.DangerImportance
	b.Problem.Hide()
	b.OpenFolder = widget.NewButtonWithIcon(lang.X("about.openFolder", "Open folder"), theme.FolderOpenIcon(), b.openFolder)
	b.Licences = widget.NewLabel(licenceLines())

	b.Version.SetText(versionLine(data.Running()))
	b.Version.TextStyle.Bold = true
	b.Build.SetText(buildLine(data.Running()))

	icon := widget.NewIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))
	iconBox := container.NewGridWrap(fyne.NewSquareSize(64), icon)
	head := container.NewBorder(nil, nil, iconBox, nil, container.NewVBox(
		widgets.NewHeading(lang.X("app.title", "Interactions")), b.Version, b.Build))

	key := func(text string) fyne.CanvasObject {
		l := widget.NewLabel(text)
		l.TextStyle.Bold = true
		return l
	}
	facts := container.New(layout.NewFormLayout(),
		key(lang.X("about.database", "Database")), b.Path,
		key(lang.X("about.size", "Size")), b.Size,
		key(lang.X("about.schema", "Schema version")), b.Schema,
		key(lang.X("about.writtenBy", "Last opened by")), b.WrittenBy,
		key(lang.X("about.interactions", "Interactions")), b.Interactions,
		key(lang.X("about.folder", "Data folder")), container.NewBorder(nil, nil, nil, b.OpenFolder, b.Folder),
	)
	licences := container.NewVScroll(b.Licences)
	licences.SetMinSize(fyne.NewSize(0, 150))
	b.content = container.NewBorder(
		container.NewVBox(head, widget.NewSeparator(), facts, b.Problem, widget.NewSeparator(),
			widgets.NewHeading(lang.X("about.licences", "Licences of the bundled fonts and libraries"))),
		nil, nil, nil, licences)
	return b
}

// Content returns the box's content, as the dialog shows it.
func (b *Box) Content() fyne.CanvasObject { return b.content }

// Refresh reads the database's facts in the background and shows them.
func (b *Box) Refresh() {
	background.Read(&b.tasks, context.Background(), b.store.Facts, b.show)
}

// Settled reports whether no read of the facts is under way.
func (b *Box) Settled() bool { return !b.tasks.Busy() }

// Show reads the facts and opens the box as a dialog over the window.
func (b *Box) Show() {
	b.Refresh()
	if b.dialog == nil {
		b.dialog = dialog.NewCustom(lang.X("about.title", "About Interactions"), lang.X("about.close", "Close"), b.content, b.win)
		b.dialog.Resize(fyne.NewSize(680, 600))
	}
	b.dialog.Show()
}

// show puts the facts into the labels, or says why there are none.
func (b *Box) show(f data.Facts, err error) {
	if err != nil {
		b.Problem.SetText(lang.X("about.factsFailed", "Could not read the database: {{.Error}}", problem.Args(err)))
		b.Problem.Show()
		return
	}
	b.Problem.Hide()
	b.Path.SetText(f.Path)
	b.Size.SetText(format.Size(f.Size))
	b.Schema.SetText(lang.X("about.schemaValue", "{{.File}} (this program writes {{.Program}})",
		map[string]any{"File": strconv.Itoa(f.Schema), "Program": strconv.Itoa(data.SchemaVersion)}))
	b.WrittenBy.SetText(versionLine(data.Program{Version: f.WrittenBy.Version, Build: f.WrittenBy.Build}))
	count := format.Count(f.Interactions)
	if f.MarkedForDeletion > 0 {
		count = lang.X("about.interactionsDeleted", "{{.Count}}, and {{.Deleted}} marked for deletion",
			map[string]any{"Count": count, "Deleted": format.Count(f.MarkedForDeletion)})
	}
	b.Interactions.SetText(count)
	b.folder = filepath.Dir(f.Path)
	b.Folder.SetText(b.folder)
}

// openFolder opens the data folder, or says why it could not.
func (b *Box) openFolder() {
	if b.folder == "" {
		return
	}
	if err := b.Open(b.folder); err != nil {
		dialog.ShowInformation(lang.X("about.title", "About Interactions"),
			lang.X("about.openFailed", "Could not open the folder: {{.Error}}", problem.Args(err)), b.win)
	}
}

// openFolder asks the system to open dir: the file manager on Linux
// (xdg-open), Explorer on Windows, the Finder on macOS.
func openFolder(dir string) error {
	u, err := url.Parse(storage.NewFileURI(dir).String())
	if err != nil {
		return fmt.Errorf("about: folder %s: %w", dir, err)
	}
	return fyne.CurrentApp().OpenURL(u)
}

// versionLine is "Version 0.1.0, build 1" in the interface language.
func versionLine(p data.Program) string {
	return lang.X("about.version", "Version {{.Version}}, build {{.Build}}",
		map[string]any{"Version": p.Version, "Build": strconv.Itoa(p.Build)})
}

// buildLine names the source revision and its date when the build
// recorded them, then the Go version and the platform.
func buildLine(p data.Program) string {
	s := ""
	if p.Revision != "" {
		s = lang.X("about.revision", "Revision {{.Revision}} of {{.Date}}",
			map[string]any{"Revision": p.ShortRevision(), "Date": p.Day()})
		if p.Modified {
			s += " " + lang.X("about.modified", "(with local changes)")
		}
		s += ", "
	}
	return s + p.Go + " " + p.Platform
}

// licenceLines writes the fonts, then the libraries, one a line.
func licenceLines() string {
	s := ""
	for _, l := range append(Fonts(), Libraries()...) {
		s += l.Title() + " — " + l.Licence + "\n"
	}
	return s[:len(s)-1]
}
