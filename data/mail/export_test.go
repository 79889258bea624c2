package mail_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/mail"
)

// TestExport_RoundTrip imports the samples, writes every e-mail as .eml,
// imports those files into a second store and compares the fields.
func TestExport_RoundTrip(t *testing.T) {
	s, _ := fixture(t)
	importAll(t, s, mail.Auto, "testdata", filepath.Join("testdata", "thread.mbox"))
	// An e-mail written in the editor: no Message-ID of its own.
	draft := s.NewInteraction(data.TypeEmail, data.DirOutgoing)
	draft.Topic = "Черновик: «цены» на 2027 год"
	draft.Email.Subject = draft.Topic
	draft.Email.From = "ivanov@company.ru"
	draft.Email.To = []string{"petr@romashka.ru"}
	draft.Email.Body = "Строка 1\nСтрока 2 — с тире и ё"
	draft.Date = time.Date(2026, 3, 10, 9, 30, 0, 0, time.Local)
	must(t, s.SaveInteraction(draft))

	list, err := mail.Emails(context.Background(), s, data.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 11 {
		t.Fatalf("%d e-mails to export, want 11", len(list))
	}
	dir := t.TempDir()
	n, err := mail.WriteFolder(context.Background(), list, s, dir, nil)
	if err != nil || n != 11 {
		t.Fatalf("WriteFolder = %d, %v", n, err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	if len(files) != 11 {
		t.Fatalf("%d files written, want 11", len(files))
	}

	// Into the same store: everything is there already.
	res := importAll(t, s, mail.EML, dir)
	for _, r := range res {
		if r.Duplicates != 1 {
			t.Errorf("%s imported into its own store: %+v", filepath.Base(r.Path), r)
		}
	}

	// Into a fresh store: the same fields.
	s2, _ := fixture(t)
	importAll(t, s2, mail.EML, dir)
	for _, a := range list {
		b := byMessageID(t, s2, data.MessageIDOf(a))
		ea, eb := a.Email, b.Email
		if eb.MessageID == "" {
			t.Errorf("%s: no Message-ID after the round trip", a.Topic)
		}
		same := a.Topic == b.Topic && a.Direction == b.Direction && a.Date.Equal(b.Date) && ea.From == eb.From &&
			slices.Equal(ea.To, eb.To) && slices.Equal(ea.Cc, eb.Cc) && slices.Equal(ea.Bcc, eb.Bcc) &&
			ea.Subject == eb.Subject && ea.Body == eb.Body && ea.HTMLBody == eb.HTMLBody &&
			data.NormalMessageID(ea.InReplyTo) == data.NormalMessageID(eb.InReplyTo) && len(ea.Attachments) == len(eb.Attachments) &&
			ea.State == eb.State && ea.Folder == eb.Folder && (a.BasedOn == 0) == (b.BasedOn == 0) &&
			(len(a.Contacts) == 0 || len(a.Contacts) == len(b.Contacts))
		if !same {
			t.Errorf("round trip of %q changed it:\n%+v %+v\n%+v %+v", a.Topic, *a, *ea, *b, *eb)
			continue
		}
		for i := range ea.Attachments {
			x, _ := s.Blob(ea.Attachments[i].Blob)
			y, _ := s2.Blob(eb.Attachments[i].Blob)
			if ea.Attachments[i].Name != eb.Attachments[i].Name || ea.Attachments[i].ContentType != eb.Attachments[i].ContentType || !bytes.Equal(x, y) {
				t.Errorf("%s: attachment %q (%s, %d bytes) came back as %q (%s, %d bytes)", a.Topic, ea.Attachments[i].Name,
					ea.Attachments[i].ContentType, len(x), eb.Attachments[i].Name, eb.Attachments[i].ContentType, len(y))
			}
		}
		for i := range a.Contacts {
			if i >= len(b.Contacts) {
				break
			}
			if a.Contacts[i].Ref.Kind != b.Contacts[i].Ref.Kind || a.Contacts[i].Address != b.Contacts[i].Address {
				t.Errorf("%s: contact %+v came back as %+v", a.Topic, a.Contacts[i], b.Contacts[i])
			}
		}
	}
	checkStore(t, s2)
}

func TestWrite_HeadersAreEncoded(t *testing.T) {
	s, _ := fixture(t)
	importAll(t, s, mail.EML, filepath.Join("testdata", "cp1251-attachment.eml"))
	it := byMessageID(t, s, "cp1251-2@company.ru")
	var b bytes.Buffer
	if err := mail.Write(&b, it, s); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	head, _, _ := strings.Cut(out, "\r\n\r\n")
	for _, r := range head {
		if r > 127 {
			t.Fatalf("the header holds a non-ASCII character %q:\n%s", r, head)
		}
	}
	for _, want := range []string{"Subject: =?utf-8?", "Message-Id: <cp1251-2@company.ru>", "In-Reply-To: <utf8-alt-1@romashka.ru>",
		"Content-Type: multipart/mixed", "Mime-Version: 1.0", "filename*=utf-8''", "Content-Transfer-Encoding: base64"} {
		if !strings.Contains(out, want) {
			t.Errorf("the message lacks %q:\n%s", want, out)
		}
	}
}

func TestFileName_Sanitised(t *testing.T) {
	it := &data.Interaction{Date: time.Date(2026, 3, 4, 9, 5, 0, 0, time.UTC), Topic: "x",
		Email: &data.Email{Subject: `../../etc/passwd: "a" <b> | c? *d*` + "\x07"}}
	got := mail.FileName(it)
	if strings.ContainsAny(got, `/\:"<>|?*`+"\x07") || !strings.HasSuffix(got, ".eml") || !strings.HasPrefix(got, "2026-03-04 0905") {
		t.Errorf("FileName = %q", got)
	}
}

func TestWriteFolder_NamesTakenGetNumbers(t *testing.T) {
	s, _ := fixture(t)
	importAll(t, s, mail.EML, filepath.Join("testdata", "utf8-alternative.eml"))
	it := byMessageID(t, s, "utf8-alt-1@romashka.ru")
	dir := t.TempDir()
	n, err := mail.WriteFolder(context.Background(), []*data.Interaction{it, it}, s, dir, nil)
	if err != nil || n != 2 {
		t.Fatalf("WriteFolder = %d, %v", n, err)
	}
	if _, err := os.Stat(filepath.Join(dir, strings.TrimSuffix(mail.FileName(it), ".eml")+" (2).eml")); err != nil {
		t.Error(err)
	}
}

func TestWrite_AttachmentWithoutBytesIsLeftOut(t *testing.T) {
	s, _ := fixture(t)
	it := s.NewInteraction(data.TypeEmail, data.DirIncoming)
	it.Topic, it.Email.From, it.Email.Body = "Счёт", "anna@orlova.example.com", "см. вложение"
	it.Email.Attachments = []data.Attachment{{Name: "счёт.pdf", ContentType: "application/pdf", Size: 1000}}
	must(t, s.SaveInteraction(it))
	var b bytes.Buffer
	if err := mail.Write(&b, it, s); err != nil {
		t.Fatalf("Write: %v", err)
	}
	if out := b.String(); strings.Contains(out, "multipart/mixed") || !strings.Contains(out, "Content-Type: text/plain") {
		t.Errorf("the message:\n%s", out)
	}
}
