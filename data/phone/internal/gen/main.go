// Command gen writes metadata_gen.go, the table of libphonenumber's
// metadata that package phone reads: run "go generate" in data/phone.
package main

import (
	"flag"
	"log"
	"os"

	"interactions/data/phone/internal/metagen"
)

func main() {
	out := flag.String("o", "metadata_gen.go", "file to write")
	flag.Parse()
	src, err := metagen.Generate()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}
