// Recursive calls that cannot be merged: fib with a call counter, so that no
// compiler may treat two calls with the same argument as one (LLVM merges
// them in the pure bench/fib.go).
package main

var calls int

func fib(n int) int {
	calls++
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	sum := 0
	for i := 30; i <= 35; i++ {
		sum += fib(i)
	}
	println("fibcount checksum", sum, calls)
}
