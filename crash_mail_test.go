//go:build ci

package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// mailCrashTrials is how many times TestKilledMailImport kills an import;
// INTERACTIONS_MAIL_CRASH_TRIALS changes it.
const mailCrashTrials = 30

// mailCrashMessages is how many messages each killed import reads.
const mailCrashMessages = 600

// TestKilledMailImport kills `import eml FOLDER` (files written in groups,
// a transaction each) and `import mbox FILE` (one transaction) with
// SIGKILL after a random delay within the time a whole import takes.
// After each kill check must pass, an mbox must be wholly there or wholly
// absent, and importing the folder again must bring exactly the files
// that were missing: no file half there, none doubled.
func TestKilledMailImport(t *testing.T) {
	cli := programs(t)["interactions-cli"]
	dir := t.TempDir()
	env := []string{"LANG=en_US.UTF-8"}
	base := filepath.Join(dir, "base.db")
	if code, _, errOut := run(t, cli, env, "--db", base, "demo", "--size", "100", "--seed", "2", "--now", "2026-01-15"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	folder, mbox := mailCrashInput(t, dir)
	before := mailCount(t, cli, env, base)

	spans := map[string]time.Duration{}
	for _, kind := range []string{"eml", "mbox"} {
		db := filepath.Join(dir, "whole-"+kind+".db")
		copyFile(t, base, db)
		start := time.Now()
		if code, _, errOut := run(t, cli, env, "--db", db, "import", kind, mailCrashSource(kind, folder, mbox)); code != 0 {
			t.Fatalf("a whole import %s: %s", kind, errOut)
		}
		spans[kind] = time.Since(start)
		if n := mailCount(t, cli, env, db); n != before+mailCrashMessages {
			t.Fatalf("a whole import %s: %d interactions, want %d", kind, n, before+mailCrashMessages)
		}
	}

	trials := envInt(t, "INTERACTIONS_MAIL_CRASH_TRIALS", mailCrashTrials)
	tally := map[string]int{}
	for i := range trials {
		rng := rand.New(rand.NewPCG(uint64(i), 0x3a11))
		kind := []string{"eml", "mbox"}[i%2]
		db := filepath.Join(dir, "killed.db")
		copyFile(t, base, db)
		delay := time.Duration(rng.Int64N(int64(spans[kind])))
		cmd := exec.Command(cli, "--db", db, "import", kind, mailCrashSource(kind, folder, mbox))
		cmd.Env = append(os.Environ(), env...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Kill()
		cmd.Wait()
		if code, out, errOut := run(t, cli, env, "--db", db, "check"); code != 0 {
			t.Errorf("trial %d (%s, killed after %v): check: exit %d: %s%s", i, kind, delay, code, out, errOut)
			continue
		}
		got := mailCount(t, cli, env, db) - before
		outcome := ""
		switch {
		case kind == "mbox" && got != 0 && got != mailCrashMessages:
			t.Errorf("trial %d (mbox, killed after %v): %d of %d messages stored", i, delay, got, mailCrashMessages)
			continue
		case got == 0:
			outcome = kind + ": none stored"
		case got == mailCrashMessages:
			outcome = kind + ": all stored"
		default:
			outcome = kind + ": some files stored"
		}
		code, out, errOut := run(t, cli, env, "--db", db, "import", kind, mailCrashSource(kind, folder, mbox))
		if code != 0 {
			t.Errorf("trial %d (%s): import again: exit %d: %s", i, kind, code, errOut)
			continue
		}
		if n := mailCount(t, cli, env, db) - before; n != mailCrashMessages {
			t.Errorf("trial %d (%s, killed after %v with %d stored): %d messages after importing again, want %d:\n%.400s",
				i, kind, delay, got, n, mailCrashMessages, out)
		}
		tally[outcome]++
		t.Logf("trial %d, killed after %v: %s (%d)", i, delay.Round(time.Millisecond), outcome, got)
	}
	for k, n := range tally {
		t.Logf("  %-30s %d", k, n)
	}
}

func mailCrashSource(kind, folder, mbox string) string {
	if kind == "mbox" {
		return mbox
	}
	return folder
}

// mailCrashInput writes a folder of mailCrashMessages .eml files and an
// mbox of as many messages, made of the samples of data/mail.
func mailCrashInput(t *testing.T, dir string) (folder, mbox string) {
	t.Helper()
	var samples [][]byte
	for _, name := range []string{"utf8-alternative.eml", "cp1251-attachment.eml", "koi8r-nested.eml", "html-only.eml"} {
		raw, err := os.ReadFile(filepath.Join("data", "mail", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		samples = append(samples, raw)
	}
	folder = filepath.Join(dir, "mail")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	var box strings.Builder
	for i := range mailCrashMessages {
		msg := append(fmt.Appendf(nil, "Message-ID: <crash-%d@example.com>\r\n", i), samples[i%len(samples)]...)
		if err := os.WriteFile(filepath.Join(folder, fmt.Sprintf("%04d.eml", i)), msg, 0o644); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&box, "From x@example.com Mon Mar  9 10:00:00 2026\nMessage-ID: <box-%d@example.com>\n%s\n", i,
			strings.ReplaceAll(string(samples[i%len(samples)]), "\r\n", "\n"))
	}
	mbox = filepath.Join(dir, "big.mbox")
	if err := os.WriteFile(mbox, []byte(box.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return folder, mbox
}

var checkCount = regexp.MustCompile(`^ok: (\d+) interactions`)

// mailCount is how many interactions check counts in db.
func mailCount(t *testing.T, cli string, env []string, db string) int {
	t.Helper()
	code, out, errOut := run(t, cli, env, "--db", db, "check")
	m := checkCount.FindStringSubmatch(out)
	if code != 0 || m == nil {
		t.Fatalf("check: exit %d: %s%s", code, out, errOut)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}
