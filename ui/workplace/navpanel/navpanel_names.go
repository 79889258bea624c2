package navpanel

import (
	"context"

	"interactions/data"
	"interactions/ui/background"
)

// navNameBlock is how many rows around a row without a name get their
// names in one store call: the visible rows take one or two calls, and a
// mode of fifty thousand subjects is never resolved at once for display.
const navNameBlock = 100

// navNameChunk is how many names one background step resolves when the
// search needs the names of every group of the mode.
const navNameChunk = 2000

// navNames caches the display names of the groups' references (subjects,
// contacts, employees: their kinds never clash, so one cache serves every
// mode). It is used on the UI goroutine only.
type navNames struct {
	known   map[data.Ref]string // resolved; "" when the record is gone
	folded  map[data.Ref]string // data.Fold of the known and stale names, for the search
	stale   map[data.Ref]string // names from before a change of the data, shown until read again
	pending map[data.Ref]bool   // asked for by the rows shown, on their way
	gen     int                 // bumped by forget; results of an older generation are dropped

	cancel  context.CancelFunc // stops the resolution of every name, when it runs
	fullGen int                // bumped by stopFull
	running bool
}

func newNavNames() navNames {
	return navNames{
		known:   map[data.Ref]string{},
		folded:  map[data.Ref]string{},
		stale:   map[data.Ref]string{},
		pending: map[data.Ref]bool{},
	}
}

// forget marks every name as possibly changed: the names stay on screen
// (and found by the search) but are read again.
func (n *navNames) forget() {
	n.stopFull()
	for r, s := range n.known {
		n.stale[r] = s
	}
	n.known, n.pending = map[data.Ref]string{}, map[data.Ref]bool{}
	n.gen++
}

// merge adds names read from the store.
func (n *navNames) merge(m map[data.Ref]string) {
	for r, s := range m {
		n.known[r] = s
		n.folded[r] = data.Fold(s)
		delete(n.stale, r)
	}
}

// stopFull stops the resolution of every name.
func (n *navNames) stopFull() {
	if n.cancel != nil {
		n.cancel()
		n.cancel = nil
	}
	n.running = false
	n.fullGen++
}

func (n *navNames) fullRunning() bool { return n.running }

// hasName reports whether a group's reference is shown by a name from the
// store; the zero references (no contact, no responsible) are not.
func hasName(r data.Ref) bool {
	return !r.IsZero() && r != data.NoContact && !(r.Kind == data.RefEmployee && r.ID == 0)
}

// requestNames reads, in the background, the names of the block of shown
// groups around position pos that are neither known nor on their way, and
// refreshes the list when they come.
func (p *Panel) requestNames(pos int) {
	start := pos / navNameBlock * navNameBlock
	end := min(start+navNameBlock, len(p.view))
	var refs []data.Ref
	for _, gi := range p.view[start:end] {
		r := p.groups[gi].Key.Ref
		if _, ok := p.names.known[r]; ok || !hasName(r) || p.names.pending[r] {
			continue
		}
		p.names.pending[r] = true
		refs = append(refs, r)
	}
	if len(refs) == 0 {
		return
	}
	gen := p.names.gen
	p.tasks.Run(func() func() {
		m := p.store.Names(refs)
		return func() {
			if gen != p.names.gen {
				return
			}
			for _, r := range refs {
				delete(p.names.pending, r)
			}
			p.names.merge(m)
			p.list.Refresh()
		}
	})
}

// resolveAll reads the names of every group of the mode that has none
// yet, navNameChunk at a time in the background, and applies the search
// again after each step, so that the matches appear as the names come and
// the window stays responsive.
func (p *Panel) resolveAll() {
	if p.names.running {
		return
	}
	var refs []data.Ref
	for _, g := range p.groups {
		r := g.Key.Ref
		if _, ok := p.names.known[r]; !ok && hasName(r) {
			refs = append(refs, r)
		}
	}
	if len(refs) == 0 {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	p.names.cancel, p.names.running = cancel, true
	gen, fullGen := p.names.gen, p.names.fullGen
	p.tasks.Run(func() func() {
		for start := 0; start < len(refs) && ctx.Err() == nil; start += navNameChunk {
			m := p.store.Names(refs[start:min(start+navNameChunk, len(refs))])
			background.Do(func() {
				if gen == p.names.gen && fullGen == p.names.fullGen {
					p.names.merge(m)
					p.applySearch()
				}
			})
		}
		return func() {
			if fullGen == p.names.fullGen {
				p.names.cancel, p.names.running = nil, false
				p.showStatus()
			}
		}
	})
}
