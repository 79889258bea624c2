package data_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

func idKey(id data.ID) []byte { return binary.BigEndian.AppendUint64(nil, uint64(id)) }

func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// editBolt opens path with bbolt directly and runs fn in a write transaction.
func editBolt(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		t.Fatalf("bolt.Open(%s): %v", path, err)
	}
	if err := db.Update(fn); err != nil {
		db.Close()
		t.Fatalf("bolt update of %s: %v", path, err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

func schemaOf(t *testing.T, path string) uint64 {
	t.Helper()
	var v uint64
	editBolt(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("meta"))
		if b == nil {
			return errors.New("no meta bucket")
		}
		if raw := b.Get([]byte("schema")); len(raw) == 8 {
			v = binary.BigEndian.Uint64(raw)
		}
		return nil
	})
	return v
}

// schema1Buckets are the record buckets of schema version 1.
var schema1Buckets = []string{
	"meta", "employees", "partner_groups", "partners", "roles", "persons", "deals", "claims",
	"events", "orders", "attributes", "interactions", "blobs", "saved_filters",
}

// writeSchema1 builds, with bbolt alone, a file as schema version 1 wrote it:
// the record buckets, JSON records under 8-byte big-endian ids with the
// buckets' sequences set, and meta/schema = 1.
func writeSchema1(t *testing.T, path string, recs map[string][]any, ids map[string][]data.ID) {
	t.Helper()
	editBolt(t, path, func(tx *bolt.Tx) error {
		for _, name := range schema1Buckets {
			if _, err := tx.CreateBucket([]byte(name)); err != nil {
				return err
			}
		}
		for name, list := range recs {
			b := tx.Bucket([]byte(name))
			var maxID data.ID
			for i, r := range list {
				v, err := json.Marshal(r)
				if err != nil {
					return err
				}
				id := ids[name][i]
				if err := b.Put(idKey(id), v); err != nil {
					return err
				}
				maxID = max(maxID, id)
			}
			if err := b.SetSequence(uint64(maxID)); err != nil {
				return err
			}
		}
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), binary.BigEndian.AppendUint64(nil, 1))
	})
}

