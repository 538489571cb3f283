package main

var b = seed()

func seed() int {
	println("seed in b.go")
	return 21
}

func init() {
	println("init in b.go")
}

func describe(n int) string {
	if n == 42 {
		return "the answer"
	}
	return "something else"
}
