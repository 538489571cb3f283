// Slices and maps: build a slice by append, sort-free histogram into a map
// of string keys, and sum through both.
package main

func key(i int) string {
	b := []byte("k-")
	for i > 0 {
		b = append(b, byte('a'+i%26))
		i /= 26
	}
	return string(b)
}

func main() {
	var xs []int
	for i := 0; i < 3000000; i++ {
		xs = append(xs, (i*7919)%100003)
	}
	sum := 0
	for _, x := range xs {
		sum += x
	}
	counts := make(map[string]int)
	for i := 0; i < 1000000; i++ {
		counts[key(xs[i]%50000)]++
	}
	total := 0
	for k, v := range counts {
		total += v * len(k)
	}
	println("slicemap checksum", sum, len(counts), total)
}
