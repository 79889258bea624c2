package cli_test

import (
	"bytes"
	"io"
	"testing"

	"interactions/data/demo/benchdata"
	"interactions/ui/cli"
)

// BenchmarkListCSV runs the whole CSV export of the list command, from
// opening the benchmark database to the last row, into io.Discard: "month"
// is this month's rows, "all" every interaction; "table" the default
// table of every interaction. lines/op counts the lines written.
func BenchmarkListCSV(b *testing.B) {
	path, err := benchdata.File(benchdata.Size())
	if err != nil {
		b.Fatal(err)
	}
	month := benchdata.Now.Format("2006-01") + "-01"
	for _, c := range []struct {
		name string
		args []string
	}{
		{"month", []string{"--format", "csv", "--from", month, "--to", benchdata.Now.Format("2006-01-02")}},
		{"all", []string{"--format", "csv"}},
		{"table", nil},
	} {
		b.Run(c.name, func(b *testing.B) {
			args := append([]string{"--db", path, "list", "--limit", "0"}, c.args...)
			var lines lineCounter
			for b.Loop() {
				lines = 0
				if code, _, _ := cli.Main(args, &lines, io.Discard); code != 0 {
					b.Fatalf("list %v: exit %d", c.args, code)
				}
			}
			b.ReportMetric(float64(lines), "lines/op")
		})
	}
}

// lineCounter counts the lines written to it.
type lineCounter int

func (l *lineCounter) Write(p []byte) (int, error) {
	*l += lineCounter(bytes.Count(p, []byte{'\n'}))
	return len(p), nil
}
