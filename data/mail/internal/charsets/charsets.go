// Package charsets turns the charset names of e-mail into decoders to
// UTF-8. It accepts the names github.com/emersion/go-message/charset
// accepts and gives the same encodings and errors: the names and aliases
// of golang.org/x/text's IANA index (as MIME names, also with "cs" in
// front) and of its WHATWG (HTML) index. It looks them up in a table
// generated from those two indexes (names_gen.go, "go generate"), because
// the index packages build their maps, and the HTML index links a language
// matcher, at every start of the program, while the table is static data
// read only when a message is decoded.
package charsets

//go:generate go run ./internal/gen

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// The errors of the two indexes, worded as golang.org/x/text words them.
var (
	errIANAName = errors.New("ianaindex: invalid encoding name")
	errHTMLName = errors.New("htmlindex: invalid encoding name")
)

// Reader returns a reader that converts input from charset to UTF-8. It is
// go-message's CharsetReader: an error names the charset, and go-message
// reports it as an unknown charset.
func Reader(charset string, input io.Reader) (io.Reader, error) {
	enc, err := Lookup(charset)
	if err != nil {
		return nil, err
	}
	return enc.NewDecoder().Reader(input), nil
}

// Lookup returns the encoding of a charset name, in the steps of
// go-message's charset.Reader: its two extra names, the IANA index by
// the name and by "cs" and the name, then the HTML index.
func Lookup(charset string) (encoding.Encoding, error) {
	var enc encoding.Encoding
	var err error
	switch strings.ToLower(charset) {
	case "ansi_x3.110-1983": // RFC 1345 page 62, mostly a superset of ISO 8859-1
		enc = charmap.ISO8859_1
	case "x-utf_8j":
		enc = unicode.UTF8
	default:
		enc, err = iana(charset)
	}
	if enc == nil {
		enc, err = iana("cs" + charset)
	}
	if enc == nil {
		enc, err = html(charset)
	}
	if err != nil {
		return nil, fmt.Errorf("charset %q: %v", charset, err)
	}
	if enc == nil {
		return nil, fmt.Errorf("charset %q: unsupported charset", charset)
	}
	return enc, nil
}

// iana is ianaindex.MIME.Encoding: the name as given, else in lower case;
// a known name of an encoding x/text lacks gives nil and no error.
func iana(name string) (encoding.Encoding, error) {
	name = strings.TrimSpace(name)
	k, ok := find(ianaNames[:], name)
	if !ok {
		if k, ok = find(ianaNames[:], strings.ToLower(name)); !ok {
			return nil, errIANAName
		}
	}
	return encodingOf(ianaEncodings[k]), nil
}

// html is htmlindex.Get: the name in lower case.
func html(name string) (encoding.Encoding, error) {
	k, ok := find(htmlNames[:], strings.ToLower(strings.TrimSpace(name)))
	if !ok {
		return nil, errHTMLName
	}
	return encodingOf(htmlEncodings[k]), nil
}

// find returns the place of name in the sorted names.
func find(names []string, name string) (int, bool) {
	k := sort.SearchStrings(names, name)
	return k, k < len(names) && names[k] == name
}
