package editor

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/format"
	"interactions/ui/icons"
	"interactions/ui/problem"
	"interactions/ui/widgets"
)

// ChainView is the window of a chain or a subject: every interaction of
// it in time order, of all types, the unreviewed ones marked, with the
// counts. From it any member opens, a follow-up is created, or the
// selected one is marked reviewed.
type ChainView struct {
	Win      fyne.Window
	Subject  data.Ref
	Rows     []data.Row
	List     *widget.List
	Counts   *widget.Label
	Open     *widget.Button
	Reviewed *widget.Button
	FollowUp *widget.Button
	Selected int // the row selected, -1 for none

	m     *Editors
	tasks background.Tasks
}

// ShowChain opens the view of the chain or subject r, or brings the one
// open forward.
func (m *Editors) ShowChain(r data.Ref) {
	for _, v := range m.chains {
		if v.Subject == r {
			v.Win.RequestFocus()
			return
		}
	}
	v := &ChainView{m: m, Subject: r, Selected: -1}
	v.Win = fyne.CurrentApp().NewWindow(lang.X("chain.title", "Chain of interactions"))
	v.Counts = widget.NewLabel(lang.X("list.loading", "Loading…"))
	v.List = widget.NewList(func() int { return len(v.Rows) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, widget.NewIcon(theme.ListIcon()), nil, l)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { v.drawRow(i, o.(*fyne.Container)) })
	v.List.OnSelected = func(i widget.ListItemID) { v.Selected = i; v.enable() }
	v.Open = widget.NewButtonWithIcon(lang.X("chain.open", "Open"), theme.DocumentIcon(), v.openSelected)
	v.Reviewed = widget.NewButtonWithIcon(lang.X("chain.reviewed", "Mark reviewed"), theme.ConfirmIcon(), v.markReviewed)
	menu := fyne.NewMenu("")
	for _, t := range data.AllTypes {
		if m.sess.Options().TypeEnabled(t) {
			item := fyne.NewMenuItem(format.TypeTitle(t), func() { v.followUp(t) })
			item.Icon = icons.Type(t)
			menu.Items = append(menu.Items, item)
		}
	}
	v.FollowUp = widgets.NewMenuButton(lang.X("editor.followUp", "Create based on"), theme.ContentAddIcon(), menu, nil)
	if !m.sess.Options().Shows(data.PartReviewColumns) {
		v.Reviewed.Hide()
	}
	tools := container.NewHBox(v.Open, v.FollowUp, v.Reviewed)
	v.Win.SetContent(container.NewBorder(container.NewBorder(nil, nil, v.Counts, tools), nil, nil, nil, v.List))
	v.Win.Resize(fyne.NewSize(760, 520))
	v.Win.SetOnClosed(func() {
		for i, o := range m.chains {
			if o == v {
				m.chains = append(m.chains[:i], m.chains[i+1:]...)
				break
			}
		}
	})
	v.Win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyEscape:
			v.Win.Close()
		case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyF2:
			v.openSelected()
		}
	})
	m.chains = append(m.chains, v)
	v.enable()
	v.Reload()
	v.Win.Show()
}

// drawRow shows row i: the type icon, the date, the topic, the
// responsible; an unreviewed one in bold with a mark.
func (v *ChainView) drawRow(i int, c *fyne.Container) {
	if i >= len(v.Rows) {
		return
	}
	r := v.Rows[i]
	it := r.Interaction
	line := format.DateTime(it.Date) + "   " + it.Topic + "   " + r.Contacts + "   " + r.Responsible
	unreviewed := v.m.sess.Options().Shows(data.PartReviewColumns) && !it.Reviewed
	if unreviewed {
		line = lang.X("preview.chainUnreviewed", "● {{.Line}}", map[string]any{"Line": line})
	}
	l := c.Objects[0].(*widget.Label)
	l.TextStyle.Bold = unreviewed
	l.SetText(line)
	c.Objects[1].(*widget.Icon).SetResource(icons.Type(it.Type))
}

// Reload reads the chain again.
func (v *ChainView) Reload() {
	st, r := v.m.store, v.Subject
	background.Read(&v.tasks, context.Background(), func() ([]data.Row, error) {
		return st.Chain(context.Background(), r)
	}, func(rows []data.Row, err error) {
		if err != nil {
			v.Counts.SetText(lang.X("list.error", "Could not read the list: {{.Error}}", problem.Args(err)))
			return
		}
		v.Rows = rows
		unreviewed := 0
		for _, row := range rows {
			if !row.Interaction.Reviewed {
				unreviewed++
			}
		}
		text := format.InteractionCount(len(rows))
		if v.m.sess.Options().Shows(data.PartReviewColumns) {
			text = lang.X("chain.counts", "{{.All}}, {{.Unreviewed}} not reviewed",
				map[string]any{"All": text, "Unreviewed": format.Count(unreviewed)})
		}
		v.Counts.SetText(text)
		if len(rows) > 0 {
			v.Win.SetTitle(lang.X("group.chain", "Chain: {{.Topic}}", map[string]any{"Topic": rows[0].Interaction.Topic}))
		}
		if v.Selected >= len(rows) {
			v.Selected = -1
			v.List.UnselectAll()
		}
		v.List.Refresh()
		v.enable()
	})
}

// Busy reports whether the view still reads its chain.
func (v *ChainView) Busy() bool { return v.tasks.Busy() }

// enable lets the commands act only on a selected row.
func (v *ChainView) enable() {
	for _, b := range []*widget.Button{v.Open, v.Reviewed, v.FollowUp} {
		if v.Selected >= 0 && v.Selected < len(v.Rows) {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

// selected returns the interaction of the selected row.
func (v *ChainView) selected() (*data.Interaction, bool) {
	if v.Selected < 0 || v.Selected >= len(v.Rows) {
		return nil, false
	}
	return v.Rows[v.Selected].Interaction, true
}

func (v *ChainView) openSelected() {
	if it, ok := v.selected(); ok {
		v.m.Open(it.ID)
	}
}

func (v *ChainView) followUp(t data.InteractionType) {
	if it, ok := v.selected(); ok {
		v.m.FollowUp(it.ID, t, data.DirOutgoing)
	}
}

// markReviewed marks the selected interaction reviewed.
func (v *ChainView) markReviewed() {
	it, ok := v.selected()
	if !ok {
		return
	}
	st := v.m.store
	go func() {
		err := st.SetReviewed([]data.ID{it.ID}, true)
		background.Do(func() {
			if err != nil {
				widgets.ShowLoadError(v.Win, err)
				return
			}
			v.m.saved()
		})
	}()
}
