package bulk

import (
	"errors"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/background"
	"interactions/ui/format"

	"interactions/ui/session"

	"interactions/ui/problem"
	"interactions/ui/widgets"
)

// Store is what the bulk actions need of the store. Each action is one
// call on every selected interaction; the store runs it in transactions
// of 20 000 and tells OnBulkProgress after each.
type Store interface {
	widgets.SubjectSource
	Settings() data.Settings
	Employees() ([]data.Employee, error)
	// AnyWithout tells the toggles of Ctrl+R and Delete whether any of
	// the selection lacks the flag, from the records' flags alone.
	AnyWithout(ids []data.ID, flag data.InteractionFlag) (bool, error)
	// Count tells the purge confirmation how many are marked.
	Count(f data.Filter) (int, error)
	// List reads the first marked ones, for the purge confirmation to list.
	List(q data.Query) (data.Page, error)

	SetReviewed(ids []data.ID, reviewed bool) error
	SetReviewAfter(ids []data.ID, t time.Time) error
	SetResponsible(ids []data.ID, emp data.ID) error
	SetSubject(ids []data.ID, subject data.Ref) error
	MarkDeleted(ids []data.ID, deleted bool) error
	Purge() (int, error)
	OnBulkProgress(fn func(done, total int))
}

// Bar is the row of bulk actions over the selection of the list:
// "Selected: N", mark reviewed, a review menu (review after a preset or a
// chosen time, mark unreviewed), set responsible…, set subject…, and a
// deletion menu (mark for deletion, clear the mark, purge the marked). The actions that need a selection are
// disabled while none is; reviewing and subjects hide with their options.
// Store calls run on goroutines of their own; the bar reports back on the
// UI goroutine and then calls OnDone.
type Bar struct {
	// Content is the bar to place on the screen.
	Content fyne.CanvasObject
	// OnDone is called on the UI goroutine after every store call of an
	// action, failed or not, so the screen reads the list again.
	OnDone func()
	// Now is the clock of the review-after presets and of the check that
	// a chosen time is in the future: the store's clock.
	Now func() time.Time

	count          *widget.Label
	Reviewed       *widget.Button
	ReviewAfter    *widget.Button // opens ReviewMenu
	Responsible    *widget.Button
	Subject        *widget.Button
	Deletion       *widget.Button // opens DeletionMenu
	ReviewMenu     *fyne.Menu     // the presets, "Date and time…", UnreviewedItem
	UnreviewedItem *fyne.MenuItem // mark unreviewed
	DeletionMenu   *fyne.Menu
	MarkItem       *fyne.MenuItem // mark for deletion
	UnmarkItem     *fyne.MenuItem // clear the deletion mark
	PurgeItem      *fyne.MenuItem // purge the marked…

	// The dialog each action opened last (for tests).
	custom      *reviewAfterDialog
	responsible *responsibleDialog
	subject     *subjectDialog
	purge       *purgeDialog
	mark        *markDialog

	// UndoButton takes back the last change of deletion marks.
	UndoButton *widget.Button
	last       *markStep // the change UndoButton takes back
	// OnShowMarked is called when the purge dialog's "Show them" is
	// tapped: the screen shows the marked interactions.
	OnShowMarked func()
	// OnPurged is called after a purge of the marked interactions.
	OnPurged func()

	store    Store
	win      fyne.Window
	Selected func() []data.ID
	n        int
	running  int              // store calls not yet reported back
	loads    background.Tasks // catalogs read for the dialogs, not yet reported back
	opts     data.Options
}

// Working reports whether a bulk change is being written: the store must
// stay open until it is reported back.
func (b *Bar) Working() bool { return b.running > 0 }

// New builds the bar; selected returns the ids of the selected
// interactions when an action runs.
func New(st Store, win fyne.Window, selected func() []data.ID) *Bar {
	b := &Bar{store: st, win: win, Selected: selected, Now: session.Clock(st)}
	b.count = widget.NewLabel("")
	b.Reviewed = widget.NewButtonWithIcon(lang.X("bulk.markReviewed", "Mark reviewed"), theme.ConfirmIcon(), func() { b.setReviewed(true) })
	b.UnreviewedItem = fyne.NewMenuItem(lang.X("bulk.markUnreviewed", "Mark unreviewed"), func() { b.setReviewed(false) })
	b.ReviewMenu = b.newReviewMenu()
	b.ReviewMenu.Items = append(b.ReviewMenu.Items, fyne.NewMenuItemSeparator(), b.UnreviewedItem)
	b.ReviewAfter = widgets.NewMenuButton(lang.X("bulk.reviewAfter", "Review after"), theme.HistoryIcon(), b.ReviewMenu, b.refreshReviewMenu)
	b.Responsible = widget.NewButtonWithIcon(lang.X("bulk.responsible", "Responsible…"), theme.AccountIcon(), b.openResponsible)
	b.Subject = widget.NewButtonWithIcon(lang.X("bulk.subject", "Subject…"), theme.FolderIcon(), b.openSubject)

	b.MarkItem = fyne.NewMenuItem(lang.X("bulk.markDeleted", "Mark for deletion (Del)"), func() { b.setDeleted(true) })
	b.MarkItem.Icon = theme.DeleteIcon()
	b.UnmarkItem = fyne.NewMenuItem(lang.X("bulk.clearDeleted", "Clear deletion mark"), func() { b.setDeleted(false) })
	b.UnmarkItem.Icon = theme.ContentUndoIcon()
	b.PurgeItem = fyne.NewMenuItem(lang.X("bulk.purge", "Purge marked…"), b.openPurge)
	b.DeletionMenu = fyne.NewMenu("", b.MarkItem, b.UnmarkItem, fyne.NewMenuItemSeparator(), b.PurgeItem)
	b.Deletion = widgets.NewMenuButton(lang.X("bulk.deletion", "Deletion"), theme.DeleteIcon(), b.DeletionMenu, nil)

	b.UndoButton = widget.NewButtonWithIcon("", theme.ContentUndoIcon(), b.Undo)
	b.UndoButton.Importance = widget.LowImportance
	b.UndoButton.Hide()

	// A narrow window drops the labels of the actions, the least used
	// first, and keeps their icons.
	b.Content = widgets.NewLeadingToolRow([]fyne.CanvasObject{b.count, b.Reviewed, b.ReviewAfter, b.Responsible, b.Subject, b.Deletion, b.UndoButton},
		b.Subject, b.Responsible, b.ReviewAfter, b.Reviewed, b.Deletion, b.UndoButton)
	b.Reload()
	b.SetSelectionCount(0)
	st.OnBulkProgress(func(done, total int) { background.Do(func() { b.showProgress(done, total) }) })
	return b
}

