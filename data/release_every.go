package data

import "time"

// ReleaseEvery lets the file's mapped pages go (ReleaseMapped) every
// interval until stop is called, on a goroutine of its own; stop returns
// once that goroutine has ended. A release that fails leaves the pages
// mapped: more memory, nothing else.
func (s *Store) ReleaseEvery(every time.Duration) (stop func()) {
	done := make(chan struct{})
	ended := make(chan struct{})
	go func() {
		defer close(ended)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				s.ReleaseMapped()
			}
		}
	}()
	return func() {
		close(done)
		<-ended
	}
}
