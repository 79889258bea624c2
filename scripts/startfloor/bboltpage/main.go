// Command bboltpage opens an Interactions database read-only with bbolt
// and prints the 50 newest entries of its date index in hex, nothing
// else: the least a Go program on bbolt does for the first page of the
// list, for scripts/time-start.sh to set beside the program's and
// sqlite3's.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: bboltpage DB")
		os.Exit(2)
	}
	db, err := bolt.Open(os.Args[1], 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	err = db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("ix_date"))
		if b == nil {
			return fmt.Errorf("%s has no date index", os.Args[1])
		}
		c := b.Cursor()
		n := 0
		for k, v := c.Last(); k != nil && n < 50; k, v = c.Prev() {
			w.WriteString(hex.EncodeToString(k))
			w.WriteByte(',')
			w.WriteString(hex.EncodeToString(v))
			w.WriteByte('\n')
			n++
		}
		return nil
	})
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
