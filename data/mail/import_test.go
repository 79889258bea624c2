package mail_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"interactions/data"
	"interactions/data/mail"
)

// book are the ids of the fixture's catalogs.
type book struct {
	ivanov, ivanova data.ID // employees; ivanov is the current user
	romashka, petr  data.ID // a partner and its contact person
}

// fixture is a store with two employees, a partner and a contact person,
// each with an e-mail address.
func fixture(t testing.TB) (*data.Store, book) {
	t.Helper()
	s, err := data.Open(filepath.Join(t.TempDir(), "mail.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	e1 := &data.Employee{Name: "Иванов Иван", Email: "Ivanov@Company.ru"}
	e2 := &data.Employee{Name: "Иванова Ирина", Email: "ivanova@company.ru"}
	must(t, s.SaveEmployee(e1), s.SaveEmployee(e2))
	st := s.Settings()
	st.CurrentUser = e1.ID
	must(t, s.SaveSettings(st))
	p := &data.Partner{Name: "ООО «Ромашка»", ContactInfo: []data.ContactInfo{{Kind: data.CIEmail, Value: "buh@romashka.ru"}}}
	must(t, s.SavePartner(p))
	pe := &data.Person{Partner: p.ID, Name: "Семёнов Пётр", ContactInfo: []data.ContactInfo{{Kind: data.CIEmail, Value: "petr@romashka.ru"}}}
	must(t, s.SavePerson(pe))
	return s, book{e1.ID, e2.ID, p.ID, pe.ID}
}

func must(t testing.TB, errs ...error) {
	t.Helper()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

// importAll imports paths and fails on a file error.
func importAll(t testing.TB, s *data.Store, format mail.Format, paths ...string) []mail.FileResult {
	t.Helper()
	im := &mail.Importer{Store: s}
	res, err := im.Import(context.Background(), paths, format)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Path, r.Err)
		}
	}
	return res
}

// byMessageID reads the interaction holding a message.
func byMessageID(t testing.TB, s *data.Store, id string) *data.Interaction {
	t.Helper()
	iid, err := s.EmailByMessageID(id)
	if err != nil || iid == 0 {
		t.Fatalf("message %s not found (%v)", id, err)
	}
	it, err := s.Interaction(iid)
	if err != nil {
		t.Fatal(err)
	}
	return it
}

