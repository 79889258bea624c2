package list

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// columnWidthsPref is the preference that keeps the widths the user gave
// columns by dragging the gaps between their headers, as
// "key=width,key=width" with the columns' keys (Column.Key).
const columnWidthsPref = "list.columnWidths"

// minUserWidth is the narrowest a user's drag leaves a column.
const minUserWidth = 24

// UserColumnWidths returns the widths the user gave columns, by key.
func UserColumnWidths() map[string]float32 {
	out := map[string]float32{}
	for _, part := range strings.Split(fyne.CurrentApp().Preferences().String(columnWidthsPref), ",") {
		k, v, ok := strings.Cut(part, "=")
		w, err := strconv.ParseFloat(v, 32)
		if ok && k != "" && err == nil && w >= minUserWidth {
			out[k] = float32(w)
		}
	}
	return out
}

// SetUserColumnWidths keeps the widths the user gave columns; an empty
// map forgets them all.
func SetUserColumnWidths(ws map[string]float32) {
	keys := make([]string, 0, len(ws))
	for k := range ws {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + strconv.Itoa(int(math.Round(float64(ws[k]))))
	}
	fyne.CurrentApp().Preferences().SetString(columnWidthsPref, strings.Join(parts, ","))
}

// withUserWidths returns cols with the user's widths applied: a column
// the user sized keeps that width, the others share what is left.
func withUserWidths(cols []Column, user map[string]float32) []Column {
	out := slices.Clone(cols)
	for i, c := range out {
		if w, ok := user[c.Key]; ok {
			out[i].width, out[i].weight = w, 0
		}
	}
	return out
}

// MouseUp ends a click on the table; after a drag of a gap between
// headers it keeps the widths the user gave the columns, so they come
// back at the next start.
func (t *Table) MouseUp(e *desktop.MouseEvent) {
	t.Table.MouseUp(e)
	if t.resizing {
		t.resizing = false
		t.noteUserWidths()
	}
}

// noteUserWidths compares the headers' widths with the ones the table
// gave them: a header of another width was resized by the user, and its
// width is kept by its column's key.
func (t *Table) noteUserWidths() {
	changed := false
	for _, h := range t.headers {
		if h.col < 0 || h.col >= len(t.Cols) || h.col >= len(t.widths) || !h.Visible() {
			continue
		}
		w := h.Size().Width
		if w <= 0 || float32(math.Abs(float64(w-t.widths[h.col]))) < 1 {
			continue
		}
		t.userWidths[t.Cols[h.col].Key] = max(w, minUserWidth)
		changed = true
	}
	if changed {
		SetUserColumnWidths(t.userWidths)
		t.fit(t.width)
		t.Refresh()
	}
}

// ResizeColumn gives column col the width w as the user's drag of its
// header's edge does, and keeps it.
func (t *Table) ResizeColumn(col int, w float32) {
	if col < 0 || col >= len(t.Cols) {
		return
	}
	t.userWidths[t.Cols[col].Key] = max(w, minUserWidth)
	SetUserColumnWidths(t.userWidths)
	t.fit(t.width)
	t.Refresh()
}

// ResetColumnWidths forgets the widths the user gave columns: they share
// the table's width again.
func (t *Table) ResetColumnWidths() {
	t.userWidths = map[string]float32{}
	SetUserColumnWidths(t.userWidths)
	t.fit(t.width)
	t.Refresh()
}

// Widths returns the widths the columns have now.
func (t *Table) Widths() []float32 { return slices.Clone(t.widths) }
