package mail_test

import (
	"strings"
	"testing"

	"interactions/data/mail"
)

// TestParse_DeclaredCharsets reads bodies and RFC 2047 subjects in the
// charsets Russian and Japanese mail declares, through the charset table
// this package gives go-message (package charsets), with no problem noted.
func TestParse_DeclaredCharsets(t *testing.T) {
	for _, tc := range []struct {
		charset, subjectWord, body, wantSubject, wantText string
	}{
		{"koi8-r", "=?KOI8-R?B?5M/Hz9fP0g==?=", "\xf0\xd2\xc9\xd7\xc5\xd4, \xcd\xc9\xd2!", "Договор", "Привет, мир!"},
		{"windows-1251", "=?windows-1251?Q?=C0=EA=F2?=", "\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0!", "Акт", "Привет, мир!"},
		{"cp1251", "=?cp1251?Q?=C0=EA=F2?=", "\xcf\xf0\xe8\xe2\xe5\xf2", "Акт", "Привет"},
		{"ISO-2022-JP", "=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=", "\x1b$B$3$s$K$A$O\x1b(B abc", "こんにちは", "こんにちは abc"},
		{"iso-8859-5", "=?iso-8859-5?Q?=B4=DE=D3?=", "\xbf\xe0\xd8\xd2\xd5\xe2", "Дог", "Привет"},
		{"utf-8", "=?utf-8?B?0JTQvtCz0L7QstC+0YA=?=", "Привет", "Договор", "Привет"},
	} {
		raw := "From: a@example.com\r\nSubject: " + tc.subjectWord + "\r\nMessage-ID: <x@example.com>\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=" + tc.charset + "\r\n\r\n" + tc.body + "\r\n"
		m, err := mail.Parse([]byte(raw))
		if err != nil {
			t.Fatalf("%s: %v", tc.charset, err)
		}
		if m.Subject != tc.wantSubject {
			t.Errorf("%s: subject %q, want %q", tc.charset, m.Subject, tc.wantSubject)
		}
		if got := strings.TrimSpace(m.Text); got != tc.wantText {
			t.Errorf("%s: text %q, want %q", tc.charset, got, tc.wantText)
		}
		if len(m.Problems) != 0 {
			t.Errorf("%s: problems %q", tc.charset, m.Problems)
		}
	}
}
