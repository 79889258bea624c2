//go:build unix

package data_test

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the test process has used so far, user
// and system: on a machine shared with other work it measures the cost
// of a benchmark better than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// maxRSS is the most memory the test process has held at once, in
// megabytes (its peak resident set size).
func maxRSS() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // kilobytes on Linux
}
