package list

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/format"
)

// The kinds of columns of the interaction list (SPEC 3), in display order;
// additional attribute columns (ColAttr) follow the fixed ones.
const (
	ColDate = iota
	colType
	colDirection
	ColTopic
	colContacts
	colSubject
	colResponsible
	colReviewed
	colReviewAfter
	ColAttr
)

// attrColumnsPref is the preference that keeps the ids of the additional
// attributes shown as columns, comma separated.
const attrColumnsPref = "list.attrColumns"

// Column describes one column: what it shows, its header and width.
// Icon and date columns have a fixed width; text columns share what is
// left by weight, down to their minimum width. Icon columns have no
// header text.
type Column struct {
	Kind     int
	Key      string       // names the column in the preferences: "topic", "attr:7"
	attr     data.AttrDef // the attribute of a ColAttr column
	Title    string
	width    float32 // the fixed width, or the minimum of a shared one
	weight   float32 // the share of the free width; 0 for a fixed column
	SortKey  data.SortKey
	Sortable bool
}

// Columns returns the columns the options show, with the chosen
// additional attributes at the end (in the order the user set, if any), their headers translated and widths
// measured in the current theme. The reviewed and review-after columns
// need the reviewed flag, the subject column the subjects, attribute
// columns the additional attributes.
func Columns(o data.Options, attrs []data.AttrDef) []Column {
	dateW := textColumnWidth(format.DateTime(format.SampleDate))
	iconW := theme.IconInlineSize() + 2*theme.Padding()
	cols := []Column{
		{Kind: ColDate, Title: lang.X("column.date", "Date"), width: dateW, SortKey: data.SortDate, Sortable: true},
		{Kind: colType, width: iconW, SortKey: data.SortType, Sortable: true},
		{Kind: colDirection, width: iconW, SortKey: data.SortDirection, Sortable: true},
		{Kind: ColTopic, Title: lang.X("column.topic", "Topic"), width: 160, weight: 0.38, SortKey: data.SortTopic, Sortable: true},
		{Kind: colContacts, Title: lang.X("column.contacts", "Contacts"), width: 100, weight: 0.26, SortKey: data.SortContacts, Sortable: true},
	}
	if o.Shows(data.PartSubjectColumn) {
		cols = append(cols, Column{Kind: colSubject, Title: lang.X("column.subject", "Subject"), width: 100, weight: 0.20, SortKey: data.SortSubject, Sortable: true})
	}
	cols = append(cols, Column{Kind: colResponsible, Title: lang.X("column.responsible", "Responsible"), width: 100, weight: 0.16, SortKey: data.SortResponsible, Sortable: true})
	if o.Shows(data.PartReviewColumns) {
		cols = append(cols,
			Column{Kind: colReviewed, width: iconW, SortKey: data.SortReviewed, Sortable: true},
			Column{Kind: colReviewAfter, Title: lang.X("column.reviewAfter", "Review after"), width: dateW, SortKey: data.SortReviewAfter, Sortable: true})
	}
	if o.Shows(data.PartAttrColumns) {
		for _, d := range attrs {
			c := Column{Kind: ColAttr, attr: d, Title: d.Name, width: 90, weight: 0.12, SortKey: data.AttrSortKey(d.ID), Sortable: true}
			if d.Type == data.AttrDate || d.Type == data.AttrBool {
				c.width, c.weight = textColumnWidth(formatDay(format.SampleDate)), 0
			}
			cols = append(cols, c)
		}
	}
	for i := range cols {
		cols[i].Key = columnKey(cols[i])
		if cols[i].Title != "" { // headers are never cut
			cols[i].width = max(cols[i].width, textColumnWidth(cols[i].Title)+theme.IconInlineSize())
		}
	}
	return orderColumns(cols, ColumnOrder())
}

// columnKeys name the fixed columns in the preferences.
var columnKeys = map[int]string{ColDate: "date", colType: "type", colDirection: "direction", ColTopic: "topic",
	colContacts: "contacts", colSubject: "subject", colResponsible: "responsible", colReviewed: "reviewed",
	colReviewAfter: "reviewAfter"}

// columnKey names column c in the preferences; an attribute column by
// its attribute's id.
func columnKey(c Column) string {
	if c.Kind == ColAttr {
		return "attr:" + strconv.FormatUint(uint64(c.attr.ID), 10)
	}
	return columnKeys[c.Kind]
}

// textColumnWidth is the width of a column that shows text whole in bold,
// with a little room to spare: a label truncates text that misses its
// width by a fraction of a pixel.
func textColumnWidth(text string) float32 {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return float32(math.Ceil(float64(l.MinSize().Width))) + theme.Padding()
}

// ColumnWidths shares width among the columns: fixed ones keep theirs,
// the others split the rest by weight, none narrower than its minimum
// (the table scrolls sideways when the window is too narrow for them).
func ColumnWidths(cols []Column, width float32) []float32 {
	free := width - float32(len(cols)-1)*theme.Padding() - 1 // cells are one padding apart
	out := make([]float32, len(cols))
	shared := map[int]bool{}
	var weights float32
	for i, c := range cols {
		out[i] = c.width
		if c.weight == 0 {
			free -= c.width
		} else {
			shared[i] = true
			weights += c.weight
		}
	}
	// A column whose share is below its minimum takes the minimum and
	// leaves the share; the rest split what remains.
	for changed := true; changed; {
		changed = false
		for i := range shared {
			if free*cols[i].weight/weights < cols[i].width {
				delete(shared, i)
				free -= cols[i].width
				weights -= cols[i].weight
				changed = true
			}
		}
	}
	for i := range shared {
		out[i] = float32(math.Floor(float64(free * cols[i].weight / weights)))
	}
	return out
}

