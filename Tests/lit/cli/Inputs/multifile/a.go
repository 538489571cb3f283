package main

// Package-level initialization spans files: a depends on b, declared in b.go.
var a = b * 2

func init() {
	println("init in a.go", a, b)
}

func main() {
	println("main", describe(a))
}
