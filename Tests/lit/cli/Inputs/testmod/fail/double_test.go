package double

import (
	"fmt"
	"testing"
)

func TestDouble(t *testing.T) {
	t.Run("two", func(t *testing.T) {
		if got := Double(2); got != 4 {
			t.Errorf("Double(2) = %d, want 4", got)
		}
	})
	t.Run("zero", func(t *testing.T) {})
}

func TestFine(t *testing.T) {}

func ExampleDouble() {
	fmt.Println(Double(1))
	// Output: 2
}
