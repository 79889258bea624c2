package ui

import (
	"interactions/ui/internal/uitest"
	"testing"
)

func TestMain(m *testing.M) { uitest.Main(m) }

// settle waits until the list model has no store call running and has
// the total and status counts of its filter.
func settle(t *testing.T, m *listModel) {
	t.Helper()
	uitest.Pump(t, "the list to settle", func() bool {
		_, total := m.Total()
		_, counts := m.StatusCounts()
		return !m.Busy() && total && counts && !m.Loading()
	})
}
