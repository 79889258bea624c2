package interop_test

import (
	"testing"

	"interactions/ui/internal/uitest"
)

func TestMain(m *testing.M) { uitest.Main(m) }
