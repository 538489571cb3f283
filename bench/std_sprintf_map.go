// fmt.Sprintf building map keys, then lookups: formatting and string
// hashing.
package main

import "fmt"

func main() {
	m := make(map[string]int)
	for i := 0; i < 300000; i++ {
		m[fmt.Sprintf("key-%d-%x", i, i*7)] = i
	}
	hits := 0
	for round := 0; round < 3; round++ {
		for i := 0; i < 300000; i += 3 {
			if v, ok := m[fmt.Sprintf("key-%d-%x", i, i*7)]; ok && v == i {
				hits++
			}
		}
	}
	fmt.Println(len(m), hits)
}
