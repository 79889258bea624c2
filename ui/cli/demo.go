//go:build !lean

package cli

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"interactions/data"
	"interactions/data/demo"
)

// maxDemoSize caps --size of the demo command.
const maxDemoSize = 5_000_000

// demoMemoryLimit is the Go heap the demo command aims to stay under.
const demoMemoryLimit = 900 << 20

// errNotEmpty is the demo command's wording of data.ErrNotEmpty.
const errNotEmpty = "the database already holds interactions; use a new --db file"

// runDemo generates demo data and loads it into a database without
// interactions, creating the file when missing.
func runDemo(e *env, args []string) error {
	fset := newFlagSet("demo")
	fset.Var(dbFlag{e}, "db", "")
	var sizeSet bool
	size := intFlag(fset, "size", 0, 1, maxDemoSize, &sizeSet)
	seed := uintFlag(fset, "seed", 1)
	lang := choiceFlag(fset, "lang", "ru", "ru", "en")
	nowText := fset.String("now", "", "")
	if err := parseFlags(fset, args); err != nil {
		return err
	}
	now := time.Now()
	if *nowText != "" {
		day, err := parseDay("now", *nowText)
		if err != nil {
			return err
		}
		now = day
	}
	if !sizeSet {
		return usageErrorf("demo needs --size N (1 to %d)", maxDemoSize)
	}
	if st, err := os.Stat(e.dbPath); err == nil && st.IsDir() {
		return usageErrorf("--db %s is a folder, not a database file", e.dbPath)
	}
	_, statErr := os.Stat(e.dbPath)
	created := errors.Is(statErr, fs.ErrNotExist)

	start := time.Now()
	s, err := data.Open(e.dbPath)
	if err != nil {
		if created {
			os.Remove(e.dbPath)
		}
		return storeError(e.dbPath, err)
	}
	err = fillDemo(e, s, demo.Options{Size: int(*size), Seed: *seed, Lang: *lang, Now: now}, start)
	if cerr := s.Close(); err == nil && cerr != nil {
		err = storeError(e.dbPath, cerr)
	}
	if err != nil && created {
		os.Remove(e.dbPath) // leave no half-made database behind
	}
	return err
}

func fillDemo(e *env, s *data.Store, o demo.Options, start time.Time) error {
	page, err := s.List(data.Query{Filter: data.Filter{Deleted: data.DeletedInclude}, Limit: 1})
	if err != nil {
		return storeError(e.dbPath, err)
	}
	if len(page.Rows) > 0 {
		return &wrapped{e.dbPath + ": " + errNotEmpty, data.ErrNotEmpty}
	}
	// What a load gathers for its indexes grows with the interactions
	// (some 600 MB live at a million, its lists kept as varint
	// differences); a soft limit has the collector run more often as the
	// heap nears it, instead of letting it grow to twice what is live.
	// With the peak live heap at 750–800 MB, a limit of 800 MB had the
	// collector run without pause near the peak (a 1 M demo took 311 s
	// once instead of 53); 900 keeps the peak RSS under 1 GB (930 MB).
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(demoMemoryLimit))
	genStart := time.Now()
	// The interactions are made and written a batch at a time, so that
	// a million of them never sit in memory at once.
	st, err := demo.NewStream(o)
	if err != nil {
		return fmt.Errorf("demo data: %v", err)
	}
	ds := st.Catalogs()
	loadStart := time.Now()
	n, err := s.LoadStream(ds, st.Next)
	if err != nil {
		if errors.Is(err, data.ErrNotEmpty) {
			return &wrapped{e.dbPath + ": " + errNotEmpty, err}
		}
		return storeError(e.dbPath, err)
	}
	done := time.Now()
	subjects := len(ds.Deals) + len(ds.Claims) + len(ds.Events) + len(ds.Orders)
	fmt.Fprintf(e.stdout, "%s\n", printable(fmt.Sprintf("demo: %d interactions, %d employees, %d partners, %d contact persons, %d subjects, %d attributes written to %s in %s (catalogs %s, interactions made and written %s)",
		n, len(ds.Employees), len(ds.Partners), len(ds.Persons), subjects, len(ds.Attrs),
		e.dbPath, seconds(done.Sub(start)), seconds(loadStart.Sub(genStart)), seconds(done.Sub(loadStart)))))
	return nil
}

// seconds formats a duration as seconds with one decimal, or milliseconds
// when short.
func seconds(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}

// uintFlag defines an unsigned 64-bit flag.
func uintFlag(fs *flag.FlagSet, name string, def uint64) *uint64 {
	v := def
	fs.Func(name, "", func(s string) error {
		n, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return fmt.Errorf("not a whole number from 0 to %d", uint64(1<<64-1))
		}
		v = n
		return nil
	})
	return &v
}
