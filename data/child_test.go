package data_test

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"os/exec"
	"testing"
	"time"
)

// runChild runs the test binary again with only the test named child and
// env=path in its environment, and kills it (SIGKILL where there are
// signals) after a random wait of less than maxWait unless it ends first.
// It returns what the child printed and whether it was killed.
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
	select {
	case <-done:
	case <-time.After(time.Duration(rng.Int64N(int64(maxWait)))):
		cmd.Process.Kill()
		<-done
		killed = true
	}
	return buf.String(), killed
}
