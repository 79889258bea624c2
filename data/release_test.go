package data_test

import (
	"testing"

	"interactions/data"
)

func TestStore_ReleaseMapped(t *testing.T) {
	st := openEmpty(t)
	if err := st.ReleaseMapped(); err != nil {
		t.Fatalf("ReleaseMapped: %v", err)
	}
	// The store reads on as before.
	if _, err := st.Count(data.Filter{}); err != nil {
		t.Fatalf("Count after ReleaseMapped: %v", err)
	}
}