func TestOpen_MigratesSchema1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	day := time.Date(2025, 11, 3, 0, 0, 0, 0, time.Local)
	emp := data.Employee{ID: 1, Name: "Иванов Иван"}
	partner := data.Partner{ID: 1, Name: "ООО «Ромашка»"}
	person := data.Person{ID: 1, Partner: 1, Name: "Семёнов Пётр"}
	deal := data.Deal{ID: 1, Partner: 1, Name: "Поставка", Active: true}
	attr := data.AttrDef{ID: 1, Name: "Результат", Type: data.AttrList, Options: []data.AttrOption{{ID: 1, Name: "Успех"}, {ID: 2, Name: "Отказ"}}}
	mk := func(id data.ID, typ data.InteractionType, dir data.Direction, h int, topic string) data.Interaction {
		it := data.Interaction{ID: id, Number: fmt.Sprintf("%08d", id), Date: day.Add(time.Duration(h) * time.Hour), Type: typ, Direction: dir,
			Responsible: 1, Importance: data.ImportanceNormal, Topic: topic, Subject: data.Ref{Kind: data.RefInteraction, ID: id},
			Created: day, Modified: day}
		switch typ {
		case data.TypeEmail:
			it.Email = &data.Email{From: "olga@romashka.example.ru", Folder: data.FolderInbox, Body: "Счёт во вложении"}
		case data.TypeCall:
			it.Call = &data.Call{Phone: "+7 916 123-45-67"}
		case data.TypeMeeting:
			it.Meeting = &data.Meeting{Start: it.Date, End: it.Date.Add(time.Hour)}
		case data.TypeSMS:
			it.SMS = &data.SMS{Text: "Напоминание", State: data.SMSSent, Recipients: []data.SMSRecipient{{Number: "+7 916 000-00-00"}}}
		}
		return it
	}
	mail := mk(1, data.TypeEmail, data.DirIncoming, 9, "Счёт на оплату")
	mail.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefPerson, ID: 1}, Name: person.Name}}
	call := mk(2, data.TypeCall, data.DirOutgoing, 10, "Уточнить сроки")
	call.Subject, call.BasedOn, call.Reviewed = data.Ref{Kind: data.RefInteraction, ID: 1}, 1, true
	call.Contacts = []data.Contact{{Ref: data.FreeContactRef("Секретарь"), Name: "Секретарь"}}
	meet := mk(3, data.TypeMeeting, data.DirNone, 11, "Встреча по поставке")
	meet.Subject = data.Ref{Kind: data.RefDeal, ID: 1}
	meet.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefPartner, ID: 1}, Name: partner.Name}}
	meet.Attrs = []data.AttrValue{{Attr: 1, Value: "2"}}
	sms := mk(4, data.TypeSMS, data.DirOutgoing, 12, "Напомнить о счёте")
	sms.Deleted = true

	writeSchema1(t, path, map[string][]any{
		"employees": {emp}, "partners": {partner}, "persons": {person}, "deals": {deal}, "attributes": {attr},
		"interactions": {mail, call, meet, sms},
	}, map[string][]data.ID{
		"employees": {1}, "partners": {1}, "persons": {1}, "deals": {1}, "attributes": {1},
		"interactions": {1, 2, 3, 4},
	})

	s, err := data.Open(path)
	if err != nil {
		t.Fatalf("Open(schema 1 file): %v", err)
	}
	defer s.Close()
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() after migration = %q, %v; want no problems", probs, err)
	}
	partnerRef := data.Ref{Kind: data.RefPartner, ID: 1}
	counts := []struct {
		name string
		f    data.Filter
		want int
	}{
		{"everything", data.Filter{}, 3},
		{"with the marked", data.Filter{Deleted: data.DeletedInclude}, 4},
		{"only the marked", data.Filter{Deleted: data.DeletedOnly}, 1},
		{"text счет", data.Filter{Text: "счет"}, 1},
		{"text сроки", data.Filter{Text: "срок"}, 1},
		{"text секрет", data.Filter{Text: "секрет"}, 1},
		{"the partner (its person too)", data.Filter{Contact: partnerRef}, 2},
		{"the person", data.Filter{Contact: data.Ref{Kind: data.RefPerson, ID: 1}}, 1},
		{"the chain", data.Filter{Subject: data.Ref{Kind: data.RefInteraction, ID: 1}}, 2},
		{"the deal", data.Filter{Subject: data.Ref{Kind: data.RefDeal, ID: 1}}, 1},
		{"to review", data.Filter{Status: data.StatusToReview}, 2},
		{"reviewed", data.Filter{Status: data.StatusReviewed}, 1},
		{"attribute", data.Filter{Attrs: []data.AttrValue{{Attr: 1, Value: "2"}}}, 1},
		{"calls out", data.Filter{Kinds: []data.Kind{data.KindCallOut}}, 1},
		{"responsible", data.Filter{Responsible: 1}, 3},
	}
	for _, tc := range counts {
		if n, err := s.Count(tc.f); err != nil || n != tc.want {
			t.Errorf("Count(%s) = %d, %v, want %d", tc.name, n, err, tc.want)
		}
	}
	if got := listIDs(t, s, data.Filter{}, data.NewestFirst, 2); !slices.Equal(got, []data.ID{3, 2, 1}) {
		t.Errorf("List() = %v, want [3 2 1]", got)
	}
	groups, err := s.Groups(data.Filter{}, data.GroupBy{Kind: data.GroupContact})
	if err != nil {
		t.Fatal(err)
	}
	byRef := map[data.Ref]int{}
	for _, g := range groups {
		byRef[g.Key.Ref] = g.Count
	}
	if byRef[partnerRef] != 2 || byRef[data.Ref{Kind: data.RefPerson, ID: 1}] != 1 || byRef[data.FreeContactRef("секретарь")] != 1 {
		t.Errorf("Groups(by contact) = %+v, want the partner 2, the person 1, the free contact 1", groups)
	}
	types, _ := s.Groups(data.Filter{}, data.GroupBy{Kind: data.GroupType})
	if len(types) != 3 {
		t.Errorf("Groups(by type) = %+v, want 3 groups", types)
	}
	if name := s.Name(data.FreeContactRef("Секретарь")); name != "Секретарь" {
		t.Errorf("Name(free contact) = %q, want %q", name, "Секретарь")
	}
	if d, ok := s.AttrDef(1); !ok || d.Name != "Результат" {
		t.Errorf("AttrDef(1) = %+v, %v after migration", d, ok)
	}

	// New records continue the old sequences.
	it := s.NewInteraction(data.TypeCall, data.DirIncoming)
	it.Responsible, it.Topic, it.BasedOn = 1, "Перезвонили", 1
	if err := s.SaveInteraction(it); err != nil {
		t.Fatalf("SaveInteraction after migration: %v", err)
	}
	if it.ID != 5 || it.Subject != (data.Ref{Kind: data.RefInteraction, ID: 1}) {
		t.Errorf("new interaction: ID %d, Subject %v; want 5, interaction:1", it.ID, it.Subject)
	}
	if n, _ := s.Count(data.Filter{Deleted: data.DeletedInclude}); n != 5 {
		t.Errorf("Count(everything) = %d after a new save, want 5", n)
	}
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() = %q, %v; want no problems", probs, err)
	}
	s.Close()
	if v := schemaOf(t, path); v != data.SchemaVersion {
		t.Errorf("schema after migration = %d, want %d", v, data.SchemaVersion)
	}
	s2, err := data.Open(path)
	if err != nil {
		t.Fatalf("Open(migrated file): %v", err)
	}
	defer s2.Close()
	if n, _ := s2.Count(data.Filter{Text: "счет"}); n != 1 {
		t.Errorf("Count(text счет) after reopening = %d, want 1", n)
	}
}

