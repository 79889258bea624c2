package navpanel

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/format"
)

// navRow is one item of the panel's list: the group's name, a line with
// its count and last date, and the badge with the unreviewed count.
type navRow struct {
	box       *fyne.Container
	name      *widget.Label
	detail    *widget.RichText
	badge     *fyne.Container
	badgeText *canvas.Text
	badgeBack *canvas.Rectangle
}

// newList makes the virtual list of "All" and the groups shown.
func (p *Panel) newList() *widget.List {
	rows := map[fyne.CanvasObject]*navRow{}
	l := widget.NewList(
		func() int { return 1 + len(p.view) },
		func() fyne.CanvasObject {
			r, obj := newNavRow()
			rows[obj] = r
			return obj
		},
		func(id widget.ListItemID, obj fyne.CanvasObject) {
			if r := rows[obj]; r != nil {
				p.updateRow(id, r)
			}
		})
	l.OnSelected = p.pick
	return l
}

func newNavRow() (*navRow, fyne.CanvasObject) {
	r := &navRow{name: widget.NewLabel("")}
	r.name.Truncation = fyne.TextTruncateEllipsis
	r.detail = widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyle{
		ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText, Inline: true}})
	r.detail.Truncation = fyne.TextTruncateEllipsis
	r.badgeText = canvas.NewText("", theme.Color(theme.ColorNameForegroundOnPrimary))
	r.badgeText.TextStyle.Bold = true
	r.badgeText.TextSize = theme.CaptionTextSize()
	r.badgeBack = canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	r.badgeBack.CornerRadius = theme.CaptionTextSize()
	r.badge = container.NewStack(r.badgeBack, container.New(layout.NewCustomPaddedLayout(1, 1, 6, 6), r.badgeText))
	// The count line sits under the name, pulled up into the labels' padding.
	pad := theme.InnerPadding()
	detail := container.New(layout.NewCustomPaddedLayout(-pad-theme.Padding(), -pad/2, 0, 0), r.detail)
	right := container.New(layout.NewCustomPaddedLayout(0, 0, 0, theme.Padding()), container.NewCenter(r.badge))
	r.box = container.NewBorder(nil, nil, nil, right, container.NewVBox(r.name, detail))
	return r, r.box
}

// setDetail shows the line under the name.
func (r *navRow) setDetail(text string) {
	seg := r.detail.Segments[0].(*widget.TextSegment)
	if seg.Text != text {
		seg.Text = text
		r.detail.Refresh()
	}
}

// updateRow shows item id: 0 is "All", the others the groups shown.
func (p *Panel) updateRow(id widget.ListItemID, r *navRow) {
	r.badgeText.Color = theme.Color(theme.ColorNameForegroundOnPrimary)
	r.badgeBack.FillColor = theme.Color(theme.ColorNamePrimary)
	pos := id - 1
	if id == 0 || pos >= len(p.view) {
		r.name.SetText(lang.X("navpanel.all", "All"))
		r.setDetail("")
		r.badge.Hide()
		return
	}
	g := p.groups[p.view[pos]]
	name, known := p.groupName(g)
	if !known {
		p.requestNames(pos)
	}
	r.name.SetText(name)
	detail := format.InteractionCount(g.Count)
	if !g.Last.IsZero() {
		detail += " · " + navFormatDate(g.Last)
	}
	r.setDetail(detail)
	if p.Review && g.Unreviewed > 0 {
		r.badgeText.Text = format.Count(g.Unreviewed)
		r.badge.Show()
	} else {
		r.badge.Hide()
	}
	r.box.Refresh() // the badge's width follows its text
}

// groupName returns the name a group is shown by, and whether it is
// final: a name not read yet shows as the old one or "…".
func (p *Panel) groupName(g data.Group) (string, bool) {
	m := p.modes[p.cur]
	switch {
	case m.by.Kind == data.GroupAttr:
		return attrValueName(m.attr, g.Key.AttrValue), true
	case g.Key.Ref.IsZero(), g.Key.Ref == data.NoContact:
		return lang.X("navpanel.noContact", "(no contact)"), true
	case !hasName(g.Key.Ref):
		return lang.X("navpanel.noResponsible", "(no responsible)"), true
	}
	if n, ok := p.names.known[g.Key.Ref]; ok {
		if n == "" {
			return lang.X("navpanel.notFound", "(not found)"), true
		}
		return n, true
	}
	if n, ok := p.names.stale[g.Key.Ref]; ok && n != "" {
		return n, false
	}
	return "…", false
}

// attrValueName shows an attribute's value (in canonical form) the way
// the user knows it: the list option's name, Yes or No, a date in the
// format of the language; "" is the group without a value.
func attrValueName(d data.AttrDef, v string) string {
	if v == "" {
		return lang.X("navpanel.noValue", "(no value)")
	}
	switch d.Type {
	case data.AttrList:
		if id, err := strconv.ParseUint(v, 10, 64); err == nil {
			if o, ok := d.Option(data.ID(id)); ok {
				return o.Name
			}
		}
	case data.AttrBool:
		switch v {
		case "true":
			return lang.X("navpanel.yes", "Yes")
		case "false":
			return lang.X("navpanel.no", "No")
		}
	case data.AttrDate:
		if t, err := time.Parse(time.DateOnly, v); err == nil {
			return t.Format(lang.X("format.date", "2006-01-02"))
		}
	}
	return v
}

// navFormatDate writes the day of t in the date format of the interface
// language (ru 02.01.2006, en 2006-01-02), in local time; "" for zero.
func navFormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Local().Format(lang.X("format.date", "2006-01-02"))
}
