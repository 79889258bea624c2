// Command gen writes names_gen.go, the table of charset names package
// charsets looks up: run "go generate" in data/mail/internal/charsets.
package main

import (
	"flag"
	"log"
	"os"

	"interactions/data/mail/internal/charsets/internal/charsetgen"
)

func main() {
	out := flag.String("o", "names_gen.go", "file to write")
	flag.Parse()
	src, err := charsetgen.Generate()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}
