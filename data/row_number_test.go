package data

import (
	"fmt"
	"math"
	"testing"
)

// TestIDNumber holds appendIDNumber to fmt's %08d, the number the program
// gives an interaction, and isIDNumber to no other spelling.
func TestIDNumber(t *testing.T) {
	for _, id := range []ID{1, 9, 10, 99999999, 100000000, 123456789012, math.MaxUint64} {
		want := fmt.Sprintf("%08d", uint64(id))
		if got := string(appendIDNumber([]byte("x"), id)); got != "x"+want {
			t.Errorf("appendIDNumber(%d) = %q, want %q", id, got, "x"+want)
		}
		if !isIDNumber(want, id) {
			t.Errorf("isIDNumber(%q, %d) = false", want, id)
		}
		for _, other := range []string{fmt.Sprint(uint64(id)) + " ", "0" + want, want[1:], ""} {
			if isIDNumber(other, id) && other != want {
				t.Errorf("isIDNumber(%q, %d) = true", other, id)
			}
		}
	}
	if isIDNumber("00000000", 0) {
		t.Error("isIDNumber(\"00000000\", 0) = true; an unsaved interaction has no id")
	}
}
