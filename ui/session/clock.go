package session

import (
	"time"

	"interactions/data"
)

// Clock returns the clock of the store: the Now field of the real
// store (tests fix it), or the wall clock for any other implementation.
func Clock(st any) func() time.Time {
	if s, ok := st.(*data.Store); ok {
		return func() time.Time {
			if s.Now != nil {
				return s.Now()
			}
			return time.Now()
		}
	}
	return time.Now
}
