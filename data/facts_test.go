package data_test

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

func TestStore_Facts(t *testing.T) {
	s, e, _, _ := newTestStore(t)
	var ids []data.ID
	for _, topic := range []string{"Первый звонок", "Второй звонок", "Третий звонок"} {
		it := s.NewInteraction(data.TypeCall, data.DirIncoming)
		it.Responsible, it.Topic = e.ID, topic
		if err := s.SaveInteraction(it); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, it.ID)
	}
	if err := s.MarkDeleted(ids[:1], true); err != nil {
		t.Fatal(err)
	}
	f, err := s.Facts()
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	want := data.Facts{Path: s.Path(), Size: st.Size(), Schema: data.SchemaVersion, Interactions: 2, MarkedForDeletion: 1,
		WrittenBy: data.Writer{Version: data.Running().Version, Build: data.Running().Build, Schema: data.SchemaVersion}}
	if f != want {
		t.Errorf("Facts() = %+v, want %+v", f, want)
	}
}

func TestParseBuild(t *testing.T) {
	p := data.ParseBuild(data.Program{Version: "1.2.3", Build: 7})
	if p.Version != "1.2.3" || p.Build != 7 || p.Release() != "1.2.3 (build 7)" || p.Go == "" || p.Platform == "" {
		t.Errorf("ParseBuild: %+v, release %q", p, p.Release())
	}
	if !strings.HasPrefix(p.String(), "Interactions 1.2.3 (build 7), ") || !strings.Contains(p.String(), p.Go) {
		t.Errorf("String() = %q", p.String())
	}
}

func TestProgram_Source(t *testing.T) {
	p := data.Program{Revision: "0123456789abcdef", Time: "2026-03-10T12:00:00Z", Modified: true}
	if got, want := p.Source(), "0123456789ab 2026-03-10 + changes"; got != want {
		t.Errorf("Source() = %q, want %q", got, want)
	}
	if got := (data.Program{}).Source(); got != "" {
		t.Errorf("Source() of an unknown revision = %q, want empty", got)
	}
}

func TestOpen_RecordsTheWriterAndNamesTheNeededVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	w, err := s.WrittenBy()
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	if want := (data.Writer{Version: data.Running().Version, Build: data.Running().Build, Schema: data.SchemaVersion}); w != want {
		t.Errorf("WrittenBy() = %+v, want %+v", w, want)
	}

	editBolt(t, path, func(tx *bolt.Tx) error {
		meta := tx.Bucket([]byte("meta"))
		if err := meta.Put([]byte("written_by"), []byte(`{"version":"9.1.0","build":4,"schema":99}`)); err != nil {
			return err
		}
		return meta.Put([]byte("schema"), binary.BigEndian.AppendUint64(nil, 99))
	})
	_, err = data.Open(path)
	if !errors.Is(err, data.ErrNewerSchema) {
		t.Fatalf("Open(schema 99) err = %v, want ErrNewerSchema", err)
	}
	if v, ok := data.NeededVersion(err); !ok || v != "9.1.0" {
		t.Errorf("NeededVersion(%v) = %q, %v; want 9.1.0", err, v, ok)
	}
	if !strings.Contains(err.Error(), "version 9.1.0 or newer is needed") {
		t.Errorf("the error does not name the version: %v", err)
	}
}