func TestOpen_RefusesANewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	s, e, _, _ := newTestStore(t)
	it := s.NewInteraction(data.TypePlanned, data.DirNone)
	it.Responsible, it.Topic = e.ID, "Позвонить"
	if err := s.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.Backup(&buf); err != nil {
		t.Fatalf("Backup: %v", err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	editBolt(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), binary.BigEndian.AppendUint64(nil, data.SchemaVersion+1))
	})
	before := fileSum(t, path)
	s2, err := data.Open(path)
	if !errors.Is(err, data.ErrNewerSchema) {
		if s2 != nil {
			s2.Close()
		}
		t.Fatalf("Open(schema %d) err = %v, want ErrNewerSchema", data.SchemaVersion+1, err)
	}
	if after := fileSum(t, path); after != before {
		t.Errorf("Open(newer schema) changed the file")
	}
	if v := schemaOf(t, path); v != data.SchemaVersion+1 {
		t.Errorf("schema = %d after a refused Open, want %d", v, data.SchemaVersion+1)
	}
}

func TestOpen_BackupOpens(t *testing.T) {
	s, e, _, _ := newTestStore(t)
	it := s.NewInteraction(data.TypePlanned, data.DirNone)
	it.Responsible, it.Topic = e.ID, "Резервная копия"
	if err := s.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "copy.db")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(f); err != nil {
		t.Fatalf("Backup: %v", err)
	}
	f.Close()
	c, err := data.Open(path)
	if err != nil {
		t.Fatalf("Open(backup): %v", err)
	}
	defer c.Close()
	if n, _ := c.Count(data.Filter{Text: "резервная"}); n != 1 {
		t.Errorf("Count(text) in the backup = %d, want 1", n)
	}
}

