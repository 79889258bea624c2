// Package charsetgen writes names_gen.go, the table of charset names
// package charsets looks up: every name and alias that golang.org/x/text's
// ianaindex (MIME index) and htmlindex accept, each with the encoding they
// give. Only the generator and the tests import it, so the two index
// packages, which build their name maps at every process start, stay out
// of the program.
package charsetgen

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Candidate is an encoding the table may name: the Go expression that
// gives it in package charsets and the value it stands for.
type Candidate struct {
	Expr string
	Enc  encoding.Encoding
}

// asciiName is what ianaindex's own US-ASCII encoding calls itself; the
// charsets package has its own (ascii.go), compared byte for byte by its
// tests.
const asciiName = "US-ASCII"

// Candidates are the encodings of golang.org/x/text the indexes can give,
// in the order of their numbers in the table (0 is "none").
func Candidates() []Candidate {
	c := []Candidate{
		{"ascii", nil},
		{"unicode.UTF8", unicode.UTF8},
		{"unicode.UTF8BOM", unicode.UTF8BOM},
		{"unicode.UTF16(unicode.BigEndian, unicode.UseBOM)", unicode.UTF16(unicode.BigEndian, unicode.UseBOM)},
		{"unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)},
		{"unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)", unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)},
		{"unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)},
		{"unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)},
		{"unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)", unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)},
		{"japanese.EUCJP", japanese.EUCJP},
		{"japanese.ISO2022JP", japanese.ISO2022JP},
		{"japanese.ShiftJIS", japanese.ShiftJIS},
		{"korean.EUCKR", korean.EUCKR},
		{"simplifiedchinese.GBK", simplifiedchinese.GBK},
		{"simplifiedchinese.GB18030", simplifiedchinese.GB18030},
		{"simplifiedchinese.HZGB2312", simplifiedchinese.HZGB2312},
		{"traditionalchinese.Big5", traditionalchinese.Big5},
		{"encoding.Replacement", encoding.Replacement},
	}
	for _, v := range charmapVars {
		c = append(c, Candidate{"charmap." + v.name, v.enc})
	}
	return c
}

// charmapVars are the charmap package's encodings by variable name.
var charmapVars = []struct {
	name string
	enc  encoding.Encoding
}{
	{"CodePage037", charmap.CodePage037}, {"CodePage437", charmap.CodePage437},
	{"CodePage850", charmap.CodePage850}, {"CodePage852", charmap.CodePage852},
	{"CodePage855", charmap.CodePage855}, {"CodePage858", charmap.CodePage858},
	{"CodePage860", charmap.CodePage860}, {"CodePage862", charmap.CodePage862},
	{"CodePage863", charmap.CodePage863}, {"CodePage865", charmap.CodePage865},
	{"CodePage866", charmap.CodePage866}, {"CodePage1047", charmap.CodePage1047},
	{"CodePage1140", charmap.CodePage1140}, {"ISO8859_1", charmap.ISO8859_1},
	{"ISO8859_2", charmap.ISO8859_2}, {"ISO8859_3", charmap.ISO8859_3},
	{"ISO8859_4", charmap.ISO8859_4}, {"ISO8859_5", charmap.ISO8859_5},
	{"ISO8859_6", charmap.ISO8859_6}, {"ISO8859_6E", charmap.ISO8859_6E},
	{"ISO8859_6I", charmap.ISO8859_6I}, {"ISO8859_7", charmap.ISO8859_7},
	{"ISO8859_8E", charmap.ISO8859_8E}, {"ISO8859_8I", charmap.ISO8859_8I},
	{"ISO8859_8", charmap.ISO8859_8}, {"ISO8859_9", charmap.ISO8859_9},
	{"ISO8859_10", charmap.ISO8859_10}, {"ISO8859_13", charmap.ISO8859_13},
	{"ISO8859_14", charmap.ISO8859_14}, {"ISO8859_15", charmap.ISO8859_15},
	{"ISO8859_16", charmap.ISO8859_16}, {"KOI8R", charmap.KOI8R},
	{"KOI8U", charmap.KOI8U}, {"Macintosh", charmap.Macintosh},
	{"MacintoshCyrillic", charmap.MacintoshCyrillic}, {"Windows874", charmap.Windows874},
	{"Windows1250", charmap.Windows1250}, {"Windows1251", charmap.Windows1251},
	{"Windows1252", charmap.Windows1252}, {"Windows1253", charmap.Windows1253},
	{"Windows1254", charmap.Windows1254}, {"Windows1255", charmap.Windows1255},
	{"Windows1256", charmap.Windows1256}, {"Windows1257", charmap.Windows1257},
	{"Windows1258", charmap.Windows1258}, {"XUserDefined", charmap.XUserDefined},
}

// Names returns the names ianaindex's alias map and htmlindex's name map
// hold, read from the source of the golang.org/x/text module in go.mod.
func Names() (iana, html []string, err error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "golang.org/x/text").Output()
	if err != nil {
		return nil, nil, fmt.Errorf("charsetgen: find golang.org/x/text: %w", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "encoding")
	if iana, err = mapKeys(filepath.Join(dir, "ianaindex", "tables.go"), "ianaAliases"); err != nil {
		return nil, nil, err
	}
	if html, err = mapKeys(filepath.Join(dir, "htmlindex", "tables.go"), "nameMap"); err != nil {
		return nil, nil, err
	}
	return iana, html, nil
}

// mapKeys returns the string keys of the map literal assigned to the
// package variable name in file.
func mapKeys(file, name string) ([]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		return nil, fmt.Errorf("charsetgen: %w", err)
	}
	var keys []string
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != name || len(vs.Values) != 1 {
			return true
		}
		lit, ok := vs.Values[0].(*ast.CompositeLit)
		if !ok {
			return true
		}
		found = true
		for _, e := range lit.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if b, ok := kv.Key.(*ast.BasicLit); ok && b.Kind == token.STRING {
				if k, err := strconv.Unquote(b.Value); err == nil {
					keys = append(keys, k)
				}
			}
		}
		return false
	})
	if !found || len(keys) == 0 {
		return nil, fmt.Errorf("charsetgen: no map %s in %s", name, file)
	}
	sort.Strings(keys)
	return keys, nil
}

