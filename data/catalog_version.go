package data

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// versioned is a catalog record with a version stamp: it counts the
// record's saves, so that an editor saves only over the version it read.
type versioned interface {
	version() *uint64
}

func (e *Employee) version() *uint64 { return &e.Ver }
func (p *Partner) version() *uint64  { return &p.Ver }
func (r *Role) version() *uint64     { return &r.Ver }
func (p *Person) version() *uint64   { return &p.Ver }
func (d *Deal) version() *uint64     { return &d.Ver }
func (c *Claim) version() *uint64    { return &c.Ver }
func (e *Event) version() *uint64    { return &e.Ver }
func (o *Order) version() *uint64    { return &o.Ver }
func (d *AttrDef) version() *uint64  { return &d.Ver }

// stamp checks that the stored record id of b is still of the version v
// was read at, and gives v the next version. A record that is not stored
// yet starts at version 1. It returns ErrChanged, naming what, when
// someone saved the record since it was read.
func stamp(b *bolt.Bucket, bucket []byte, what string, id ID, v any) error {
	vr, ok := v.(versioned)
	if !ok {
		return nil
	}
	var stored struct {
		Ver uint64 `json:"ver"`
	}
	if raw := b.Get(id.key()); raw != nil {
		if err := json.Unmarshal(raw, &stored); err != nil {
			return recordDamaged(bucket, id, err)
		}
		if stored.Ver != *vr.version() {
			return fmt.Errorf("%s %d: %w", what, id, ErrChanged)
		}
	}
	*vr.version() = stored.Ver + 1
	return nil
}

// bumpVersion gives v the version after the one stored under id in b,
// for the writers that replace a record without an editor's read (an
// import, a merge): an editor open on it then cannot save over them.
func bumpVersion(b *bolt.Bucket, id ID, v any) {
	vr, ok := v.(versioned)
	if !ok {
		return
	}
	var stored struct {
		Ver uint64 `json:"ver"`
	}
	if raw := b.Get(id.key()); raw != nil {
		json.Unmarshal(raw, &stored)
	}
	*vr.version() = stored.Ver + 1
}
