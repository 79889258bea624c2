//go:build !lean

package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"interactions/data"
	"interactions/data/mail"
)

// importMail reads .eml files, folders of them, or mbox mailboxes
// (format "eml" or "mbox") into e-mail interactions: each file all or
// nothing, a line per file, problems of messy mail indented below it.
func importMail(e *env, format string, args []string) error {
	fs := newFlagSet("import")
	fs.Var(dbFlag{e}, "db", "")
	files, err := parseFiles(fs, args, format)
	if err != nil {
		return err
	}
	s, err := openForWriting(e)
	if err != nil {
		return err
	}
	defer s.Close()
	f := mail.EML
	if format == "mbox" {
		f = mail.Mbox
	}
	results, err := (&mail.Importer{Store: s}).Import(context.Background(), files, f)
	if err != nil {
		return storeError(e.dbPath, err)
	}
	failed := 0
	for _, r := range results {
		if r.Err != nil {
			failed++
			fmt.Fprintf(e.stderr, "interactions: %s: nothing imported: %s\n", printable(r.Path), printable(oneLine(r.Err.Error())))
			continue
		}
		msg := fmt.Sprintf("%d %s imported", r.Imported, plural(r.Imported, "e-mail", "e-mails"))
		if r.Duplicates > 0 {
			msg += fmt.Sprintf(", %d there already", r.Duplicates)
		}
		if len(r.Problems) > 0 {
			msg += fmt.Sprintf("; not read (%d):", len(r.Problems))
		}
		fmt.Fprintf(e.stdout, "%s: %s\n", printable(r.Path), msg)
		for _, p := range r.Problems {
			fmt.Fprintf(e.stdout, "  %s\n", printable(oneLine(p)))
		}
	}
	if failed > 0 {
		return &silentError{fmt.Sprintf("%d of %d files not imported", failed, len(results))}
	}
	return nil
}

// exportEML writes the e-mails the list's filters select as .eml files
// into the folder --out, or, when --out ends in .eml, the one e-mail
// selected into that file.
func exportEML(e *env, args []string) error {
	la := &listArgs{}
	fs := newFlagSet("export")
	la.defineFilters(e, fs)
	out := fs.String("out", "", "")
	replace := fs.Bool("replace", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	la.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { la.set[f.Name] = true })
	if err := checkOut("export", "PATH", *out); err != nil {
		return err
	}
	q, _, err := la.query()
	if err != nil {
		return err
	}
	s, err := openExisting(e)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := la.resolve(s, &q, ""); err != nil {
		return err
	}
	if err := la.fitToOptions(&q, s.Settings().Options, q.defs()); err != nil {
		return err
	}
	list, err := mail.Emails(context.Background(), s, q.filter)
	switch {
	case errors.Is(err, mail.ErrNothing):
		return fmt.Errorf("export eml: %w; nothing written", err)
	case err != nil:
		return storeError(e.dbPath, err)
	}
	if strings.EqualFold(filepath.Ext(*out), ".eml") {
		if len(list) != 1 {
			return usageErrorf("--out %s names one file, but the filters select %d e-mails; name a folder, or narrow the filters", quoted(*out), len(list))
		}
		replaced, err := data.WriteFile(*out, *replace, func(w io.Writer) error { return mail.Write(w, list[0], s) })
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
		fmt.Fprintf(e.stdout, "exported 1 e-mail to %s%s\n", *out, note)
		return nil
	}
	if st, err := os.Stat(*out); err == nil && !st.IsDir() {
		return usageErrorf("--out %s is a file; give a folder, or a name ending in .eml for one e-mail", quoted(*out))
	}
	n, err := mail.WriteFolder(context.Background(), list, s, *out, nil)
	if err != nil {
		return fmt.Errorf("export to %s: %w (%d files written)", *out, unwrapPathError(err), n)
	}
	fmt.Fprintf(e.stdout, "exported %d %s to the folder %s\n", n, plural(n, "e-mail", "e-mails"), *out)
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
