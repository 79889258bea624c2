package netmail

import (
	"net"
	"net/mail"
	"testing"
)

var addressSamples = []string{
	"", "a@b.ru", "Иван Петров <ivan@example.ru>", "\"Petrov, Ivan\" <ivan@example.ru>", "<a@b>",
	"a@[192.0.2.1]", "a@[IPv6:2001:db8::1]", "a@[2001:db8::1]", "a@[::ffff:192.0.2.1]", "a@[01.2.3.4]",
	"a@[1.2.3.4.5]", "a@[::1%eth0]", "a@[]", "a@[1.2.3.]", "a@[fe80::1::2]", "a@[1:2:3:4:5:6:7:8]",
	"a@[1:2:3:4:5:6:7:8:9]", "a@[::]", "a@[1::]", "(comment) a@b.c (more)", "=?utf-8?q?J=C3=B6rg?= <j@b.c>",
	"=?koi8-r?B?9MXT1A==?= <t@b.c>", "=?iso-8859-1?q?Andr=E9?= <a@b.c>", "group: a@b.c, d@e.f;", "a@b, c@d",
	"a.b@c", ".a@b", "a..b@c", "\"a b\"@c", "a@b.c.", "a@-b", "<a@b.c", "a@b.c>", "a @ b . c",
	"\"unclosed <a@b>", "Name <a@b> trailing", "\xff@b.c", "a@\xff", "пётр@почта.рф", "a\x00@b",
}

func TestParseAddress_AsNetMail(t *testing.T) {
	for _, s := range addressSamples {
		sameAsNetMail(t, s)
	}
}

func FuzzParseAddress(f *testing.F) {
	for _, s := range addressSamples {
		f.Add(s)
	}
	f.Fuzz(sameAsNetMail)
}

func sameAsNetMail(t *testing.T, s string) {
	got, gotErr := ParseAddress(s)
	want, wantErr := mail.ParseAddress(s)
	if (gotErr == nil) != (wantErr == nil) {
		t.Fatalf("ParseAddress(%q): error %v, net/mail's %v", s, gotErr, wantErr)
	}
	if gotErr != nil {
		if gotErr.Error() != wantErr.Error() {
			t.Fatalf("ParseAddress(%q): error %q, net/mail's %q", s, gotErr, wantErr)
		}
		return
	}
	if got.Name != want.Name || got.Address != want.Address {
		t.Fatalf("ParseAddress(%q) = %+v, net/mail %+v", s, *got, *want)
	}
}

var ipSamples = []string{
	"", "1.2.3.4", "255.255.255.255", "256.1.1.1", "01.2.3.4", "0.0.0.0", "1.2.3", "1.2.3.4.5", "1..2.3",
	".1.2.3", "1.2.3.", "::", "::1", "1::", "2001:db8::68", "2001:DB8:0:0:8:800:200C:417A", "::ffff:1.2.3.4",
	"1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1::2::3",
	"12345::", "fe80::1%eth0", "fe80::1%", "%", "1:2", ":1:2", "1:2:", "::1.2.3.4", "::ffff:01.2.3.4", "g::",
	"1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7", "1:2:3:4::5:6:7:8", "abc", "1.2.3.4 ",
}

func TestValidIP_AsNetParseIP(t *testing.T) {
	for _, s := range ipSamples {
		if got, want := validIP(s), net.ParseIP(s) != nil; got != want {
			t.Errorf("validIP(%q) = %v, net.ParseIP says %v", s, got, want)
		}
	}
}

func FuzzValidIP(f *testing.F) {
	for _, s := range ipSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := validIP(s), net.ParseIP(s) != nil; got != want {
			t.Fatalf("validIP(%q) = %v, net.ParseIP says %v", s, got, want)
		}
	})
}
