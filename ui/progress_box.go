package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/format"
)

// progressBox is a note over a progress bar: what the upgrade window and
// the window's maintenance (restore, compact) show while they work on the
// database file.
type progressBox struct {
	note *widget.Label
	bar  *widget.ProgressBar
	busy *widget.ProgressBarInfinite // shown while the size of the step is not known
	box  *fyne.Container
}

func newProgressBox(note string) *progressBox {
	b := &progressBox{note: widget.NewLabel(note), bar: widget.NewProgressBar()}
	b.note.Wrapping = fyne.TextWrapWord
	// A wrapped label needs its width given: alone it would grow tall.
	b.box = container.NewVBox(container.NewGridWrap(fyne.NewSize(540, 80), b.note), b.bar)
	return b
}

// stop stops the moving bar, if one was shown.
func (u *progressBox) stop() {
	if u.busy != nil {
		u.busy.Stop()
	}
}

// set moves the bar to p; while the size of the step is not known (the
// start of an upgrade, a rebuild of the indexes) a moving bar shows.
func (u *progressBox) set(p data.Progress) {
	if p.Total <= 0 {
		if u.busy == nil {
			u.busy = widget.NewProgressBarInfinite()
			u.box.Add(u.busy)
		}
		u.bar.Hide()
		u.busy.Show()
		return
	}
	if u.busy != nil {
		u.busy.Hide()
	}
	u.bar.Show()
	u.bar.SetValue(float64(p.Done) / float64(p.Total))
	u.bar.TextFormatter = func() string {
		return lang.X("upgrade.progress", "{{.Done}} of {{.Total}} records",
			map[string]any{"Done": format.Count(p.Done), "Total": format.Count(p.Total)})
	}
	if strings.HasPrefix(p.What, "text") || p.What == "compact" { // not records: the bar shows a percentage
		u.bar.TextFormatter = nil
	}
	u.bar.Refresh()
}
