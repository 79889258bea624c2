package mail_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"interactions/data/mail"
)

// FuzzParse feeds any bytes to the message reader and the mbox splitter:
// they must not panic, what Parse accepts is UTF-8 text, and every
// attachment has a safe, non-empty name.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	for _, name := range files {
		if raw, err := os.ReadFile(name); err == nil {
			f.Add(raw)
		}
	}
	for _, s := range []string{
		"From: a@b.c\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: multipart/alternative; boundary=y\r\n\r\n--y\r\n",
		"Subject: =?koi8-r?B?5M/Hz9fP0g==?=\n\n\xe4\xcf\xc7",
		"Content-Type: text/plain; charset=\"\n\n",
		"From x\n\nFrom y\nA: b\n\n>From z\n",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, m := range append(mail.SplitMbox(raw), raw) {
			msg, err := mail.Parse(m)
			if err != nil {
				if msg != nil {
					t.Fatalf("Parse returned a message with the error %v", err)
				}
				continue
			}
			for _, s := range []string{msg.Subject, msg.Text, msg.HTML} {
				if !utf8.ValidString(s) {
					t.Fatalf("Parse returned text that is not UTF-8: %q", s)
				}
			}
			for _, p := range msg.Parts {
				if p.Name == "" || bytes.ContainsAny([]byte(p.Name), "/\\\x00") {
					t.Fatalf("attachment name %q is not safe", p.Name)
				}
			}
		}
	})
}
