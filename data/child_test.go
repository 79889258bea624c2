package data_test

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// runChild runs the test binary again with only the test named child and
// env=path in its environment, and kills it (SIGKILL where there are
// signals) after a random wait of less than maxWait unless it ends first;
// with rng nil it lets the child run to its end (within the two minutes
// of the context). It returns what the child printed and whether it was killed.
func runChild(t *testing.T, child, env, path string, rng *rand.Rand, maxWait time.Duration) (out string, killed bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^"+child+"$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), env+"="+path)
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var kill <-chan time.Time // nil: never
	if rng != nil {
		kill = time.After(time.Duration(rng.Int64N(int64(maxWait))))
	}
	select {
	case <-done:
	case <-kill:
		cmd.Process.Kill()
		<-done
		killed = true
	}
	return buf.String(), killed
}

// killUntilDone runs the child (see runChild) over path again and again,
// up to rounds times, until one prints "RESULT "+done; round, if not nil,
// is called after each child with the round's number. A child that
// prints "RESULT error" fails the test. It returns how many children
// were killed.
func killUntilDone(t *testing.T, child, env, path, done string, rounds int, maxWait time.Duration, round func(i int)) (killed int) {
	t.Helper()
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 1))
	t.Logf("seed %d", seed)
	for i := 0; i < rounds; i++ {
		out, k := runChild(t, child, env, path, rng, maxWait)
		if k {
			killed++
		}
		if round != nil {
			round(i)
		}
		if strings.Contains(out, "RESULT error") {
			t.Fatalf("round %d: the child failed: %s", i, out)
		}
		if strings.Contains(out, "RESULT "+done) {
			break
		}
	}
	return killed
}
