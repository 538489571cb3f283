// Recursive calls: the cost of a Go call and return. fib(32) .. fib(38) make
// about 330 million calls; the sum is printed so the work stays.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	sum := 0
	for i := 32; i <= 38; i++ {
		sum += fib(i)
	}
	println("fib checksum", sum)
}
