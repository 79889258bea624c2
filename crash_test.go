//go:build ci

package main

import (
	"encoding/binary"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// crashTrials is how many times TestKilledDemoLoad kills a demo load;
// INTERACTIONS_CRASH_TRIALS changes it.
const crashTrials = 32

// crashSize is the size of the demo load the test kills.
const crashSize = "100000"

// TestKilledDemoLoad kills `demo --size 100000` with SIGKILL, half of the
// trials right after the file's transaction id changes (a commit: the
// n-th one, n going round the load's commits), half after a random delay
// within the time a whole load takes, each from a fixed seed. After each
// kill, check must either refuse the file naming the unfinished load and
// `discard` as the way out, or pass with every row (or none, when the load
// had not begun); after the way out, demo must succeed again.
func TestKilledDemoLoad(t *testing.T) {
	cli := programs(t)["interactions-cli"]
	dir := t.TempDir()
	env := []string{"LANG=en_US.UTF-8"}
	demoArgs := func(db string) []string {
		return []string{"--db", db, "demo", "--size", crashSize, "--seed", "5", "--now", "2026-01-15"}
	}

	// One whole load: how long it takes and how many commits it makes.
	whole := filepath.Join(dir, "whole.db")
	start := time.Now()
	cmd := exec.Command(cli, demoArgs(whole)...)
	cmd.Env = append(os.Environ(), env...)
	commits := watchCommits(cmd, whole, -1)
	span := time.Since(start)
	if cmd.ProcessState == nil || !cmd.ProcessState.Success() {
		t.Fatalf("a whole demo load failed: %v", cmd.ProcessState)
	}
	if code, out, errOut := run(t, cli, env, "--db", whole, "check"); code != 0 || !strings.HasPrefix(out, "ok: "+crashSize+" ") {
		t.Fatalf("check of a whole load: exit %d: %s%s", code, out, errOut)
	}
	t.Logf("a whole load: %d commits seen", commits)

	trials := envInt(t, "INTERACTIONS_CRASH_TRIALS", crashTrials)
	tally := map[string]int{}
	for i := range trials {
		rng := rand.New(rand.NewPCG(uint64(i), 0xc4a54))
		db := filepath.Join(dir, "killed.db")
		os.Remove(db)
		cmd := exec.Command(cli, demoArgs(db)...)
		cmd.Env = append(os.Environ(), env...)
		how := ""
		if i%2 == 0 {
			nth := 1 + (i/2)%max(commits, 1)
			how = "at commit " + itoa(nth)
			watchCommits(cmd, db, nth)
		} else {
			delay := time.Duration(rng.Int64N(int64(span)))
			how = "after " + delay.Round(time.Millisecond).String()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(delay)
			cmd.Process.Kill()
			cmd.Wait()
		}
		outcome := crashOutcome(t, cli, env, db)
		tally[outcome]++
		t.Logf("trial %d, killed %s: %s", i, how, outcome)
		if strings.HasPrefix(outcome, "FAIL") {
			t.Errorf("trial %d, killed %s: %s", i, how, outcome)
			continue
		}
		if outcome != "finished: check ok with every row" {
			if code, _, errOut := run(t, cli, env, "--db", db, "demo", "--size", "2000", "--now", "2026-01-15"); code != 0 {
				t.Errorf("trial %d: demo after the way out: exit %d: %s", i, code, errOut)
			}
		}
	}
	t.Logf("%d kills:", trials)
	for k, n := range tally {
		t.Logf("  %-60s %d", k, n)
	}
}

// crashOutcome opens a killed load's file with check, takes the way out
// it offers, and names what happened; an outcome starting with FAIL is a
// failure.
func crashOutcome(t *testing.T, cli string, env []string, db string) string {
	code, out, errOut := run(t, cli, env, "--db", db, "check")
	switch {
	case strings.Contains(errOut, "goroutine ") || strings.Contains(errOut, "panic"):
		return "FAIL: a panic: " + errOut
	case code == 2 && strings.Contains(errOut, "does not exist"):
		return "no file yet"
	case code == 1 && strings.Contains(errOut, "the file is empty"):
		return "an empty file (refused)"
	case code == 0 && strings.HasPrefix(out, "ok: 0 interactions"):
		return "no load begun: check ok, empty"
	case code == 0 && strings.HasPrefix(out, "ok: "+crashSize+" interactions"):
		return "finished: check ok with every row"
	case code == 1 && strings.Count(errOut, "\n") == 1 && strings.Contains(errOut, "loading demo data") &&
		strings.Contains(errOut, "did not finish") && strings.Contains(errOut, "discard"):
		for _, args := range [][]string{{"list", "--limit", "1"}, {"list", "--group", "type"}} {
			if c, _, e := run(t, cli, env, append([]string{"--db", db}, args...)...); c != 1 || !strings.Contains(e, "did not finish") {
				return "FAIL: check refused the file, but " + strings.Join(args, " ") + " did not: exit " + itoa(c) + " " + e
			}
		}
		if c, o, e := run(t, cli, env, "--db", db, "discard"); c != 0 || !strings.Contains(o, "discarded") {
			return "FAIL: discard: exit " + itoa(c) + ": " + o + e
		}
		if c, o, e := run(t, cli, env, "--db", db, "check"); c != 0 || !strings.HasPrefix(o, "ok: 0 interactions") {
			return "FAIL: check after discard: exit " + itoa(c) + ": " + o + e
		}
		return "refused naming the unfinished load; discard emptied it"
	}
	return "FAIL: check: exit " + itoa(code) + ": " + out + errOut
}

// watchCommits runs cmd and polls db's meta pages; it kills the process
// right after the nth change of the transaction id (never, for nth < 0)
// and returns how many changes it saw.
func watchCommits(cmd *exec.Cmd, db string, nth int) int {
	if err := cmd.Start(); err != nil {
		return 0
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	seen, last := 0, uint64(0)
	for {
		select {
		case <-done:
			return seen
		default:
		}
		if id := txid(db); id != last {
			seen, last = seen+1, id
			if seen == nth {
				cmd.Process.Kill()
				<-done
				return seen
			}
		}
		time.Sleep(200 * time.Microsecond)
	}
}

// txid reads the higher transaction id of a bbolt file's two meta pages;
// 0 when the file is missing or short.
func txid(db string) uint64 {
	f, err := os.Open(db)
	if err != nil {
		return 0
	}
	defer f.Close()
	var best uint64
	for _, off := range []int64{0, 4096} {
		var b [80]byte
		if _, err := f.ReadAt(b[:], off); err == nil {
			best = max(best, binary.LittleEndian.Uint64(b[64:]))
		}
	}
	return best
}

func itoa(n int) string { return strconv.Itoa(n) }
