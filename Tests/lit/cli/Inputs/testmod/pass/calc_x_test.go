package calc_test

import (
	"fmt"
	"testing"

	"example.com/testmod/pass"
)

func ExampleAdd() {
	fmt.Println(calc.Add(1, 2))
	fmt.Println(calc.Add(-1, 1))
	// Output:
	// 3
	// 0
}

func ExampleAdd_unordered() {
	for _, n := range []int{3, 1, 2} {
		fmt.Println(calc.Add(n, 0))
	}
	// Unordered output: 1
	// 2
	// 3
}

// An example without an output comment is compiled, not run.
func ExampleAdd_notRun() {
	panic("not run")
}

func BenchmarkAdd(b *testing.B) {
	for i := 0; i < b.N; i++ {
		calc.Add(i, i)
	}
}

func TestParallel(t *testing.T) {
	for _, name := range []string{"a", "b"} {
		name := name
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if calc.Add(len(name), 0) != 1 {
				t.Fail()
			}
		})
	}
}
