// strings.Builder with strconv: number formatting into a growing string,
// the shape of log and report writers.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	total := 0
	for round := 0; round < 40; round++ {
		var b strings.Builder
		for i := 0; i < 100000; i++ {
			b.WriteString("item ")
			b.WriteString(strconv.Itoa(i * round))
			b.WriteByte(' ')
			b.WriteString(strconv.FormatFloat(float64(i)/7, 'f', 3, 64))
			b.WriteByte('\n')
		}
		total += len(b.String())
	}
	fmt.Println(total)
}
