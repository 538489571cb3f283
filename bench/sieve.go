// The concurrent prime sieve (gc's test/chan/sieve1.go): a generator
// goroutine and one filter goroutine per prime, connected by unbuffered
// channels, so every number passes through a chain of handoffs between
// goroutines. Measures goroutine switches and channel operations.
package main

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum := 0
	for i := 0; i < 2000; i++ {
		prime := <-ch
		sum += prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	println("sieve checksum", sum)
}
