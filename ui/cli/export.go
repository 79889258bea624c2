//go:build !lean

package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"interactions/data"
	"interactions/data/csvio"
	"interactions/data/ical"
)

// runExport writes the interaction list (with the list's filters), the
// partners or the contact persons to a file.
func runExport(e *env, args []string) error {
	if len(args) > 0 && args[0] == "vcf" {
		return exportVCF(e, args[1:])
	}
	if len(args) > 0 && args[0] == "eml" {
		return exportEML(e, args[1:])
	}
	if len(args) == 0 || args[0] != "csv" && args[0] != "ics" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return flag.ErrHelp
		}
		return usageErrorf("export needs a format: export csv|ics|vcf|eml --out PATH (see interactions help export)")
	}
	format := args[0]
	la := &listArgs{}
	fs := newFlagSet("export")
	la.defineFilters(e, fs)
	out := fs.String("out", "", "")
	replace := fs.Bool("replace", false, "")
	what := choiceFlag(fs, "catalog", "interactions", "interactions", "partners", "persons")
	sep := choiceFlag(fs, "sep", "semicolon", "semicolon", "comma")
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	if format == "ics" && (*what != "interactions" || *sep != "semicolon") {
		return usageErrorf("--catalog and --sep go with export csv only")
	}
	la.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { la.set[f.Name] = true })
	if err := checkOut("export", "PATH", *out); err != nil {
		return err
	}
	if *what != "interactions" {
		for _, name := range []string{"type", "status", "responsible", "contact", "subject", "from", "to", "search", "all-types"} {
			if la.set[name] {
				return usageErrorf("--%s filters interactions; it does not go with --catalog %s", name, *what)
			}
		}
	}
	o := csvio.Options{Comma: ';', BOM: true}
	if *sep == "comma" {
		o.Comma = ','
	}
	q, _, err := la.query()
	if err != nil {
		return err
	}
	s, err := openExisting(e)
	if err != nil {
		return err
	}
	defer closeRead(s)
	var write func(w io.Writer) error
	var n int
	switch *what {
	case "interactions":
		if err := la.resolve(s, &q, ""); err != nil {
			return err
		}
		if err := la.fitToOptions(&q, s.Settings().Options, q.defs()); err != nil {
			return err
		}
		write = func(w io.Writer) (err error) {
			n, err = csvio.ExportInteractions(w, s, q.filter, o)
			return err
		}
		if format == "ics" {
			c, err := vcardCatalog(s)
			if err != nil {
				return storeError(e.dbPath, err)
			}
			ic := &ical.Catalog{Partners: c.Partners, Persons: c.Persons}
			write = func(w io.Writer) (err error) {
				n, err = ical.Export(w, s, q.filter, ic)
				return err
			}
		}
	default:
		c, err := csvio.LoadCatalog(s)
		if err != nil {
			return storeError(e.dbPath, err)
		}
		if *what == "partners" {
			n = len(c.Partners)
			write = func(w io.Writer) error { return csvio.WritePartners(w, c, o) }
		} else {
			n = len(c.Persons)
			write = func(w io.Writer) error { return csvio.WritePersons(w, c, o) }
		}
	}
	replaced, err := data.WriteFile(*out, *replace, write)
	switch {
	case errors.Is(err, data.ErrFileExists):
		return usageErrorf("%s exists already; choose another name or add --replace to overwrite it", *out)
	case errors.Is(err, ical.ErrNothing):
		return fmt.Errorf("export ics: %w; no file written", err)
	case err != nil:
		return fmt.Errorf("export to %s: %w", *out, unwrapPathError(err))
	}
	note := ""
	if replaced {
		note = " (the previous file overwritten)"
	}
	if format == "ics" {
		*what = "meetings and planned interactions"
	}
	fmt.Fprintf(e.stdout, "exported %d %s to %s%s\n", n, *what, *out, note)
	return nil
}

