package data

import (
	"sync"

	bolt "go.etcd.io/bbolt"
)

// nameCacheMax caps the names kept; past it the cache starts afresh.
const nameCacheMax = 200_000

// nameCache keeps the display names of catalog records (employees,
// partners, persons, subjects, free-text contacts) between reads, so that
// pages of the list do not decode the same deal again and again. Any save
// of a catalog record empties it; interactions' topics are not kept.
type nameCache struct {
	mu    sync.Mutex
	names map[Ref]string
}

func (c *nameCache) get(tx *bolt.Tx, r Ref) string {
	cacheable := r.Kind != RefInteraction
	if cacheable {
		c.mu.Lock()
		n, ok := c.names[r]
		c.mu.Unlock()
		if ok {
			return n
		}
	}
	n, err := refName(tx, r)
	if err != nil || !cacheable {
		return n
	}
	c.mu.Lock()
	if c.names == nil || len(c.names) >= nameCacheMax {
		c.names = make(map[Ref]string)
	}
	c.names[r] = n
	c.mu.Unlock()
	return n
}

// reset forgets every name, after a catalog record changed.
func (c *nameCache) reset() {
	c.mu.Lock()
	c.names = nil
	c.mu.Unlock()
}