// number is the table number of enc: 0 for none, else its place in
// Candidates plus one.
func number(cands []Candidate, enc encoding.Encoding) (int, error) {
	if enc == nil {
		return 0, nil
	}
	if s, ok := enc.(fmt.Stringer); ok && s.String() == asciiName {
		return 1, nil
	}
	for i, c := range cands {
		if c.Enc != nil && c.Enc == enc {
			return i + 1, nil
		}
	}
	return 0, fmt.Errorf("charsetgen: an encoding not among the candidates: %v", enc)
}

// Generate returns the gofmt-ed source of names_gen.go.
func Generate() ([]byte, error) {
	ianaNames, htmlNames, err := Names()
	if err != nil {
		return nil, err
	}
	cands := Candidates()
	var b bytes.Buffer
	b.WriteString("// Code generated by internal/gen from golang.org/x/text's ianaindex and htmlindex; DO NOT EDIT.\n\n")
	b.WriteString("package charsets\n\n")
	b.WriteString("import (\n\t\"golang.org/x/text/encoding\"\n\t\"golang.org/x/text/encoding/charmap\"\n" +
		"\t\"golang.org/x/text/encoding/japanese\"\n\t\"golang.org/x/text/encoding/korean\"\n" +
		"\t\"golang.org/x/text/encoding/simplifiedchinese\"\n\t\"golang.org/x/text/encoding/traditionalchinese\"\n" +
		"\t\"golang.org/x/text/encoding/unicode\"\n)\n\n")
	table := func(what, doc string, names []string, get func(string) (encoding.Encoding, error)) error {
		fmt.Fprintf(&b, "// %sNames are %s, sorted; %sEncodings the numbers of their encodings\n// (see encodingOf).\n", what, doc, what)
		fmt.Fprintf(&b, "var %sNames = [...]string{\n", what)
		for _, n := range names {
			fmt.Fprintf(&b, "\t%q,\n", n)
		}
		b.WriteString("}\n\n")
		fmt.Fprintf(&b, "var %sEncodings = [...]uint8{", what)
		for i, n := range names {
			enc, err := get(n)
			if err != nil {
				return fmt.Errorf("charsetgen: %s %q: %w", what, n, err)
			}
			k, err := number(cands, enc)
			if err != nil {
				return fmt.Errorf("%w (%s %q)", err, what, n)
			}
			if i%16 == 0 {
				b.WriteString("\n\t")
			} else {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%d,", k)
		}
		b.WriteString("\n}\n\n")
		return nil
	}
	if err := table("iana", "the keys of ianaindex's alias map", ianaNames, ianaindex.MIME.Encoding); err != nil {
		return nil, err
	}
	if err := table("html", "the keys of htmlindex's name map", htmlNames, htmlindex.Get); err != nil {
		return nil, err
	}
	if len(cands) > 254 {
		return nil, errors.New("charsetgen: too many encodings for a byte")
	}
	b.WriteString("// encodingOf returns the encoding numbered k in the tables, nil for 0.\n")
	b.WriteString("func encodingOf(k uint8) encoding.Encoding {\n\tswitch k {\n")
	for i, c := range cands {
		fmt.Fprintf(&b, "\tcase %d:\n\t\treturn %s\n", i+1, c.Expr)
	}
	b.WriteString("\t}\n\treturn nil\n}\n")
	return format.Source(b.Bytes())
}
