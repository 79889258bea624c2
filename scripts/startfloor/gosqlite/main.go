// Command gosqlite runs one SQL query on an SQLite file and prints the
// rows as CSV with a header row, as `sqlite3 -batch -csv -header FILE SQL`
// does: what a Go desktop program on SQLite does for one listing, for
// scripts/compare-sqlite.sh (GOSQLITE=1) to set beside sqlite3 and the
// program.
//
// It is its own module, so that the program's go.mod names no SQLite
// driver. Built with -tags "mattn sqlite_fts5" it uses
// github.com/mattn/go-sqlite3 (cgo, SQLite's C source, with FTS5);
// without, modernc.org/sqlite (SQLite translated to Go, no C compiler).
//
// Usage: gosqlite FILE SQL (FILE may be :memory:)
package main

import (
	"bufio"
	"database/sql"
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gosqlite FILE SQL")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "gosqlite:", err)
		os.Exit(1)
	}
}

func run(file, query string) error {
	dsn := file
	if file != ":memory:" {
		dsn = "file:" + file + "?mode=ro"
	}
	db, err := sql.Open(driverName, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.Query(query)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	out := bufio.NewWriter(os.Stdout)
	w := csv.NewWriter(out)
	if err := w.Write(cols); err != nil {
		return err
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	rec := make([]string, len(cols))
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		for i, v := range vals {
			rec[i] = text(v)
		}
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return out.Flush()
}

// text is a column value as sqlite3's CSV mode prints it.
func text(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case []byte:
		return string(v)
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	default:
		return fmt.Sprint(v)
	}
}
