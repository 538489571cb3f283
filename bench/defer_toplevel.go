// A function with one top-level defer, called in a loop: the seed's
// stack-allocated defer record (gc open-codes this defer since Go 1.14).
package main

var sink int

func work(i int) (r int) {
	defer func() {
		r += i & 7
	}()
	return i >> 1
}

func main() {
	sum := 0
	for i := 0; i < 50000000; i++ {
		sum += work(i)
	}
	println("defer_toplevel checksum", sum)
}