func TestOpen_SecondOpenIsLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lock.db")
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		s   *data.Store
		err error
	}
	done := make(chan result, 1)
	go func() {
		s2, err := data.Open(path)
		done <- result{s2, err}
	}()
	select {
	case r := <-done:
		if r.s != nil {
			r.s.Close()
		}
		if !errors.Is(r.err, data.ErrLocked) {
			t.Errorf("second Open err = %v, want ErrLocked", r.err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("second Open did not return: it waits for the lock forever")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s3, err := data.Open(path)
	if err != nil {
		t.Fatalf("Open after the first copy closed: %v", err)
	}
	s3.Close()
}

func TestOpen_NewFiles(t *testing.T) {
	t.Run("new file and folders", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "a", "b")
		path := filepath.Join(dir, "new.db")
		s, err := data.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if perm := info.Mode().Perm(); perm != 0o600 {
			t.Errorf("new file mode = %v, want 0600", perm)
		}
		if info, err := os.Stat(dir); err != nil || info.Mode().Perm() != 0o700 {
			t.Errorf("new folder mode = %v, %v; want 0700", info.Mode().Perm(), err)
		}
		if v := s.Settings(); jsonOf(t, v) != jsonOf(t, data.DefaultSettings()) {
			t.Errorf("Settings() of a new file = %+v, want the defaults", v)
		}
	})
	t.Run("empty file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "empty.db")
		if err := os.WriteFile(path, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := data.Open(path)
		if err != nil {
			t.Fatalf("Open(empty file): %v", err)
		}
		defer s.Close()
		e := &data.Employee{Name: "Первый"}
		if err := s.SaveEmployee(e); err != nil {
			t.Fatalf("SaveEmployee in a new database: %v", err)
		}
		it := s.NewInteraction(data.TypeCall, data.DirIncoming)
		it.Responsible, it.Topic = e.ID, "Первый звонок"
		if err := s.SaveInteraction(it); err != nil {
			t.Fatalf("SaveInteraction in a new database: %v", err)
		}
		if n, _ := s.Count(data.Filter{}); n != 1 {
			t.Errorf("Count() = %d, want 1", n)
		}
		if probs, err := s.Check(); err != nil || len(probs) > 0 {
			t.Errorf("Check() = %q, %v", probs, err)
		}
	})
}

// openChildEnv names the file the child process opens.
const openChildEnv = "INTERACTIONS_TEST_OPEN_CHILD"

// TestOpen_Child is not a test of its own: TestOpen_DamagedFiles runs the
// test binary again with it, so that a crash while opening a damaged file
// fails one case instead of killing the whole run.
func TestOpen_Child(t *testing.T) {
	path := os.Getenv(openChildEnv)
	if path == "" {
		t.Skip("runs only as the child of TestOpen_DamagedFiles")
	}
	s, err := data.Open(path)
	switch {
	case errors.Is(err, data.ErrDamaged):
		fmt.Println("RESULT damaged")
	case err != nil:
		fmt.Println("RESULT error", err)
	default:
		_, cerr := s.Count(data.Filter{Text: "встреча"})
		probs, kerr := s.Check()
		s.Close()
		fmt.Printf("RESULT opened count err %v, check %d problems, err %v, warning %v\n", cerr, len(probs), kerr, s.Warning())
	}
}

// openInChild opens path in a child process and returns its RESULT line,
// or a description of how the child died.
func openInChild(t *testing.T, path string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestOpen_Child$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), openChildEnv+"="+path)
	out, err := cmd.CombinedOutput()
	for line := range strings.Lines(string(out)) {
		if strings.HasPrefix(line, "RESULT ") {
			return strings.TrimSpace(strings.TrimPrefix(line, "RESULT "))
		}
	}
	first := string(out)
	if i := strings.Index(first, "goroutine "); i > 0 {
		first = first[:i]
	}
	if len(first) > 600 {
		first = first[:600]
	}
	return fmt.Sprintf("the process died (%v): %s", err, strings.TrimSpace(first))
}

