// Goroutines connected by channels: a prime sieve of chained filter
// goroutines (gc's test/chan/sieve1.go idea), fan-in of workers through
// one results channel, and a done channel to wait for them.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2 3 5 7 11 13 17 19 23 29{{ }}
// CHECK-NEXT:sum of squares 2870
// CHECK-NOT:{{.}}

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

func square(id int, jobs <-chan int, results chan<- int, done chan<- bool) {
	for j := range jobs {
		results <- j * j
	}
	done <- true
}

func main() {
	ch := make(chan int)
	go generate(ch)
	for i := 0; i < 10; i++ {
		prime := <-ch
		print(prime, " ")
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	println()

	jobs := make(chan int, 100)
	results := make(chan int, 100)
	done := make(chan bool)
	for w := 0; w < 4; w++ {
		go square(w, jobs, results, done)
	}
	for i := 1; i <= 20; i++ {
		jobs <- i
	}
	close(jobs)
	for w := 0; w < 4; w++ {
		<-done
	}
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	println("sum of squares", sum)
}
