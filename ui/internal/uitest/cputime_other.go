//go:build !unix

package uitest

import "time"

// CPUTime is zero where the processor time of the process is not read.
func CPUTime() time.Duration { return 0 }
