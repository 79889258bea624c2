package workplace

import (
	"interactions/ui/internal/uitest"
	"interactions/ui/list"
	"testing"
)

func TestMain(m *testing.M) { uitest.Main(m) }

// readItem waits until row i of m is read and returns it.
func readItem(t *testing.T, m *list.Model, i int) list.Item {
	t.Helper()
	var it list.Item
	uitest.Pump(t, "row to be read", func() bool {
		it = m.Item(i)
		return it.Ok
	})
	return it
}
