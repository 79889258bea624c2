// Package background runs the screens' store calls off the UI goroutine
// and brings their answers back to it, dropping the answers nobody waits
// for any more. Every screen and widget that reads the store in the
// background goes through it, so tests replace one function (Do) to run
// the answers on their own goroutine.
package background

import (
	"context"

	"fyne.io/fyne/v2"
)

// Do runs fn on the UI goroutine. It is fyne.Do in the program; tests
// replace it to queue the answers for their own goroutine.
var Do = fyne.Do

// Tasks counts the background calls of one owner (a list model, a panel)
// that have not reported back yet. The zero value is ready to use; it is
// used on the UI goroutine only.
type Tasks struct {
	running int
}

// Busy reports whether a call of t has not reported back yet.
func (t *Tasks) Busy() bool { return t.running > 0 }

// Run calls work on a goroutine of its own and the function work returns
// on the UI goroutine.
func (t *Tasks) Run(work func() (report func())) {
	t.running++
	go func() {
		report := work()
		Do(func() {
			t.running--
			if report != nil {
				report()
			}
		})
	}()
}

// Read calls read on a goroutine of its own and gives its answer to done
// on the UI goroutine. When ctx is done by then, the answer is stale (its
// filter, segment or request was replaced) and done is not called.
func Read[T any](t *Tasks, ctx context.Context, read func() (T, error), done func(T, error)) {
	t.Run(func() func() {
		v, err := read()
		return func() {
			if ctx.Err() == nil {
				done(v, err)
			}
		}
	})
}
