package list

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"interactions/data"
)

func TestColumnWidths(t *testing.T) {
	test.NewTempApp(t)
	cols := Columns(data.Options{UseReview: true, UseSubjects: true}, nil)
	for _, width := range []float32{0, 600, 1000, 1400, 2400} {
		ws := ColumnWidths(cols, width)
		sum := float32(len(cols)-1) * theme.Padding()
		for i, w := range ws {
			sum += w
			if w < cols[i].width {
				t.Errorf("width %v: column %d is %v, below its minimum %v", width, i, w, cols[i].width)
			}
			if cols[i].weight == 0 && w != cols[i].width {
				t.Errorf("width %v: fixed column %d is %v, want %v", width, i, w, cols[i].width)
			}
		}
		minimum := float32(len(cols)-1) * theme.Padding()
		for _, c := range cols {
			minimum += c.width
		}
		if width >= minimum && sum > width {
			t.Errorf("width %v: the columns take %v and scroll sideways", width, sum)
		}
		topic, contacts := ws[ColTopic], ws[colContacts] // in this order while no option hides one before them
		if width >= 1400 && topic <= contacts {
			t.Errorf("width %v: the topic (%v) is not the widest text column (contacts %v)", width, topic, contacts)
		}
	}
}
