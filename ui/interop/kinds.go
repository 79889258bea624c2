// Package interop is the window's import and export: the Import dialog
// (files of any kind in the table below, a progress bar, Cancel, a result
// line per file), the exports of the list and of the catalogs, and the
// buttons and menu items that open them. Every import and export goes
// through the format packages of data (data/csvio, data/vcard,
// data/ical, data/mail); what they change is told through session.Notify.
package interop

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"interactions/data"
	"interactions/data/csvio"
	"interactions/data/ical"
	"interactions/data/mail"
	"interactions/data/vcard"
	"interactions/ui/format"
	"interactions/ui/session"
)

// Params are the choices of the Import dialog a kind may use.
type Params struct {
	// From and To (To not included) are the period recurring events are
	// expanded over; zero when the user chose none.
	From, To time.Time
}

// Progress is told how many of how many records of the current file are
// written.
type Progress func(done, total int)

// Kind is one kind of file the window imports.
type Kind struct {
	ID     string        // stable name: "csv", "vcf", "ics"
	Title  func() string // the name in the interface language
	Exts   []string      // the file name extensions the file dialog shows
	Part   data.Part     // the part of the options it belongs to; PartNone: always shown
	Period bool          // the dialog asks for a period (recurring events)
	Change session.Change
	// Run imports one file: all of it in one transaction, or, on an
	// error or when ctx is cancelled, nothing. It returns the result line
	// in the interface language.
	Run func(ctx context.Context, st *data.Store, path string, p Params, progress Progress) (string, error)
}

// Kinds are the kinds of files the window imports, in the order the
// Import dialog lists them. A new format joins here.
var Kinds = []Kind{
	{ID: "eml", Title: func() string { return lang.X("interop.kind.eml", "E-mail (.eml, mbox)") },
		Exts: []string{".eml", ".mbox", ".mbx"}, Part: data.PartEmail, Change: session.Interactions, Run: importMail},
	{ID: "ics", Title: func() string { return lang.X("interop.kind.ics", "iCalendar events (.ics)") },
		Exts: []string{".ics", ".ical", ".ifb"}, Part: data.PartMeetings, Period: true, Change: session.Interactions, Run: importICS},
	{ID: "vcf", Title: func() string { return lang.X("interop.kind.vcf", "Contact persons, vCard (.vcf)") },
		Exts: []string{".vcf", ".vcard"}, Change: session.Catalogs, Run: importVCF},
	{ID: "csv", Title: func() string { return lang.X("interop.kind.csv", "Partners or contact persons, CSV (.csv)") },
		Exts: []string{".csv", ".txt"}, Change: session.Catalogs, Run: importCSV},
}

// Shown returns the kinds the options show.
func Shown(o data.Options) []Kind {
	var out []Kind
	for _, k := range Kinds {
		if k.Part == data.PartNone || o.Shows(k.Part) {
			out = append(out, k)
		}
	}
	return out
}

// KindByID returns the kind with the id.
func KindByID(id string) (Kind, bool) {
	for _, k := range Kinds {
		if k.ID == id {
			return k, true
		}
	}
	return Kind{}, false
}

// errTooLarge refuses files over the formats' limits.
var errTooLarge = errors.New("the file is larger than 64 MiB")

// readFile reads a file of at most limit bytes.
func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(raw)) > limit {
		return nil, errTooLarge
	}
	return raw, nil
}

func importICS(ctx context.Context, st *data.Store, path string, p Params, progress Progress) (string, error) {
	raw, err := readFile(path, ical.MaxFileBytes)
	if err != nil {
		return "", err
	}
	c, err := icalCatalog(st)
	if err != nil {
		return "", err
	}
	res, err := ical.Import(ctx, st, bytes.NewReader(raw), ical.Options{From: p.From, To: p.To}, c, progress)
	if err != nil {
		return "", err
	}
	return lang.X("interop.done.ics", "{{.New}} new meetings, {{.Updated}} updated",
		map[string]any{"New": format.Count(res.New), "Updated": format.Count(res.Updated)}), nil
}

// icalCatalog reads what the iCalendar import and export match contacts with.
func icalCatalog(st *data.Store) (*ical.Catalog, error) {
	var c ical.Catalog
	var err error
	if c.Partners, err = st.Partners(); err != nil {
		return nil, err
	}
	if c.Persons, err = st.Persons(); err != nil {
		return nil, err
	}
	if c.Employees, err = st.Employees(); err != nil {
		return nil, err
	}
	return &c, nil
}

