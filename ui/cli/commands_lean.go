//go:build lean

package cli

// In the lean build (interactions-cli) the commands that need the demo
// generator, the PDF reports or the mail, vCard and iCalendar formats run
// in the full command line, interactions-cli-full, which handOff starts
// in this process's place with the same arguments.

func runDemo(e *env, _ []string) error   { return handOff(e, "demo") }
func runReport(e *env, _ []string) error { return handOff(e, "report") }
func runExport(e *env, _ []string) error { return handOff(e, "export") }
func runImport(e *env, _ []string) error { return handOff(e, "import") }
