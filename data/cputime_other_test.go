//go:build !unix

package data_test

import "time"

// cpuTime is not measured here.
func cpuTime() time.Duration { return 0 }

// maxRSS is not measured here.
func maxRSS() float64 { return 0 }
