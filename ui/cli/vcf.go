//go:build !lean

package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"interactions/data"
	"interactions/data/ical"
	"interactions/data/vcard"
)

// exportVCF writes every contact person as vCard to --out.
func exportVCF(e *env, args []string) error {
	fs := newFlagSet("export")
	fs.Var(dbFlag{e}, "db", "")
	out := fs.String("out", "", "")
	replace := fs.Bool("replace", false, "")
	version := choiceFlag(fs, "vcard-version", "4.0", "4.0", "3.0")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkOut("export", "PATH", *out); err != nil {
		return err
	}
	s, err := openExisting(e)
	if err != nil {
		return err
	}
	defer s.Close()
	c, err := vcardCatalog(s)
	if err != nil {
		return storeError(e.dbPath, err)
	}
	replaced, err := data.WriteFile(*out, *replace, func(w io.Writer) error {
		return vcard.Write(w, c.Persons, c, vcard.Version(*version))
	})
	switch {
	case errors.Is(err, data.ErrFileExists):
		return usageErrorf("%s exists already; choose another name or add --replace to overwrite it", *out)
	case err != nil:
		return fmt.Errorf("export to %s: %w", *out, unwrapPathError(err))
	}
	note := ""
	if replaced {
		note = " (the previous file overwritten)"
	}
	fmt.Fprintf(e.stdout, "exported %d contact persons as vCard %s to %s%s\n", len(c.Persons), *version, *out, note)
	return nil
}

// importVCF imports one vCard file in one transaction; fallback is the
// partner of cards without a known ORG, or 0.
func importVCF(s *data.Store, name string, fallback data.ID) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", unwrapPathError(err)
	}
	defer f.Close()
	c, err := vcardCatalog(s)
	if err != nil {
		return "", err
	}
	res, err := vcard.Read(f, c, fallback)
	if err != nil {
		var ce *vcard.CardError
		if errors.As(err, &ce) && fallback == 0 && strings.Contains(err.Error(), "partner") {
			return "", fmt.Errorf("%w (see --partner)", err)
		}
		return "", err
	}
	fresh := 0
	for _, p := range res.Persons {
		if p.ID == 0 {
			fresh++
		}
	}
	if err := s.SaveCatalogBatch(nil, res.Persons); err != nil {
		return "", errors.New(strings.TrimPrefix(err.Error(), "data: "))
	}
	return fmt.Sprintf("%d contact persons imported: %d new, %d updated (%d cards matched by e-mail or phone)",
		len(res.Persons), fresh, len(res.Persons)-fresh, res.Matched), nil
}

// vcardCatalog reads what the vCard format looks names up in.
func vcardCatalog(s *data.Store) (*vcard.Catalog, error) {
	var c vcard.Catalog
	var err error
	if c.Partners, err = s.Partners(); err != nil {
		return nil, err
	}
	if c.Roles, err = s.Roles(); err != nil {
		return nil, err
	}
	if c.Persons, err = s.Persons(); err != nil {
		return nil, err
	}
	return &c, nil
}

// importICS imports the events of one .ics file in one transaction.
func importICS(s *data.Store, name string, o ical.Options) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", unwrapPathError(err)
	}
	defer f.Close()
	c, err := icalCatalog(s)
	if err != nil {
		return "", err
	}
	res, err := ical.Import(context.Background(), s, f, o, c, nil)
	if errors.Is(err, ical.ErrRecurring) {
		return "", fmt.Errorf("%w (see --from and --to)", err)
	}
	if err != nil {
		return "", errors.New(strings.TrimPrefix(err.Error(), "data: "))
	}
	return res.String(), nil
}

// icalCatalog reads what the iCalendar import matches attendees with.
func icalCatalog(s *data.Store) (*ical.Catalog, error) {
	c, err := vcardCatalog(s)
	if err != nil {
		return nil, err
	}
	emps, err := s.Employees()
	if err != nil {
		return nil, err
	}
	return &ical.Catalog{Partners: c.Partners, Persons: c.Persons, Employees: emps}, nil
}
