//go:build !unix

package pdf_test

import "time"

// cpuTime is not measured here.
func cpuTime() time.Duration { return 0 }
