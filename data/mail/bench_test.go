package mail_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"interactions/data/mail"
)

// BenchmarkImport1000 imports a folder of 1 000 .eml files, a mix of the
// samples (three in five with attachments) made distinct by their
// Message-IDs, into a fresh store each time.
func BenchmarkImport1000(b *testing.B) { benchmarkImport(b, 1000) }

// BenchmarkImport10000 is BenchmarkImport1000 with 10 000 files, the
// size the speed goal names.
func BenchmarkImport10000(b *testing.B) { benchmarkImport(b, 10000) }

func benchmarkImport(b *testing.B, files int) {
	dir := b.TempDir()
	samples := []string{"utf8-alternative.eml", "cp1251-attachment.eml", "koi8r-nested.eml", "html-only.eml", "broken.eml"}
	var raws [][]byte
	for _, name := range samples {
		raw, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, raw)
	}
	for i := range files {
		raw := fmt.Appendf(nil, "Message-ID: <bench-%d@example.com>\r\n", i)
		raw = append(raw, raws[i%len(raws)]...)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d.eml", i)), raw, 0o600); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		s, _ := fixture(b)
		b.StartTimer()
		res, err := (&mail.Importer{Store: s}).Import(context.Background(), []string{dir}, mail.EML)
		if err != nil || len(res) != files || res[files-1].Imported != 1 {
			b.Fatalf("import: %v, %d results", err, len(res))
		}
	}
}
