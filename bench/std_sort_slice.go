// sort.Slice over structs with a closure comparing three keys (a total
// order, so every sort gives one result): reflect's Swapper and the
// closure call per comparison.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
	id   int
}

func main() {
	const n = 300000
	sum := 0
	for round := 0; round < 4; round++ {
		people := make([]person, n)
		x := uint32(12345 + round)
		for i := range people {
			x = x*1664525 + 1013904223
			people[i] = person{name: fmt.Sprint("p", x%1000), age: int(x>>8) % 90, id: i}
		}
		sort.Slice(people, func(i, j int) bool {
			if people[i].age != people[j].age {
				return people[i].age < people[j].age
			}
			if people[i].name != people[j].name {
				return people[i].name < people[j].name
			}
			return people[i].id < people[j].id
		})
		sum += people[0].id + people[n/2].age + people[n-1].id
	}
	fmt.Println(sum)
}