// formatDay writes the day of t in the date format of the interface
// language (ru 02.01.2006, en 2006-01-02), in local time; "" for zero.
func formatDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Local().Format(lang.X("format.date", "2006-01-02"))
}

// FormatAttrValue shows an attribute value (canonical form) the way the
// user knows it: a list option's name, Yes or No, a date in the format of
// the language, a number with the language's decimal mark.
func FormatAttrValue(d data.AttrDef, v string) string {
	switch {
	case v == "":
		return ""
	case d.Type == data.AttrList:
		if id, err := strconv.ParseUint(v, 10, 64); err == nil {
			if o, ok := d.Option(data.ID(id)); ok {
				return o.Name
			}
		}
	case d.Type == data.AttrBool:
		if v == "true" {
			return lang.X("list.yes", "Yes")
		}
		return lang.X("list.no", "No")
	case d.Type == data.AttrDate:
		if t, err := time.ParseInLocation(time.DateOnly, v, time.Local); err == nil {
			return formatDay(t)
		}
	case d.Type == data.AttrNumber:
		return format.Decimal(v)
	}
	return v
}

// AttrValueOf returns the canonical value of attribute id on it, "" for none.
func AttrValueOf(it *data.Interaction, id data.ID) string {
	for _, a := range it.Attrs {
		if a.Attr == id {
			return a.Value
		}
	}
	return ""
}

// ChosenAttrColumns returns the ids of the attributes the user shows as
// columns, from the app's preferences.
func ChosenAttrColumns() []data.ID {
	var ids []data.ID
	for _, s := range strings.Split(fyne.CurrentApp().Preferences().String(attrColumnsPref), ",") {
		if id, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64); err == nil {
			ids = append(ids, data.ID(id))
		}
	}
	return ids
}

// SetChosenAttrColumns keeps the ids of the attributes shown as columns.
func SetChosenAttrColumns(ids []data.ID) {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatUint(uint64(id), 10)
	}
	fyne.CurrentApp().Preferences().SetString(attrColumnsPref, strings.Join(parts, ","))
}

// AttrColumnDefs returns the definitions of the chosen attribute columns,
// in the order of defs; attributes since removed are left out.
func AttrColumnDefs(defs []data.AttrDef, chosen []data.ID) []data.AttrDef {
	var out []data.AttrDef
	for _, d := range defs {
		if slices.Contains(chosen, d.ID) {
			out = append(out, d)
		}
	}
	return out
}

// ColumnsChooser is the dialog of the "Columns…" button: a check per
// additional attribute, on for those shown as columns.
type ColumnsChooser struct {
	Checks []*widget.Check
	defs   []data.AttrDef
	Dialog dialog.Dialog

	content   *fyne.Container   // the parts of the dialog, one under another
	attrsPart fyne.CanvasObject // the checks of the attribute columns
	Order     *OrderEditor      // the order of the columns, once AddOrder added it
}

// NewColumnsChooser builds the dialog over the attribute definitions;
// apply gets the ids checked when the user confirms.
func NewColumnsChooser(defs []data.AttrDef, chosen []data.ID, win fyne.Window, apply func([]data.ID)) *ColumnsChooser {
	c := &ColumnsChooser{defs: defs}
	box := container.NewVBox()
	for _, d := range defs {
		ch := widget.NewCheck(d.Name, nil)
		ch.SetChecked(slices.Contains(chosen, d.ID))
		c.Checks = append(c.Checks, ch)
		box.Add(ch)
	}
	if len(defs) == 0 {
		box.Add(widget.NewLabel(lang.X("columns.none", "There are no additional attributes yet.")))
	}
	c.attrsPart = c.scroll(box)
	c.content = container.NewVBox(c.attrsPart)
	c.Dialog = dialog.NewCustomConfirm(lang.X("columns.title", "Columns"), lang.X("button.ok", "OK"),
		lang.X("button.cancel", "Cancel"), c.content, func(ok bool) {
			if !ok {
				return
			}
			if c.Order != nil {
				SetColumnOrder(c.Order.Keys())
			}
			apply(c.checked())
		}, win)
	return c
}

// scroll puts the checks in a scroll as tall as they are, up to
// chooserMaxHeight: a dialog gives a bare scroll the height of one row.
func (c *ColumnsChooser) scroll(box *fyne.Container) *container.Scroll {
	s := container.NewVScroll(box)
	s.SetMinSize(fyne.NewSize(max(box.MinSize().Width, 280), min(box.MinSize().Height, chooserMaxHeight)))
	return s
}

// chooserMaxHeight is the tallest the list of checks of the columns
// dialog gets before it scrolls.
const chooserMaxHeight = 360

// checked returns the ids of the attributes checked.
func (c *ColumnsChooser) checked() []data.ID {
	var ids []data.ID
	for i, ch := range c.Checks {
		if ch.Checked {
			ids = append(ids, c.defs[i].ID)
		}
	}
	return ids
}
