// The first program to run with golly: `golly run examples/hello.go`.
// println writes to standard error, as in gc.
package main

func main() {
	println("hello, world")

	// A closure that captures total by reference.
	total := 0
	add := func(n int) {
		total += n
	}
	for i := 1; i <= 10; i++ {
		add(i)
	}
	println("1 + 2 + ... + 10 =", total)
}
