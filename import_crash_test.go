//go:build ci

package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// importEvents is how many events the killed import brings in.
const importEvents = 5000

// TestKilledImport kills `import ics` of a large file with SIGKILL at
// random moments (and right after the file's transaction id changes)
// at least 30 times. After each kill the database must open clean,
// check must pass, and the file's events must be all there or none.
func TestKilledImport(t *testing.T) {
	cli := programs(t)["interactions-cli"]
	dir := t.TempDir()
	env := []string{"LANG=en_US.UTF-8"}
	base := filepath.Join(dir, "base.db")
	if code, _, errOut := run(t, cli, env, "--db", base, "demo", "--size", "500", "--seed", "3", "--now", "2026-01-15"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	ics := filepath.Join(dir, "big.ics")
	writeBigICS(t, ics, importEvents)
	before, after := "ok: 500 interactions", fmt.Sprintf("ok: %d interactions", 500+importEvents)

	whole := filepath.Join(dir, "whole.db")
	copyFile(t, base, whole)
	start := time.Now()
	if code, out, errOut := run(t, cli, env, "--db", whole, "import", "ics", ics); code != 0 || !strings.Contains(out, fmt.Sprintf("%d new", importEvents)) {
		t.Fatalf("a whole import: exit %d: %s%s", code, out, errOut)
	}
	span := time.Since(start)
	if code, out, errOut := run(t, cli, env, "--db", whole, "check"); code != 0 || !strings.HasPrefix(out, after) {
		t.Fatalf("check of a whole import: exit %d: %s%s", code, out, errOut)
	}
	t.Logf("a whole import: %v", span.Round(time.Millisecond))

	trials := envInt(t, "INTERACTIONS_CRASH_TRIALS", 32)
	tally := map[string]int{}
	for i := range trials {
		rng := rand.New(rand.NewPCG(uint64(i), 0x1c5))
		db := filepath.Join(dir, "killed.db")
		copyFile(t, base, db)
		cmd := exec.Command(cli, "--db", db, "import", "ics", ics)
		cmd.Env = append(os.Environ(), env...)
		how := ""
		if i%4 == 0 {
			nth := 1 + (i/4)%2
			how = "at commit " + itoa(nth)
			watchCommits(cmd, db, nth)
		} else {
			delay := time.Duration(rng.Int64N(int64(span + span/10)))
			how = "after " + delay.Round(time.Millisecond).String()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(delay)
			cmd.Process.Kill()
			cmd.Wait()
		}
		code, out, errOut := run(t, cli, env, "--db", db, "check")
		outcome := ""
		switch {
		case code == 0 && strings.HasPrefix(out, before):
			outcome = "none of the file"
		case code == 0 && strings.HasPrefix(out, after):
			outcome = "all of the file"
		default:
			outcome = "FAIL"
			t.Errorf("trial %d, killed %s: check exit %d: %s%s", i, how, code, out, errOut)
		}
		tally[outcome]++
		t.Logf("trial %d, killed %s: %s", i, how, outcome)
	}
	t.Logf("%d kills: %v", trials, tally)
}

// writeBigICS writes n events, a few of them with attendees, in Moscow time.
func writeBigICS(t *testing.T, path string, n int) {
	t.Helper()
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n")
	day := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	for i := range n {
		at := day.Add(time.Duration(i) * 37 * time.Minute)
		fmt.Fprintf(&b, "BEGIN:VEVENT\r\nUID:crash-%d@example.com\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Europe/Moscow:%s\r\nDURATION:PT45M\r\nSUMMARY:Встреча номер %d\r\nLOCATION:Офис %d\r\nDESCRIPTION:Обсудить план\\nи сроки\r\n",
			i, at.Format("20060102T150405"), i, i%40)
		if i%10 == 0 {
			fmt.Fprintf(&b, "ATTENDEE;CN=Гость %d:mailto:guest%d@example.com\r\n", i%7, i%7)
		}
		b.WriteString("END:VEVENT\r\n")
	}
	b.WriteString("END:VCALENDAR\r\n")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
