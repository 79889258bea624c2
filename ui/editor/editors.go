// Package editor holds the editors of interactions: one window for each
// interaction open, with every field of its type (SPEC 2), opened on an
// existing interaction from the list, the preview or a chain, or on a new
// one from Create or "create based on"; and the chain (subject) view.
// Several editors may be open at once; a save tells every screen through
// the session at once.
package editor

import (
	"context"
	"slices"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/format"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// Store is what the editors need of the store.
type Store interface {
	widgets.SubjectSource
	Settings() data.Settings
	Employees() ([]data.Employee, error)
	Partners() ([]data.Partner, error)
	Persons() ([]data.Person, error)
	SavePartner(p *data.Partner) error
	SavePerson(p *data.Person) error
	AttrDefs() []data.AttrDef
	NewInteraction(t data.InteractionType, dir data.Direction) *data.Interaction
	FollowUp(base *data.Interaction, t data.InteractionType, dir data.Direction) *data.Interaction
	Interaction(id data.ID) (*data.Interaction, error)
	SaveEdited(it *data.Interaction) error
	SaveBlob(b []byte) (data.ID, error)
	DropBlobs(ids []data.ID) error
	Blob(id data.ID) ([]byte, error)
	Names(refs []data.Ref) map[data.Ref]string
	Chain(ctx context.Context, r data.Ref) ([]data.Row, error)
	List(q data.Query) (data.Page, error)
	ChainSize(r data.Ref) (int, error)
	SetReviewed(ids []data.ID, reviewed bool) error
}

// Editors opens the editor windows and the chain views and keeps the
// open ones. It is used on the UI goroutine.
type Editors struct {
	store Store
	sess  *session.Session
	win   fyne.Window // the main window: error messages before an editor opens

	open   []*Editor
	chains []*ChainView

	reading sync.Mutex // held while the shared catalogs are read: one read at a time
	mu      sync.Mutex // guards what the loads share
	shared  *shared    // the catalogs every editor offers, nil until read
	version int        // counts the changes of the catalogs and settings

	// OnOpened is called with each editor once its window is shown.
	OnOpened func(*Editor)
}

// New returns the editors of st; saves are told through sess.
func New(st Store, sess *session.Session, win fyne.Window) *Editors {
	m := &Editors{store: st, sess: sess, win: win}
	opts := sess.Options()
	go m.readShared(opts) // ready before the first editor opens
	return m
}

// Open opens the editor of the interaction id; when one is open already
// it comes forward.
func (m *Editors) Open(id data.ID) {
	for _, e := range m.open {
		if e.it.ID == id {
			e.Win.RequestFocus()
			return
		}
	}
	m.OpenAnother(id)
}

// OpenAnother opens one more editor of the interaction id, even when one
// is open already: two editors of one interaction save in turn, and the
// second save is refused.
func (m *Editors) OpenAnother(id data.ID) {
	st := m.store
	m.load(func() (*data.Interaction, error) { return st.Interaction(id) })
}

// Create opens the editor of a new interaction of type t.
func (m *Editors) Create(t data.InteractionType, dir data.Direction) {
	st := m.store
	if dir == data.DirNone && (t == data.TypeCall || t == data.TypeEmail) {
		dir = data.DirOutgoing
	}
	m.load(func() (*data.Interaction, error) { return st.NewInteraction(t, dir), nil })
}

// FollowUp opens the editor of a new interaction of type t created based
// on the interaction base: it joins base's chain. A reply to an e-mail
// starts with the mail's text quoted under an attribution line.
func (m *Editors) FollowUp(base data.ID, t data.InteractionType, dir data.Direction) {
	st := m.store
	m.load(func() (*data.Interaction, error) {
		b, err := st.Interaction(base)
		if err != nil {
			return nil, err
		}
		it := st.FollowUp(b, t, dir)
		if it.Email != nil && b.Email != nil {
			it.Email.Body = data.QuotedReply(replyHeader(b), b.Email)
		}
		return it, nil
	})
}

// replyHeader is the attribution line above the quoted text of mail it:
// when it was written and by whom.
func replyHeader(it *data.Interaction) string {
	from := it.Email.From
	if from == "" {
		from = lang.X("editor.reply.unknownSender", "the sender")
	}
	return lang.X("editor.reply.header", "On {{.Date}}, {{.From}} wrote:",
		map[string]any{"Date": format.DateTime(it.Date), "From": from})
}

// load reads the interaction and the catalogs off the UI goroutine, then
// shows the editor.
func (m *Editors) load(read func() (*data.Interaction, error)) {
	st := m.store
	opts := m.sess.Options()
	go func() {
		it, err := read()
		var c *catalogs
		if err == nil {
			var sh *shared
			if sh, err = m.readShared(opts); err == nil {
				c, err = readCatalogs(st, it, opts, sh)
			}
		}
		background.Do(func() {
			if err != nil {
				widgets.ShowLoadError(m.win, err)
				return
			}
			e := newEditor(m, it, c)
			m.open = append(m.open, e)
			e.Win.Show()
			e.Win.Canvas().Focus(e.Topic)
			if m.OnOpened != nil {
				m.OnOpened(e)
			}
		})
	}()
}

// Editors returns the open editors, oldest first.
func (m *Editors) Editors() []*Editor { return slices.Clone(m.open) }

// Chains returns the open chain views, oldest first.
func (m *Editors) Chains() []*ChainView { return slices.Clone(m.chains) }

// closed forgets an editor whose window closed.
func (m *Editors) closed(e *Editor) {
	m.open = slices.DeleteFunc(m.open, func(o *Editor) bool { return o == e })
}

// saved tells every screen that interactions changed, and the open chain
// views to read their chains again.
func (m *Editors) saved() {
	m.sess.Notify(session.Interactions)
}

// readShared returns the catalogs every editor offers, read once and
// kept until they change; it runs off the UI goroutine.
func (m *Editors) readShared(opts data.Options) (*shared, error) {
	m.reading.Lock() // a second load waits for the read under way
	defer m.reading.Unlock()
	m.mu.Lock()
	sh, version := m.shared, m.version
	m.mu.Unlock()
	if sh != nil {
		return sh, nil
	}
	sh, err := readShared(m.store, opts)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	if m.version == version { // nothing changed while it was read
		m.shared = sh
	}
	m.mu.Unlock()
	return sh, nil
}

// Changed reads the chain views again after interactions changed, and
// forgets the catalogs the editors share after they or the settings
// changed.
func (m *Editors) Changed(c session.Change) {
	if c.Has(session.Catalogs | session.Settings) {
		m.mu.Lock()
		m.shared, m.version = nil, m.version+1
		m.mu.Unlock()
	}
	if !c.Has(session.Interactions | session.Catalogs) {
		return
	}
	for _, v := range m.chains {
		v.Reload()
	}
}

// Close closes every editor and chain view without asking, as the main
// window closes.
func (m *Editors) Close() {
	for _, e := range slices.Clone(m.open) {
		e.Win.Close()
	}
	for _, v := range slices.Clone(m.chains) {
		v.Win.Close()
	}
}