// realDB writes a database with a few hundred interactions and returns
// its bytes; the clock is fixed so the file's layout is the same each run.
func realDB(t *testing.T) []byte {
	t.Helper()
	s, e, _, _ := newTestStore(t)
	now := fixedClock(s, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	for i := range 400 {
		it := s.NewInteraction(data.TypeMeeting, data.DirNone)
		it.Responsible = e.ID
		it.Date = now.Add(time.Duration(i) * time.Hour)
		it.Topic = fmt.Sprintf("встреча номер %d по вопросу поставки оборудования", i)
		if err := s.SaveInteraction(it); err != nil {
			t.Fatal(err)
		}
		if i%3 == 0 {
			if err := s.MarkDeleted([]data.ID{it.ID}, true); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := s.Purge(); err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// boltMeta is what the test reads of a bbolt meta page.
type boltMeta struct {
	pageSize        int
	freelist, hwm   uint64
	txid            uint64
	checksumOffset  int
	pageStartOffset int
}

// currentMeta reads the meta page with the higher transaction id.
func currentMeta(b []byte) boltMeta {
	read := func(off int) boltMeta {
		p := b[off:]
		return boltMeta{pageSize: int(binary.LittleEndian.Uint32(p[24:])), freelist: binary.LittleEndian.Uint64(p[48:]),
			hwm: binary.LittleEndian.Uint64(p[56:]), txid: binary.LittleEndian.Uint64(p[64:]), checksumOffset: off + 72, pageStartOffset: off}
	}
	m0 := read(0)
	m1 := read(m0.pageSize)
	if m1.txid > m0.txid {
		return m1
	}
	return m0
}

func TestOpen_DamagedFiles(t *testing.T) {
	if os.Getenv(openChildEnv) != "" {
		t.Skip("child process")
	}
	real := realDB(t)
	meta := currentMeta(real)
	ps := meta.pageSize
	t.Logf("real database: %d bytes, page size %d, freelist page %d, high water mark %d", len(real), ps, meta.freelist, meta.hwm)
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 64<<10)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	corrupt := func(offsets ...int) []byte {
		b := slices.Clone(real)
		for _, off := range offsets {
			b[off] ^= 0x5a
		}
		return b
	}
	// Byte 33 is inside the root bucket's page id of a meta page: the
	// magic and version stay, the checksum no longer matches.
	bothMetas := corrupt(33, ps+33)
	oneMeta := corrupt(meta.pageStartOffset + 33)

	cases := []struct {
		name      string
		content   []byte
		mayOpen   bool // the state before the last change is acceptable too, if it is reported
		skipShort bool
	}{
		{name: "random bytes", content: random},
		{name: "a text file", content: []byte("Это не база данных.\nThis is not a database.\n")},
		{name: "a short file", content: []byte{0xed, 0xda}},
		{name: "truncated to the meta pages", content: real[:2*ps]},
		{name: "truncated to three pages", content: real[:3*ps]},
		{name: "truncated to half its pages", content: real[:int(meta.hwm/2)*ps]},
		{name: "truncated before its last used page", content: real[:int(meta.hwm-1)*ps]},
		{name: "both meta pages corrupted", content: bothMetas},
		{name: "the current meta page corrupted", content: oneMeta, mayOpen: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "damaged.db")
			if err := os.WriteFile(path, tc.content, 0o600); err != nil {
				t.Fatal(err)
			}
			before := fileSum(t, path)
			got := openInChild(t, path)
			ok := got == "damaged" || tc.mayOpen && got == "opened count err <nil>, check 1 problems, err <nil>, warning "+data.ErrRolledBack.Error()
			if !ok {
				t.Errorf("Open(%s) = %s; want ErrDamaged (or, for a meta page, the rollback reported)", tc.name, got)
			}
			if after := fileSum(t, path); after != before {
				t.Errorf("Open(%s) changed the file", tc.name)
			}
		})
	}

	t.Run("a bbolt file of another program", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "other.db")
		editBolt(t, path, func(tx *bolt.Tx) error {
			b, err := tx.CreateBucket([]byte("widgets"))
			if err != nil {
				return err
			}
			return b.Put([]byte("k"), []byte("v"))
		})
		before := fileSum(t, path)
		s, err := data.Open(path)
		if !errors.Is(err, data.ErrDamaged) {
			if s != nil {
				s.Close()
			}
			t.Errorf("Open(another program's bbolt file) err = %v, want ErrDamaged", err)
		}
		if fileSum(t, path) != before {
			t.Errorf("Open(another program's bbolt file) changed the file")
		}
	})
	t.Run("a meta bucket without a schema", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "noschema.db")
		editBolt(t, path, func(tx *bolt.Tx) error {
			b, err := tx.CreateBucket([]byte("meta"))
			if err != nil {
				return err
			}
			return b.Put([]byte("schema"), []byte{1})
		})
		s, err := data.Open(path)
		if !errors.Is(err, data.ErrDamaged) {
			if s != nil {
				s.Close()
			}
			t.Errorf("Open(meta without a schema) err = %v, want ErrDamaged", err)
		}
	})
}