func count(t testing.TB, s *data.Store) int {
	t.Helper()
	n, err := s.Count(data.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func checkStore(t testing.TB, s *data.Store) {
	t.Helper()
	problems, err := s.Check()
	if err != nil || len(problems) > 0 {
		t.Fatalf("Check: %v %q", err, problems)
	}
}

func TestImport_FolderDirectionContactsAttachments(t *testing.T) {
	s, b := fixture(t)
	res := importAll(t, s, mail.EML, "testdata")
	if len(res) != 7 {
		t.Fatalf("%d files imported, want the 7 .eml files of testdata", len(res))
	}
	for _, r := range res {
		if r.Imported != 1 {
			t.Errorf("%s: imported %d", r.Path, r.Imported)
		}
		if messy := strings.HasSuffix(r.Path, "broken.eml") || strings.HasSuffix(r.Path, "raw-8bit-headers.eml"); messy != (len(r.Problems) > 0) {
			t.Errorf("%s: problems %q", r.Path, r.Problems)
		}
	}

	in := byMessageID(t, s, "<utf8-alt-1@romashka.ru>")
	if in.Direction != data.DirIncoming || in.Responsible != b.ivanov || in.Email.Folder != data.FolderInbox {
		t.Errorf("incoming mail: direction %d, responsible %d, folder %s", in.Direction, in.Responsible, in.Email.Folder)
	}
	if len(in.Contacts) != 1 || in.Contacts[0].Ref != (data.Ref{Kind: data.RefPerson, ID: b.petr}) {
		t.Errorf("contacts %+v, want the contact person Пётр", in.Contacts)
	}
	if in.Topic != "Счёт №15 на оплату" || in.Email.From != "petr@romashka.ru" || !slices.Equal(in.Email.To, []string{"ivanov@company.ru"}) {
		t.Errorf("topic %q, from %q, to %q", in.Topic, in.Email.From, in.Email.To)
	}

	out := byMessageID(t, s, "cp1251-2@company.ru")
	if out.Direction != data.DirOutgoing || out.Email.State != data.MailSent || out.Email.Folder != data.FolderSent || out.Responsible != b.ivanov {
		t.Errorf("outgoing mail: direction %d, state %d, folder %s, responsible %d", out.Direction, out.Email.State, out.Email.Folder, out.Responsible)
	}
	want := []data.Ref{{Kind: data.RefFree}, {Kind: data.RefPerson, ID: b.petr}, {Kind: data.RefPartner, ID: b.romashka}}
	if len(out.Contacts) != 3 || out.Contacts[0].Name != "Anna Orlova" || out.Contacts[1].Ref != want[1] || out.Contacts[2].Ref != want[2] {
		t.Errorf("contacts %+v, want Anna Orlova (free text), Пётр, Ромашка", out.Contacts)
	}
	if out.BasedOn != in.ID || out.Subject != in.Subject {
		t.Errorf("the answer is based on %d in chain %v, want %d in %v", out.BasedOn, out.Subject, in.ID, in.Subject)
	}
	if len(out.Email.Attachments) != 1 || out.Email.Attachments[0].Name != "Счёт 15.pdf" || out.Email.Attachments[0].Blob == 0 {
		t.Fatalf("attachments %+v", out.Email.Attachments)
	}
	pdf, err := s.Blob(out.Email.Attachments[0].Blob)
	if err != nil || !strings.HasPrefix(string(pdf), "%PDF") || int64(len(pdf)) != out.Email.Attachments[0].Size {
		t.Errorf("attachment bytes %q, %v", pdf, err)
	}

	koi := byMessageID(t, s, "koi8-3@supplier.example.org")
	if koi.Responsible != b.ivanov || koi.Topic != "Договор поставки" || len(koi.Email.Attachments) != 2 {
		t.Errorf("KOI8-R mail: responsible %d, topic %q, %d attachments", koi.Responsible, koi.Topic, len(koi.Email.Attachments))
	}
	if len(koi.Contacts) != 1 || koi.Contacts[0].Ref.Kind != data.RefFree || koi.Contacts[0].Name != "Сидоров Сергей" {
		t.Errorf("KOI8-R mail: contacts %+v, want Сидоров Сергей as free text", koi.Contacts)
	}

	html := byMessageID(t, s, "html-only-4@shop.example.com")
	if html.Email.Body != "" || !strings.Contains(data.HTMLText(html.Email.HTMLBody), "Скидки до 50%!") ||
		strings.Contains(data.HTMLText(html.Email.HTMLBody), "alert") {
		t.Errorf("HTML-only mail: body %q, as text %q", html.Email.Body, data.HTMLText(html.Email.HTMLBody))
	}
	checkStore(t, s)
}

func TestImport_ThreadFromMbox(t *testing.T) {
	s, b := fixture(t)
	res := importAll(t, s, mail.Auto, filepath.Join("testdata", "thread.mbox"))
	if res[0].Messages != 3 || res[0].Imported != 3 {
		t.Fatalf("result %+v, want 3 messages imported", res[0])
	}
	t1 := byMessageID(t, s, "t1@romashka.ru")
	t2 := byMessageID(t, s, "t2@company.ru")
	t3 := byMessageID(t, s, "t3@romashka.ru")
	if t2.BasedOn != t1.ID || t3.BasedOn != t2.ID {
		t.Errorf("based on: t2 → %d, t3 → %d; want %d, %d", t2.BasedOn, t3.BasedOn, t1.ID, t2.ID)
	}
	if !t1.IsChainRoot() || t2.Subject != t1.Subject || t3.Subject != t1.Subject {
		t.Errorf("chains: %v %v %v", t1.Subject, t2.Subject, t3.Subject)
	}
	if t2.Direction != data.DirOutgoing || t2.Contacts[0].Ref.ID != b.petr {
		t.Errorf("the reply: direction %d, contacts %+v", t2.Direction, t2.Contacts)
	}
	n, err := s.ChainSize(t1.Subject)
	if err != nil || n != 3 {
		t.Errorf("ChainSize = %d, %v; want 3", n, err)
	}
}

func TestImport_AgainDoublesNothing(t *testing.T) {
	s, _ := fixture(t)
	importAll(t, s, mail.Auto, "testdata", filepath.Join("testdata", "thread.mbox"))
	before := count(t, s)
	res := importAll(t, s, mail.Auto, "testdata", filepath.Join("testdata", "thread.mbox"))
	for _, r := range res {
		if r.Imported != 0 || r.Duplicates != r.Messages {
			t.Errorf("%s again: %+v", r.Path, r)
		}
	}
	if after := count(t, s); after != before || before != 10 {
		t.Errorf("%d interactions after the first import, %d after the second; want 10 both", before, after)
	}
	// The message without a Message-ID is found by its content hash.
	raw, _ := os.ReadFile(filepath.Join("testdata", "no-message-id.eml"))
	byMessageID(t, s, mail.ContentID(raw))
	checkStore(t, s)
}

func TestImport_BadFilesKeepTheGoodOnes(t *testing.T) {
	s, _ := fixture(t)
	dir := t.TempDir()
	good, _ := os.ReadFile(filepath.Join("testdata", "utf8-alternative.eml"))
	files := map[string][]byte{
		"a-good.eml":    good,
		"b-notmail.eml": []byte("just some text\nwithout any header\n"),
		"c-bad.mbox":    []byte("no From line\n\nso no messages\n"),
	}
	for name, b := range files {
		must(t, os.WriteFile(filepath.Join(dir, name), b, 0o600))
	}
	im := &mail.Importer{Store: s}
	res, err := im.Import(context.Background(), []string{filepath.Join(dir, "a-good.eml"), filepath.Join(dir, "b-notmail.eml"),
		filepath.Join(dir, "missing.eml")}, mail.EML)
	res = slices.Insert(res, 2, mustFail(t, s, filepath.Join(dir, "c-bad.mbox")))
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Err != nil || res[0].Imported != 1 {
		t.Errorf("good file: %+v", res[0])
	}
	if !errors.Is(res[1].Err, mail.ErrNotMail) {
		t.Errorf("not mail: %v", res[1].Err)
	}
	if res[2].Err == nil || !strings.Contains(res[2].Err.Error(), "no messages") {
		t.Errorf("bad mbox: %v, want \"no messages\"", res[2].Err)
	}
	if !errors.Is(res[3].Err, os.ErrNotExist) {
		t.Errorf("missing file: %v", res[3].Err)
	}
	if n := count(t, s); n != 1 {
		t.Errorf("%d interactions stored, want the good file's 1 (nothing of the bad mbox)", n)
	}
	checkStore(t, s)
}

func TestImport_CancelStoresNothing(t *testing.T) {
	s, _ := fixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	im := &mail.Importer{Store: s}
	res, err := im.Import(ctx, []string{"testdata", filepath.Join("testdata", "thread.mbox")}, mail.Auto)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Import with a cancelled context: %v", err)
	}
	for _, r := range res {
		if r.Imported != 0 || !errors.Is(r.Err, context.Canceled) {
			t.Errorf("%s: %+v", r.Path, r)
		}
	}
	if n := count(t, s); n != 0 {
		t.Errorf("%d interactions stored after a cancel", n)
	}
}

func TestImport_Progress(t *testing.T) {
	s, _ := fixture(t)
	var seen []mail.Progress
	im := &mail.Importer{Store: s, Progress: func(p mail.Progress) { seen = append(seen, p) }}
	if _, err := im.Import(context.Background(), []string{"testdata"}, mail.EML); err != nil {
		t.Fatal(err)
	}
	if len(seen) == 0 || seen[len(seen)-1].FilesDone != 7 || seen[len(seen)-1].Files != 7 || seen[len(seen)-1].Messages != 7 {
		t.Errorf("progress %+v, want it to end at 7 of 7 files, 7 messages", seen)
	}
}

// mustFail imports one file as an mbox and returns its result.
func mustFail(t *testing.T, s *data.Store, path string) mail.FileResult {
	t.Helper()
	res, err := (&mail.Importer{Store: s}).Import(context.Background(), []string{path}, mail.Mbox)
	if err != nil {
		t.Fatal(err)
	}
	return res[0]
}

func TestImport_MboxCancelledHalfWayStoresNone(t *testing.T) {
	s, _ := fixture(t)
	var b strings.Builder
	for i := range 300 {
		fmt.Fprintf(&b, "From a@b.ru Mon Mar  9 10:00:00 2026\nFrom: a@b.ru\nTo: ivanov@company.ru\nSubject: %d\nMessage-ID: <m%d@b.ru>\n\nтекст %d\n\n", i, i, i)
	}
	path := filepath.Join(t.TempDir(), "big.mbox")
	must(t, os.WriteFile(path, []byte(b.String()), 0o600))
	ctx, cancel := context.WithCancel(context.Background())
	im := &mail.Importer{Store: s, Progress: func(p mail.Progress) {
		if p.Messages >= 100 {
			cancel()
		}
	}}
	res, err := im.Import(ctx, []string{path}, mail.Mbox)
	if !errors.Is(err, context.Canceled) || !errors.Is(res[0].Err, context.Canceled) {
		t.Fatalf("Import cancelled half-way: %v, %+v", err, res[0])
	}
	if n := count(t, s); n != 0 {
		t.Errorf("%d of the mbox's 300 messages stored after a cancel, want none", n)
	}
	checkStore(t, s)
	res = importAll(t, s, mail.Mbox, path)
	if res[0].Imported != 300 || count(t, s) != 300 {
		t.Errorf("the mbox again: %+v", res[0])
	}
}

func TestImport_AnswerImportedFirstJoinsTheChainLater(t *testing.T) {
	s, _ := fixture(t)
	importAll(t, s, mail.EML, filepath.Join("testdata", "cp1251-attachment.eml")) // answers utf8-alt-1
	importAll(t, s, mail.Mbox, filepath.Join("testdata", "thread.mbox"))
	answer := byMessageID(t, s, "cp1251-2@company.ru")
	if answer.BasedOn != 0 || !answer.IsChainRoot() {
		t.Fatalf("before its original: based on %d, chain %v", answer.BasedOn, answer.Subject)
	}
	importAll(t, s, mail.EML, filepath.Join("testdata", "utf8-alternative.eml"))
	orig := byMessageID(t, s, "utf8-alt-1@romashka.ru")
	answer = byMessageID(t, s, "cp1251-2@company.ru")
	if answer.BasedOn != orig.ID || answer.Subject != orig.Subject {
		t.Errorf("after its original: based on %d in %v, want %d in %v", answer.BasedOn, answer.Subject, orig.ID, orig.Subject)
	}
	t2 := byMessageID(t, s, "t2@company.ru")
	if t2.Subject == orig.Subject {
		t.Errorf("an unrelated thread joined the chain")
	}
	checkStore(t, s)
}

func TestImport_ChainOfAnswersMovesUnderTheOriginal(t *testing.T) {
	s, _ := fixture(t)
	raw, err := os.ReadFile(filepath.Join("testdata", "thread.mbox"))
	must(t, err)
	msgs := mail.SplitMbox(raw)
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "t2.eml"), msgs[1], 0o600), os.WriteFile(filepath.Join(dir, "t3.eml"), msgs[2], 0o600))
	importAll(t, s, mail.EML, dir)
	importAll(t, s, mail.Mbox, filepath.Join("testdata", "thread.mbox"))
	t1 := byMessageID(t, s, "t1@romashka.ru")
	t2 := byMessageID(t, s, "t2@company.ru")
	t3 := byMessageID(t, s, "t3@romashka.ru")
	if t2.BasedOn != t1.ID || t3.BasedOn != t2.ID || t2.Subject != t1.Subject || t3.Subject != t1.Subject {
		t.Errorf("t2 based on %d in %v, t3 on %d in %v; want t1 %d's chain %v", t2.BasedOn, t2.Subject, t3.BasedOn, t3.Subject, t1.ID, t1.Subject)
	}
	if n, err := s.ChainSize(t1.Subject); err != nil || n != 3 {
		t.Errorf("ChainSize = %d, %v; want 3", n, err)
	}
	checkStore(t, s)
}