// runImport reads partners or contact persons from CSV files. Each file
// is all or nothing: a bad line names the file and the line, and nothing
// of that file is written; the other files still import.
func runImport(e *env, args []string) error {
	if len(args) > 0 && (args[0] == "eml" || args[0] == "mbox") {
		return importMail(e, args[0], args[1:])
	}
	if len(args) == 0 || args[0] != "csv" && args[0] != "vcf" && args[0] != "ics" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return flag.ErrHelp
		}
		return usageErrorf("import needs a format and files: import csv|vcf|ics|eml|mbox FILE... (see interactions help import)")
	}
	format := args[0]
	fs := newFlagSet("import")
	fs.Var(dbFlag{e}, "db", "")
	partner := fs.String("partner", "", "")
	from := fs.String("from", "", "")
	to := fs.String("to", "", "")
	files, err := parseFiles(fs, args[1:], format)
	if err != nil {
		return err
	}
	if *partner != "" && format != "vcf" {
		return usageErrorf("--partner goes with import vcf only")
	}
	if err := checkName("partner", *partner); err != nil {
		return err
	}
	var period ical.Options
	if *from != "" || *to != "" {
		if format != "ics" {
			return usageErrorf("--from and --to go with import ics only")
		}
		if *from == "" || *to == "" {
			return usageErrorf("import ics: give both --from and --to, the period recurring events are expanded over")
		}
		var err error
		if period.From, period.To, err = parsePeriod(*from, *to); err != nil {
			return err
		}
		if !period.To.After(period.From) {
			return usageErrorf("--to %s is before --from %s", quoted(*to), quoted(*from))
		}
	}
	s, err := openForWriting(e)
	if err != nil {
		return err
	}
	defer s.Close()
	var fallback data.ID
	if *partner != "" {
		ref, err := resolveContact(s, *partner)
		if err != nil {
			return err
		}
		if ref.Kind != data.RefPartner {
			return usageErrorf("--partner %s: names a contact person, not a partner", quoted(*partner))
		}
		fallback = ref.ID
	}
	failed := 0
	for _, name := range files {
		var msg string
		var err error
		switch format {
		case "vcf":
			msg, err = importVCF(s, name, fallback)
		case "ics":
			msg, err = importICS(s, name, period)
		default:
			msg, err = importCSV(s, name)
		}
		if err != nil {
			failed++
			fmt.Fprintf(e.stderr, "interactions: %s: nothing imported: %s\n", printable(name), printable(oneLine(err.Error())))
			continue
		}
		fmt.Fprintf(e.stdout, "%s: %s\n", name, msg)
	}
	if failed > 0 {
		return &silentError{fmt.Sprintf("%d of %d files not imported", failed, len(files))}
	}
	return nil
}

// importCSV imports one file, partners or contact persons as its header
// says (a "partner" column makes it contact persons), in one transaction.
func importCSV(s *data.Store, name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", unwrapPathError(err)
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, csvio.MaxFileBytes+1))
	if err != nil {
		return "", unwrapPathError(err)
	}
	c, err := csvio.LoadCatalog(s)
	if err != nil {
		return "", err
	}
	if csvio.IsPersonsFile(raw) {
		persons, err := csvio.ReadPersons(bytes.NewReader(raw), c)
		if err != nil {
			return "", err
		}
		fresh := 0
		for _, p := range persons {
			if p.ID == 0 {
				fresh++
			}
		}
		if err := s.SaveCatalogBatch(nil, persons); err != nil {
			return "", errors.New(strings.TrimPrefix(err.Error(), "data: "))
		}
		return fmt.Sprintf("%d contact persons imported: %d new, %d updated", len(persons), fresh, len(persons)-fresh), nil
	}
	partners, err := csvio.ReadPartners(bytes.NewReader(raw), c)
	if err != nil {
		return "", err
	}
	fresh := 0
	for _, p := range partners {
		if p.ID == 0 {
			fresh++
		}
	}
	if err := s.SaveCatalogBatch(partners, nil); err != nil {
		return "", errors.New(strings.TrimPrefix(err.Error(), "data: "))
	}
	return fmt.Sprintf("%d partners imported: %d new, %d updated", len(partners), fresh, len(partners)-fresh), nil
}

// parseFiles parses the flags of an import, which may stand before,
// between or after its files, and returns the files: at least one.
func parseFiles(fs *flag.FlagSet, args []string, format string) ([]string, error) {
	var files []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, flagError(fs.Name(), err)
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(files) == 0 {
		return nil, usageErrorf("import %s needs one or more files (see interactions help import)", format)
	}
	return files, nil
}
