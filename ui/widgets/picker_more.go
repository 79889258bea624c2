package widgets

import (
	"context"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"

	"interactions/ui/background"
)

// MoreSource finds further choices for a search off the UI goroutine:
// the interactions whose chains a subject picker offers, say. It is not
// asked for a search shorter than two letters.
type MoreSource func(ctx context.Context, query string) ([]Choice, error)

// moreSearch is the state of a picker's search beyond its own choices.
type moreSearch struct {
	source MoreSource
	tasks  background.Tasks
	cancel context.CancelFunc
}

// SetMore makes the list ask more for choices beyond its own as the
// search changes; they show after its own once found, and an answer to
// an older search is dropped.
func (p *PickerList) SetMore(more MoreSource) {
	p.more = &moreSearch{source: more}
}

// Busy reports whether a search beyond the list's own choices has not
// answered yet.
func (p *PickerList) Busy() bool { return p.more != nil && p.more.tasks.Busy() }

// findMore asks the list's further source for query.
func (p *PickerList) findMore(query string) {
	m := p.more
	if m == nil {
		return
	}
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
	if len([]rune(strings.TrimSpace(query))) < 2 {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	background.Read(&m.tasks, ctx, func() ([]Choice, error) { return m.source(ctx, query) }, func(found []Choice, err error) {
		if err == nil && len(found) > 0 {
			p.shown = append(slices.Clip(FilterChoices(p.all, query)), found...)
			p.List.Refresh()
		}
		if len(p.shown) == 0 {
			p.Status.SetText(lang.X("filter.pick.none", "Nothing found"))
			p.Status.Show()
		} else {
			p.Status.Hide()
		}
	})
}
