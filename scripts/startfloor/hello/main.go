// Command hello prints one line: the start-up of a Go program alone, for
// scripts/time-start.sh to set beside the program's and sqlite3's.
package main

import "os"

func main() { os.Stdout.WriteString("hello\n") }
