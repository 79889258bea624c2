// Package session is the window's one open database as its screens share
// it: the store's settings as they are now, and the one signal that tells
// every open screen what changed. Whatever changes the data — a save, a
// bulk action, the demo load, and later the settings, imports and
// restores — calls Notify once; each screen rereads what concerns it.
package session

import (
	"time"

	"interactions/data"
)

// Change says what changed in the database; a set of bits.
type Change uint8

// What can change. A screen rereads only what it shows of them.
const (
	// Interactions were created, saved, marked, deleted or loaded.
	Interactions Change = 1 << iota
	// Catalogs changed: employees, partners, contact persons, subjects,
	// roles or additional attribute definitions.
	Catalogs
	// Settings changed: the functional options or the parameters.
	Settings
	// Purged: records marked for deletion were purged, and the file holds
	// the pages they took until it is compacted. Sent with the change of
	// what was purged.
	Purged

	// Everything is every kind of change, as after a demo load or a restore.
	Everything = Interactions | Catalogs | Settings
)

// Has reports whether c holds any change of what.
func (c Change) Has(what Change) bool { return c&what != 0 }

// Listener is an open screen: told on the UI goroutine what changed.
type Listener interface {
	Changed(Change)
}

// Store is what the session reads of the database.
type Store interface {
	Settings() data.Settings
}

// Session holds the settings of the open store and the screens to tell
// when something changes. It is used on the UI goroutine only.
type Session struct {
	store        Store
	settings     data.Settings
	now          func() time.Time
	listeners    []Listener
	openSettings func(data.Option)
}

// New opens a session on st with its current settings.
func New(st Store) *Session {
	return &Session{store: st, settings: st.Settings(), now: Clock(st)}
}

// Settings returns the settings as of the last change.
func (s *Session) Settings() data.Settings { return s.settings }

// Options returns the functional options as of the last change.
func (s *Session) Options() data.Options { return s.settings.Options }

// Now returns the time by the store's clock.
func (s *Session) Now() time.Time { return s.now() }

// Listen adds l to the screens told of changes.
func (s *Session) Listen(l Listener) { s.listeners = append(s.listeners, l) }

// Notify tells every listening screen that c changed, in the order they
// started listening, after rereading the settings when they changed.
func (s *Session) Notify(c Change) {
	if c.Has(Settings) {
		s.settings = s.store.Settings()
	}
	for _, l := range s.listeners {
		l.Changed(c)
	}
}

// OnOpenSettings sets what OpenSettings does; the window sets it to show
// the Settings screen at an option.
func (s *Session) OnOpenSettings(fn func(data.Option)) { s.openSettings = fn }

// OpenSettings shows the Settings screen at option o, for a screen that
// needs an option that is off; it does nothing until the window set it.
func (s *Session) OpenSettings(o data.Option) {
	if s.openSettings != nil {
		s.openSettings(o)
	}
}
