package charsets

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	gocharset "github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding/ianaindex"

	"interactions/data/mail/internal/charsets/internal/charsetgen"
)

// TestNames_UpToDate regenerates the name table from the golang.org/x/text
// module in go.mod and compares it with names_gen.go, so that an upgrade
// of the module cannot leave the table behind.
func TestNames_UpToDate(t *testing.T) {
	want, err := charsetgen.Generate()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("names_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal(`names_gen.go is out of date: run "go generate" in data/mail/internal/charsets`)
	}
}

// samples are texts in the charsets mail uses and some that test the
// decoders' edges: every byte value, ISO-2022-JP escapes, UTF-16 with and
// without a byte order mark, a GB18030 four-byte sequence.
func samples() [][]byte {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	return [][]byte{
		all,
		[]byte("\xf0\xd2\xc9\xd7\xc5\xd4, \xcd\xc9\xd2!"), // KOI8-R "Привет, мир!"
		[]byte("\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0!"), // windows-1251
		[]byte("\x1b$B$3$s$K$A$O\x1b(B abc"),              // ISO-2022-JP "こんにちは"
		[]byte("\xfe\xff\x04\x1f\x04\x40"),                // UTF-16BE with BOM
		[]byte("\xff\xfe\x1f\x04\x40\x04"),                // UTF-16LE with BOM
		[]byte("\x81\x30\x81\x30 \xa4\xa4"),               // GB18030 four bytes, Big5
		[]byte("plain ASCII text\r\n"),
	}
}

// decode reads input through the reader a CharsetReader gave, or returns
// the error text of the lookup.
func decode(reader func(string, io.Reader) (io.Reader, error), name string, input []byte) string {
	r, err := reader(name, bytes.NewReader(input))
	if err != nil {
		return "error: " + err.Error()
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return "read error: " + err.Error() + "; " + string(out)
	}
	return string(out)
}

// TestLookup_SameAsGoMessage holds Reader to go-message's charset.Reader,
// which it replaces: every name of both indexes, spelled in other cases,
// with spaces, with and without "cs", and names neither knows, give the
// same error or decode every sample to the same text.
func TestLookup_SameAsGoMessage(t *testing.T) {
	ianaNames, htmlNames, err := charsetgen.Names()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"", " ", "cs", "CS", "x-unknown-charset", "utf-9", "koi8", "windows-1251x",
		"ANSI_X3.110-1983", "x-UTF_8J", "replacement", "x-user-defined", "csUTF8", "cs utf-8"}
	for _, n := range append(ianaNames, htmlNames...) {
		lower := strings.ToLower(n)
		names = append(names, n, lower, strings.ToUpper(n), " "+n+"\t", "cs"+n, "CS"+lower,
			strings.TrimPrefix(lower, "cs"), strings.ToUpper(n[:1])+n[1:])
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	for range 2000 { // names altered by a character
		n := []byte(names[rnd.IntN(len(names))])
		if len(n) > 0 {
			n[rnd.IntN(len(n))] = "-_ .:aZ0"[rnd.IntN(8)]
		}
		names = append(names, string(n))
	}
	in := samples()
	checked := 0
	for _, n := range names {
		for _, s := range in {
			want := decode(gocharset.Reader, n, s)
			if got := decode(Reader, n, s); got != want {
				t.Fatalf("charset %q, input %q:\n got %q\nwant %q", n, s, got, want)
			}
			checked++
		}
	}
	t.Logf("%d names, %d decodings compared", len(names), checked)
}

// TestASCII_SameAsIANA compares the US-ASCII encoding with the IANA
// index's own, which is internal to golang.org/x/text.
func TestASCII_SameAsIANA(t *testing.T) {
	theirs, err := ianaindex.MIME.Encoding("US-ASCII")
	if err != nil || theirs == nil {
		t.Fatalf("ianaindex US-ASCII: %v, %v", theirs, err)
	}
	for _, s := range samples() {
		want, werr := theirs.NewDecoder().Bytes(s)
		got, gerr := ascii.NewDecoder().Bytes(s)
		if !bytes.Equal(got, want) || (gerr == nil) != (werr == nil) {
			t.Errorf("decode %q: got %q, %v; want %q, %v", s, got, gerr, want, werr)
		}
	}
	for _, s := range []string{"plain", "", "naïve", "Привет", "a\x00b\x7f"} {
		want, werr := theirs.NewEncoder().String(s)
		got, gerr := ascii.NewEncoder().String(s)
		if got != want || (gerr == nil) != (werr == nil) {
			t.Errorf("encode %q: got %q, %v; want %q, %v", s, got, gerr, want, werr)
		}
	}
	if got := ascii.(interface{ String() string }).String(); got != "US-ASCII" {
		t.Errorf("String() = %q", got)
	}
}

// TestEncodingOf_AllNumbersUsed checks that every encoding the table
// numbers is one the indexes give, and that the numbers map to encodings.
func TestEncodingOf_AllNumbersUsed(t *testing.T) {
	used := map[uint8]bool{}
	for _, k := range ianaEncodings {
		used[k] = true
	}
	for _, k := range htmlEncodings {
		used[k] = true
	}
	for k := range used {
		if k != 0 && encodingOf(k) == nil {
			t.Errorf("number %d has no encoding", k)
		}
	}
}
