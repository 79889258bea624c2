package data_test

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"interactions/data"
)

// TestPages_DamagedPageNamed: the walk of a healthy file finds branch and
// leaf pages and no damage; a page that no longer names itself is
// reported as a *DamagedError with its number and bucket, by Pages, by a
// read of the store and by Check, and the file is not written.
func TestPages_DamagedPageNamed(t *testing.T) {
	b := realDB(t)
	path := filepath.Join(t.TempDir(), "walk.db")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	pages, err := data.Pages(path)
	if err != nil {
		t.Fatalf("Pages of a healthy file: %v", err)
	}
	var victim *data.FilePage
	for i := range pages {
		if pages[i].Kind == data.PageLeaf && pages[i].Bucket == "interactions" {
			victim = &pages[i]
		}
	}
	if victim == nil {
		t.Fatalf("no leaf page of interactions among %d pages", len(pages))
	}
	ps := int(binary.LittleEndian.Uint32(b[24:]))
	binary.LittleEndian.PutUint64(b[int(victim.ID)*ps:], 99999)
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	before := fileSum(t, path)
	_, err = data.Pages(path)
	var de *data.DamagedError
	if !errors.As(err, &de) || de.Page != victim.ID || de.Bucket != "interactions" {
		t.Fatalf("Pages: %v; want page %d of interactions damaged", err, victim.ID)
	}
	s, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatalf("OpenReadOnly: %v", err)
	}
	defer s.Close()
	if _, err := s.Check(); !errors.As(err, &de) || de.Page != victim.ID {
		t.Errorf("Check: %v; want page %d damaged", err, victim.ID)
	}
	if _, err := s.List(data.Query{Filter: data.Filter{Deleted: data.DeletedInclude}, Limit: 1000}); !errors.Is(err, data.ErrDamaged) {
		t.Errorf("List over the damaged page: %v; want ErrDamaged", err)
	}
	if fileSum(t, path) != before {
		t.Error("reading the damaged file changed it")
	}
}
