// A function with two defers inside a loop: heap records from the runtime's
// pool (runtime.deferproc), as in the seed.
package main

func work(i int) (r int) {
	for j := 0; j < 2; j++ {
		defer func() {
			r += j + i&3
		}()
	}
	return i & 15
}

func main() {
	sum := 0
	for i := 0; i < 10000000; i++ {
		sum += work(i)
	}
	println("defer_loop checksum", sum)
}
