package reports

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/widgets"
)

// PartnerChooser is the several-partner choice of the contact reports: a
// search over a list of partners, each with a check box.
type PartnerChooser struct {
	Search  *widgets.EscEntry
	List    *widget.List
	Summary *widget.Label
	Clear   *widget.Button
	// Chosen holds the ids of the checked partners.
	Chosen  map[data.ID]bool
	all     []data.Partner
	shown   []data.Partner
	content fyne.CanvasObject
}

// NewPartnerChooser returns an empty chooser.
func NewPartnerChooser() *PartnerChooser {
	c := &PartnerChooser{Search: widgets.NewEscEntry(), Summary: widget.NewLabel(""), Chosen: map[data.ID]bool{}}
	c.Search.SetPlaceHolder(lang.X("reports.partners.search", "Find a partner"))
	c.Search.OnChanged = func(string) { c.filter() }
	c.List = widget.NewList(func() int { return len(c.shown) },
		func() fyne.CanvasObject { return widget.NewCheck("", nil) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			chk := o.(*widget.Check)
			p := c.shown[i]
			chk.OnChanged = nil
			chk.Text = p.Name
			chk.Checked = c.Chosen[p.ID]
			chk.Refresh()
			chk.OnChanged = func(on bool) { c.Set(p.ID, on) }
		})
	c.Clear = widget.NewButton(lang.X("reports.partners.clear", "Clear"), func() {
		c.Chosen = map[data.ID]bool{}
		c.List.Refresh()
		c.summarize()
	})
	c.content = container.NewBorder(c.Search, container.NewBorder(nil, nil, nil, c.Clear, c.Summary), nil, nil, c.List)
	c.summarize()
	return c
}

// SetPartners offers partners, keeping the chosen ones that remain.
func (c *PartnerChooser) SetPartners(ps []data.Partner) {
	c.all = slices.Clone(ps)
	slices.SortStableFunc(c.all, func(a, b data.Partner) int { return strings.Compare(data.Fold(a.Name), data.Fold(b.Name)) })
	for id := range c.Chosen {
		if !slices.ContainsFunc(c.all, func(p data.Partner) bool { return p.ID == id }) {
			delete(c.Chosen, id)
		}
	}
	c.filter()
}

// Set checks or unchecks a partner.
func (c *PartnerChooser) Set(id data.ID, on bool) {
	if on {
		c.Chosen[id] = true
	} else {
		delete(c.Chosen, id)
	}
	c.summarize()
}

// IDs returns the chosen partners' ids in list order.
func (c *PartnerChooser) IDs() []data.ID {
	var out []data.ID
	for _, p := range c.all {
		if c.Chosen[p.ID] {
			out = append(out, p.ID)
		}
	}
	return out
}

func (c *PartnerChooser) filter() {
	q := data.Fold(strings.TrimSpace(c.Search.Text))
	c.shown = c.shown[:0]
	for _, p := range c.all {
		if q == "" || strings.Contains(data.Fold(p.Name), q) {
			c.shown = append(c.shown, p)
		}
	}
	c.List.Refresh()
}

func (c *PartnerChooser) summarize() {
	if len(c.Chosen) == 0 {
		c.Summary.SetText(lang.X("reports.partners.none", "No partner checked: every partner of the group and kind"))
		return
	}
	c.Summary.SetText(lang.X("reports.partners.some", "Partners checked: {{.Count}}", map[string]any{"Count": len(c.Chosen)}))
}