func importVCF(ctx context.Context, st *data.Store, path string, _ Params, progress Progress) (string, error) {
	raw, err := readFile(path, vcard.MaxFileBytes)
	if err != nil {
		return "", err
	}
	var c vcard.Catalog
	if c.Partners, err = st.Partners(); err != nil {
		return "", err
	}
	if c.Roles, err = st.Roles(); err != nil {
		return "", err
	}
	if c.Persons, err = st.Persons(); err != nil {
		return "", err
	}
	res, err := vcard.Read(bytes.NewReader(raw), &c, 0)
	if err != nil {
		return "", err
	}
	fresh := countNew(res.Persons, func(p *data.Person) bool { return p.ID == 0 })
	if err := saveCatalog(ctx, st, nil, res.Persons, progress); err != nil {
		return "", err
	}
	return lang.X("interop.done.persons", "{{.New}} new contact persons, {{.Updated}} updated",
		map[string]any{"New": format.Count(fresh), "Updated": format.Count(len(res.Persons) - fresh)}), nil
}

func importCSV(ctx context.Context, st *data.Store, path string, _ Params, progress Progress) (string, error) {
	raw, err := readFile(path, csvio.MaxFileBytes)
	if err != nil {
		return "", err
	}
	c, err := csvio.LoadCatalog(st)
	if err != nil {
		return "", err
	}
	if csvio.IsPersonsFile(raw) {
		persons, err := csvio.ReadPersons(bytes.NewReader(raw), c)
		if err != nil {
			return "", err
		}
		fresh := countNew(persons, func(p *data.Person) bool { return p.ID == 0 })
		if err := saveCatalog(ctx, st, nil, persons, progress); err != nil {
			return "", err
		}
		return lang.X("interop.done.persons", "{{.New}} new contact persons, {{.Updated}} updated",
			map[string]any{"New": format.Count(fresh), "Updated": format.Count(len(persons) - fresh)}), nil
	}
	partners, err := csvio.ReadPartners(bytes.NewReader(raw), c)
	if err != nil {
		return "", err
	}
	fresh := countNew(partners, func(p *data.Partner) bool { return p.ID == 0 })
	if err := saveCatalog(ctx, st, partners, nil, progress); err != nil {
		return "", err
	}
	return lang.X("interop.done.partners", "{{.New}} new partners, {{.Updated}} updated",
		map[string]any{"New": format.Count(fresh), "Updated": format.Count(len(partners) - fresh)}), nil
}

// saveCatalog stores a file's partners and persons in one transaction,
// unless the import was cancelled while the file was read.
func saveCatalog(ctx context.Context, st *data.Store, partners []*data.Partner, persons []*data.Person, progress Progress) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := st.SaveCatalogBatch(partners, persons); err != nil {
		return err
	}
	if progress != nil {
		n := len(partners) + len(persons)
		progress(n, n)
	}
	return nil
}

func countNew[T any](list []T, isNew func(T) bool) int {
	n := 0
	for _, x := range list {
		if isNew(x) {
			n++
		}
	}
	return n
}

// importMail reads one .eml file or mbox mailbox: an mbox in one
// transaction, an .eml file whole or not at all. Progress counts the
// messages of an mbox as they are stored.
func importMail(ctx context.Context, st *data.Store, path string, _ Params, progress Progress) (string, error) {
	im := mail.Importer{Store: st, Progress: func(p mail.Progress) {
		if progress != nil && p.Files > 0 {
			progress(p.FilesDone, p.Files)
		}
	}}
	results, err := im.Import(ctx, []string{path}, mail.Auto)
	if err != nil {
		return "", err
	}
	if len(results) == 0 {
		return "", errors.New("no e-mail found")
	}
	r := results[0]
	if r.Err != nil {
		return "", r.Err
	}
	line := lang.X("interop.done.eml", "{{.New}} new e-mails, {{.Known}} imported before",
		map[string]any{"New": format.Count(r.Imported), "Known": format.Count(r.Duplicates)})
	if n := len(r.Problems); n > 0 {
		shown := r.Problems[:min(n, 3)]
		more := ""
		if n > len(shown) {
			more = fmt.Sprintf(" (+%d)", n-len(shown))
		}
		line += "; " + lang.X("interop.done.eml.problems", "not read: {{.Problems}}",
			map[string]any{"Problems": strings.Join(shown, "; ") + more})
	}
	return line, nil
}
