// Goroutines connected by channels: a prime sieve of chained filter
// goroutines (gc's test/chan/sieve1.go idea), fan-in of workers through
// one results channel, and a done channel to wait for them.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59{{ }}
// CHECK-NEXT:sum of squares 2870
// CHECK-NOT:{{.}}

package main

// Numbers up to limit, then close: every filter ends when its input does.
func generate(ch chan<- int, limit int) {
	for i := 2; i <= limit; i++ {
		ch <- i
	}
	close(ch)
}

func filter(in <-chan int, out chan<- int, prime int) {
	for i := range in {
		if i%prime != 0 {
			out <- i
		}
	}
	close(out)
}

func square(id int, jobs <-chan int, results chan<- int, done chan<- bool) {
	for j := range jobs {
		results <- j * j
	}
	done <- true
}

func main() {
	ch := make(chan int)
	go generate(ch, 60)
	for {
		prime, ok := <-ch
		if !ok {
			break
		}
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
