package about

import (
	"runtime/debug"
	"slices"
)

// Licence is one bundled piece of work and the licence it is used under.
type Licence struct {
	Name    string // what it is: a font, a library
	Module  string // its Go module, empty for what is not one
	Licence string // the licence's name
}

// fonts are the fonts Fyne embeds in the program (fyne.io/fyne/v2/theme).
var fonts = []Licence{
	{Name: "Noto Sans (regular, bold, italic, bold italic)", Licence: "SIL Open Font License 1.1"},
	{Name: "Inter Symbols", Licence: "SIL Open Font License 1.1"},
	{Name: "DejaVu Sans Mono Powerline", Licence: "Bitstream Vera Fonts licence; DejaVu changes public domain"},
	{Name: "EmojiOne Color", Licence: "SIL Open Font License 1.1; artwork CC BY 4.0"},
}

// libraries are the Go modules the program may be built from: every
// requirement of go.mod (a test keeps the table complete). Those a
// build does not link are left out of its About box.
var libraries = []Licence{
	{Name: "Go standard library", Licence: "BSD 3-Clause"},
	{Name: "GLFW 3.3 (C library)", Module: "github.com/go-gl/glfw/v3.3/glfw", Licence: "zlib/libpng"},
	{Module: "fyne.io/fyne/v2", Licence: "BSD 3-Clause"},
	{Module: "fyne.io/systray", Licence: "Apache 2.0"},
	{Module: "github.com/BurntSushi/toml", Licence: "MIT"},
	{Module: "github.com/davecgh/go-spew", Licence: "ISC"},
	{Module: "github.com/emersion/go-ical", Licence: "MIT"},
	{Module: "github.com/emersion/go-message", Licence: "MIT"},
	{Module: "github.com/emersion/go-vcard", Licence: "MIT"},
	{Module: "github.com/fredbi/uri", Licence: "MIT"},
	{Module: "github.com/fsnotify/fsnotify", Licence: "BSD 3-Clause"},
	{Module: "github.com/fyne-io/gl-js", Licence: "BSD 3-Clause"},
	{Module: "github.com/fyne-io/glfw-js", Licence: "MIT"},
	{Module: "github.com/fyne-io/image", Licence: "BSD 3-Clause"},
	{Module: "github.com/fyne-io/oksvg", Licence: "BSD 3-Clause"},
	{Module: "github.com/go-gl/gl", Licence: "MIT"},
	{Module: "github.com/go-gl/glfw/v3.3/glfw", Licence: "BSD 3-Clause"},
	{Module: "github.com/go-text/render", Licence: "Unlicense or BSD 3-Clause"},
	{Module: "github.com/go-text/typesetting", Licence: "Unlicense or BSD 3-Clause"},
	{Module: "github.com/godbus/dbus/v5", Licence: "BSD 2-Clause"},
	{Module: "github.com/hack-pad/go-indexeddb", Licence: "Apache 2.0"},
	{Module: "github.com/hack-pad/safejs", Licence: "Apache 2.0"},
	{Module: "github.com/jeandeaual/go-locale", Licence: "MIT"},
	{Module: "github.com/jsummers/gobmp", Licence: "MIT"},
	{Module: "github.com/jung-kurt/gofpdf", Licence: "MIT"},
	{Module: "github.com/kr/text", Licence: "MIT"},
	{Module: "github.com/nfnt/resize", Licence: "ISC"},
	{Module: "github.com/nicksnyder/go-i18n/v2", Licence: "MIT"},
	{Module: "github.com/nyaruka/phonenumbers", Licence: "MIT"},
	{Module: "github.com/pmezard/go-difflib", Licence: "BSD 3-Clause"},
	{Module: "github.com/rymdport/portal", Licence: "Apache 2.0"},
	{Module: "github.com/srwiley/oksvg", Licence: "BSD 3-Clause"},
	{Module: "github.com/srwiley/rasterx", Licence: "BSD 3-Clause"},
	{Module: "github.com/stretchr/testify", Licence: "MIT"},
	{Module: "github.com/teambition/rrule-go", Licence: "MIT"},
	{Module: "github.com/valyala/fastjson", Licence: "MIT"},
	{Module: "github.com/yuin/goldmark", Licence: "MIT"},
	{Module: "go.etcd.io/bbolt", Licence: "MIT"},
	{Module: "golang.org/x/image", Licence: "BSD 3-Clause"},
	{Module: "golang.org/x/net", Licence: "BSD 3-Clause"},
	{Module: "golang.org/x/sys", Licence: "BSD 3-Clause"},
	{Module: "golang.org/x/text", Licence: "BSD 3-Clause"},
	{Module: "google.golang.org/protobuf", Licence: "BSD 3-Clause"},
	{Module: "gopkg.in/yaml.v3", Licence: "MIT and Apache 2.0"},
}

// Fonts returns the licences of the fonts the program embeds.
func Fonts() []Licence { return slices.Clone(fonts) }

// Libraries returns the licences of the libraries linked into this
// program, as its build recorded them; all known ones when the build
// recorded none.
func Libraries() []Licence {
	info, ok := debug.ReadBuildInfo()
	if !ok || len(info.Deps) == 0 {
		return slices.Clone(libraries)
	}
	linked := map[string]bool{}
	for _, d := range info.Deps {
		linked[d.Path] = true
	}
	return linkedOnly(linked)
}

// linkedOnly returns the libraries whose module is linked, and those that
// are not modules (the standard library, GLFW's C code).
func linkedOnly(linked map[string]bool) []Licence {
	var out []Licence
	for _, l := range libraries {
		if l.Module == "" || linked[l.Module] {
			out = append(out, l)
		}
	}
	return out
}

// Title is how the licence list names l: its name, else its module.
func (l Licence) Title() string {
	if l.Name != "" {
		return l.Name
	}
	return l.Module
}
