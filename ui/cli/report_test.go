package cli_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"interactions/data"
)

// pdfText extracts a PDF's text with pdftotext (poppler-utils).
func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// copyDB copies the shared demo database, for tests that change settings.
func copyDB(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(sharedDB(t))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "copy.db")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReport_EveryKindToPDF(t *testing.T) {
	db := copyDB(t)
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	set := st.Settings()
	set.Options.UseContactRoles, set.Options.UseSubjects = true, true
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	st.Close()
	dir := t.TempDir()
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"partners", "--kind", "client"}, []string{"Контактная информация партнеров", "Вид: клиент", "Партнер", "Менеджер", "Страница 1 из"}},
		{[]string{"contacts", "--lang", "en"}, []string{"Contact information by contact persons", "Contact person", "Roles", "Page 1 of"}},
		{[]string{"activity", "--from", "2020-01-01", "--to", "2030-12-31", "--by", "month"}, []string{"Активность", "Период", "Ответственный", "Итого", "Взаимодействия по периодам и типам"}},
		{[]string{"calendar", "--from", "2020-01-01", "--to", "2030-12-31"}, []string{"Календарь событий", "Событие", "Встреча"}},
	}
	for _, tt := range tests {
		t.Run(tt.args[0], func(t *testing.T) {
			out := filepath.Join(dir, tt.args[0]+".pdf")
			args := append([]string{"report"}, tt.args...)
			code, stdout, stderr := run(db, append(args, "--out", out, "--printed", "2026-03-10 12:30")...)
			if code != 0 || stderr != "" {
				t.Fatalf("report %v: exit %d, stderr %q", tt.args, code, stderr)
			}
			if !strings.Contains(stdout, "rows written to "+out) {
				t.Errorf("stdout = %q", stdout)
			}
			text := pdfText(t, out)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("the PDF lacks %q:\n%.1500s", w, text)
				}
			}
			if cmd := exec.Command("qpdf", "--check", out); cmd.Run() != nil {
				t.Errorf("qpdf --check fails on %s", out)
			}
			// The same command with the same --printed gives the same bytes.
			again := filepath.Join(dir, tt.args[0]+"-again.pdf")
			run(db, append(args, "--out", again, "--printed", "2026-03-10 12:30")...)
			a, _ := os.ReadFile(out)
			b, _ := os.ReadFile(again)
			if !bytes.Equal(a, b) {
				t.Error("two runs wrote different files")
			}
		})
	}
}

func TestReport_ContactsWithRolesOffSaysWhichSetting(t *testing.T) {
	db := copyDB(t)
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	set := st.Settings()
	set.Options.UseContactRoles = false
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	st.Close()
	out := filepath.Join(t.TempDir(), "c.pdf")
	code, _, stderr := run(db, "report", "contacts", "--out", out)
	if code != 1 || !strings.Contains(stderr, "Contact person roles") || !strings.Contains(stderr, "Settings") {
		t.Errorf("exit %d, stderr %q; want 1 and the setting named", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a PDF was written")
	}
}

func TestReport_BadCommandLines(t *testing.T) {
	db := sharedDB(t)
	out := filepath.Join(t.TempDir(), "x.pdf")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"report"}, "needs its kind"},
		{[]string{"report", "weekly", "--out", out}, `unknown report`},
		{[]string{"report", "partners"}, "needs --out"},
		{[]string{"report", "partners", "--kind", "friend", "--out", out}, "want client"},
		{[]string{"report", "partners", "--partner", "Нет такого партнера zzz", "--out", out}, "--partner"},
		{[]string{"report", "activity", "--from", "2026-13-01", "--out", out}, "not a date"},
	} {
		code, _, stderr := run(db, tt.args...)
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tt.args, code, stderr, tt.want)
		}
	}
}
