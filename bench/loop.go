// Integer loop arithmetic: multiply, shift, xor, divide and wrap-around in a
// tight loop, a xorshift generator feeding a checksum that is printed so the
// loop cannot be deleted.
package main

func mix(rounds int) uint64 {
	var x uint64 = 88172645463325252
	var sum uint64
	for i := 0; i < rounds; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		sum += x % 1000003
		sum = sum*31 + uint64(i&0xff)
	}
	return sum
}

func collatz(limit int) int {
	longest := 0
	for n := 1; n < limit; n++ {
		steps := 0
		for v := n; v != 1; steps++ {
			if v&1 == 0 {
				v >>= 1
			} else {
				v = 3*v + 1
			}
		}
		if steps > longest {
			longest = steps
		}
	}
	return longest
}

func main() {
	println("mix checksum", mix(100000000))
	println("collatz longest", collatz(1000000))
}
