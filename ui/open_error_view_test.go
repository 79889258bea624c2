package ui

import (
	"fmt"
	"interactions/ui/internal/uitest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"interactions/data"
)

func TestOpenErrorView_Messages(t *testing.T) {
	test.NewTempApp(t)
	const path = "/home/user/interactions.db"
	tests := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("data: open %s: %w", path, data.ErrLocked), "is already open in another window"},
		{fmt.Errorf("data: open %s: %w", path, data.ErrDamaged), "is damaged or is not an Interactions database"},
		{fmt.Errorf("data: open %s: %w", path, data.ErrNewerSchema), "was written by a newer version"},
		{&data.NewerSchemaError{Path: path, File: 9, Program: 3, Needs: data.Writer{Version: "2.0.0"}}, "Install version 2.0.0 or newer"},
		{fmt.Errorf("data: open %s: %w", path, os.ErrPermission), "cannot be opened: data: open"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			quit := 0
			v := newOpenErrorView(path, tt.err, func() { quit++ }, func() {})
			test.NewTempWindow(t, v.content)
			if !strings.Contains(v.message.Text, path) || !strings.Contains(v.message.Text, tt.want) {
				t.Errorf("message %q, want the path and %q", v.message.Text, tt.want)
			}
			test.Tap(v.Ok)
			if quit != 1 {
				t.Errorf("OK quit %d times, want 1", quit)
			}
		})
	}
}

// TestOpenErrorView_RealErrors opens files that data.Open refuses and
// checks that the message names the file and the problem, in Russian too.
func TestOpenErrorView_RealErrors(t *testing.T) {
	dir := t.TempDir()
	damaged := filepath.Join(dir, "damaged.db")
	if err := os.WriteFile(damaged, []byte(strings.Repeat("not a database ", 500)), 0o600); err != nil {
		t.Fatal(err)
	}
	locked := filepath.Join(dir, "locked.db")
	first, err := data.Open(locked)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()

	uitest.UseLanguage(t, "ru_RU.UTF-8")
	test.NewTempApp(t)
	for _, tt := range []struct{ path, want string }{
		{damaged, "поврежден"},
		{locked, "уже открыта в другом окне"},
	} {
		st, err := data.Open(tt.path)
		if err == nil {
			st.Close()
			t.Fatalf("data.Open(%s) succeeded", tt.path)
		}
		v := newOpenErrorView(tt.path, err, func() {}, func() {})
		if !strings.Contains(v.message.Text, tt.path) || !strings.Contains(v.message.Text, tt.want) {
			t.Errorf("message %q, want %s and %q", v.message.Text, tt.path, tt.want)
		}
		if v.Ok.Text != "ОК" {
			t.Errorf("button %q, want ОК", v.Ok.Text)
		}
	}
}
