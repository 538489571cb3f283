package calc

import (
	"os"
	"testing"
)

func TestAdd(t *testing.T) {
	if Add(2, 3) != 5 {
		t.Fatal("Add(2, 3) != 5")
	}
}

func TestHalf(t *testing.T) {
	for _, c := range []struct{ in, want int }{{4, 2}, {5, 2}, {-4, -2}} {
		c := c
		t.Run("case", func(t *testing.T) {
			if got := half(c.in); got != c.want {
				t.Errorf("half(%d) = %d", c.in, got)
			}
		})
	}
}

func TestSkipped(t *testing.T) {
	t.Skip("not today")
}

// The test binary runs in the package's directory, as with go test.
func TestTestdata(t *testing.T) {
	data, err := os.ReadFile("testdata/input.txt")
	if err != nil || string(data) != "forty-two\n" {
		t.Fatalf("testdata/input.txt: %q %v", data, err)
	}
}
