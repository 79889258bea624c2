// Command gen writes release_gen.go from FyneApp.toml: run "go generate"
// in the module's root.
package main

import (
	"log"
	"os"

	"interactions/internal/releasegen"
)

func main() {
	in, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		log.Fatal(err)
	}
	src, err := releasegen.Generate(in)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("release_gen.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