// showProgress says how far the action under way has come, in the place
// of "Selected: N", which comes back when it ends.
func (b *Bar) showProgress(done, total int) {
	if b.running == 0 {
		return
	}
	b.count.SetText(lang.X("bulk.progress", "Done: {{.Done}} of {{.Total}}…",
		map[string]any{"Done": format.Count(done), "Total": format.Count(total)}))
}

// Reload reads the options again: the review actions show while the
// reviewed flag is used, the subject action while subjects are.
func (b *Bar) Reload() {
	b.opts = b.store.Settings().Options
	widgets.ShowIf(b.Reviewed, b.opts.Shows(data.PartReviewActions))
	widgets.ShowIf(b.ReviewAfter, b.opts.Shows(data.PartReviewActions))
	widgets.ShowIf(b.Subject, b.opts.Shows(data.PartSubjectField))
}

// SetSelectionCount shows "Selected: N"; the actions on the selection are
// disabled at 0.
func (b *Bar) SetSelectionCount(n int) {
	b.n = n
	b.count.SetText(lang.X("bulk.selected", "Selected: {{.count}}", map[string]any{"Count": format.Count(n)}))
	b.updateEnabled()
}

// updateEnabled enables the actions that can run now: those on the
// selection need one, and none runs while a store call is under way.
func (b *Bar) updateEnabled() {
	on := b.n > 0 && b.running == 0
	for _, btn := range []*widget.Button{b.Reviewed, b.ReviewAfter, b.Responsible, b.Subject} {
		if on {
			btn.Enable()
		} else {
			btn.Disable()
		}
	}
	b.MarkItem.Disabled, b.UnmarkItem.Disabled, b.UnreviewedItem.Disabled = !on, !on, !on
	b.PurgeItem.Disabled = b.running > 0
	if b.running > 0 {
		b.Deletion.Disable()
	} else {
		b.Deletion.Enable()
	}
	b.DeletionMenu.Refresh()
	b.ReviewMenu.Refresh()
}

// ids returns a copy of the selection, or nil when the bar cannot act.
func (b *Bar) ids() []data.ID {
	if b.running > 0 || b.Selected == nil {
		return nil
	}
	return slices.Clone(b.Selected())
}

// run calls call on a goroutine of its own, then on the UI goroutine shows
// its error, naming the action, and calls OnDone.
func (b *Bar) run(action string, call func() error) { b.runThen(action, call, nil) }

// runThen is run that calls then, when set, after a call that succeeded.
func (b *Bar) runThen(action string, call func() error, then func()) {
	b.running++
	b.updateEnabled()
	go func() {
		err := call()
		background.Do(func() {
			b.running--
			b.SetSelectionCount(b.n) // in the place of the progress
			b.updateEnabled()
			if err != nil {
				fyne.LogError("Bulk action failed: "+action, err)
				dialog.ShowError(errors.New(lang.X("bulk.failed", "“{{.Action}}” failed: {{.Error}}",
					actionArgs(action, err))), b.win)
			}
			if b.OnDone != nil {
				b.OnDone()
			}
			if err == nil && then != nil {
				then()
			}
		})
	}()
}

// setReviewed marks the selection reviewed or unreviewed.
func (b *Bar) setReviewed(reviewed bool) {
	ids := b.ids()
	if len(ids) == 0 || !b.opts.Shows(data.PartReviewActions) {
		return
	}
	action := lang.X("bulk.markUnreviewed", "Mark unreviewed")
	if reviewed {
		action = lang.X("bulk.markReviewed.action", "Mark reviewed")
	}
	st := b.store
	b.run(action, func() error { return st.SetReviewed(ids, reviewed) })
}

// ToggleReviewed is Ctrl+R: when any selected interaction is unreviewed,
// all become reviewed; when all are reviewed, all become unreviewed.
// Nothing happens while the reviewed flag is not used.
func (b *Bar) ToggleReviewed() {
	ids := b.ids()
	if len(ids) == 0 || !b.opts.Shows(data.PartReviewActions) {
		return
	}
	st := b.store
	b.run(lang.X("bulk.toggleReviewed", "Mark reviewed / unreviewed"), func() error {
		flag, err := st.AnyWithout(ids, data.FlagReviewed)
		if err != nil {
			return err
		}
		return st.SetReviewed(ids, flag)
	})
}

// SelectionText is what the bar says of the selection ("3 selected"), ""
// when nothing is selected.
func (b *Bar) SelectionText() string { return b.count.Text }

// actionArgs is the template data of a failed bulk action: its name and
// the translated problem.
func actionArgs(action string, err error) map[string]any {
	a := problem.Args(err)
	a["Action"] = action
	return a
}
