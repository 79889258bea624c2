package cli_test

import (
	"strings"
	"testing"
	"time"

	"interactions/data"
)

// TestSettings_PrintAndSet prints the settings, changes an option, a
// duration and the current user by name, and refuses bad names and
// values with one line and exit 2, leaving the settings as they were.
func TestSettings_PrintAndSet(t *testing.T) {
	path, s := dbWithOptions(t, func(o *data.Options) {})
	emps, err := s.Employees()
	if err != nil || len(emps) == 0 {
		t.Fatalf("no employees: %v", err)
	}
	before := s.Settings()
	s.Close()

	code, out, errOut := run(path, "settings")
	if code != 0 || errOut != "" {
		t.Fatalf("settings: exit %d: %s", code, errOut)
	}
	for _, name := range data.SettingNames() {
		if !strings.Contains(out, name) {
			t.Errorf("settings does not print %s:\n%s", name, out)
		}
	}

	for _, args := range [][]string{
		{"settings", "set", "use-sms", "no"},
		{"settings", "set", "meeting-length", "45m"},
		{"settings", "set", "current-user", emps[0].Name},
	} {
		if code, out, errOut := run(path, args...); code != 0 || !strings.HasPrefix(out, args[2]+" = ") {
			t.Errorf("%v: exit %d, %q %q", args, code, out, errOut)
		}
	}
	for _, args := range [][]string{
		{"settings", "set", "use-sms", "maybe"},
		{"settings", "set", "bogus", "1"},
		{"settings", "set", "meeting-length", "1m"},
		{"settings", "set", "first-weekday", "tuesday"},
		{"settings", "set", "current-user", "Nobody Atall"},
		{"settings", "set", "use-sms"},
		{"settings", "frobnicate"},
	} {
		code, out, errOut := run(path, args...)
		if code != 2 || out != "" || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || errOut == "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and one line", args, code, out, errOut)
		}
	}

	s, err = data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := s.Settings()
	want := before
	want.Options.UseSMS = false
	want.MeetingLength = 45 * time.Minute
	want.CurrentUser = emps[0].ID
	if got != want {
		t.Errorf("settings after the changes %+v, want %+v", got, want)
	}
}
