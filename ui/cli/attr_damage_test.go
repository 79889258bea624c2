package cli_test

import (
	"encoding/binary"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// A damaged attribute definition does not stop a listing that names no
// attribute: list reads the definitions only to group by one, and that,
// like check, reports the damage in one line naming the record.
func TestList_DamagedAttrDefOnlyWhereNeeded(t *testing.T) {
	path := copyDB(t)
	defs := demoAttrDefs(t, path)
	before := listCSV(t, path, "--limit", "20")

	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("attributes")).Put(binary.BigEndian.AppendUint64(nil, uint64(defs[0].ID)), []byte(`{"name":`))
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}

	if after := listCSV(t, path, "--limit", "20"); len(after) != len(before) || strings.Join(after[0], ",") != strings.Join(before[0], ",") {
		t.Errorf("list over a damaged definition: %d rows, first %v; want %d, first %v", len(after), after[0], len(before), before[0])
	}
	code, out, errOut := run(path, "list", "--group", "attr:"+defs[0].Name)
	if code != 1 || out != "" {
		t.Errorf("list --group attr: exit %d, stdout %q; want exit 1 and nothing printed", code, out)
	}
	oneStderrLine(t, errOut)
	if !strings.Contains(errOut, "attributes") || !strings.Contains(errOut, "record") {
		t.Errorf("list --group attr over a damaged definition says %q; want the bucket and the record named", errOut)
	}
	if code, _, _ := run(path, "check"); code != 1 {
		t.Errorf("check over a damaged definition: exit %d, want 1", code)
	}
}
