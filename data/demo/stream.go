package demo

import (
	"fmt"
	"time"

	"interactions/data"
)

// Stream makes the same data as Generate, but hands the interactions out
// a batch of whole days at a time, oldest first, so that a million of
// them never sit in memory at once: what follow-ups need of earlier
// batches is kept apart, a few dozen bytes an interaction.
type Stream struct {
	g *generator
}

// streamBatch is the least number of interactions Next returns, but at
// the end.
const streamBatch = 4096

// NewStream makes the catalogs for o and prepares the interactions.
func NewStream(o Options) (*Stream, error) {
	if o.Size < 0 || o.Size > MaxSize {
		return nil, fmt.Errorf("%w: size %d is outside 0..%d", ErrOptions, o.Size, MaxSize)
	}
	lx, err := lexiconFor(o.Lang)
	if err != nil {
		return nil, err
	}
	if o.Now.IsZero() {
		o.Now = time.Now().Truncate(time.Minute)
	}
	o.Now = o.Now.Round(0)
	g := newGenerator(o, lx)
	g.buildCatalogs()
	g.buildSubjects()
	g.buildPools()
	g.startInteractions()
	g.bases = make([]baseInfo, o.Size+1)
	return &Stream{g: g}, nil
}

// Catalogs returns the dataset without its interactions: settings,
// employees, partners, persons, subjects and attributes.
func (s *Stream) Catalogs() *data.Dataset { return s.g.ds }

// Next returns the next interactions, ids in order from 1, or nil when
// all of them are made.
func (s *Stream) Next() ([]data.Interaction, error) {
	return s.g.nextDays(streamBatch), nil
}
