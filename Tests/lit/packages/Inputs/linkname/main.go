package main

import (
	_ "unsafe"

	"example.com/ln/hooks"
	"example.com/ln/impl"
)

//go:linkname twice main.double
func twice(x int) int

func double(x int) int { return 2 * x }

func main() {
	println(hooks.Value(), impl.Total(), twice(21))
}
