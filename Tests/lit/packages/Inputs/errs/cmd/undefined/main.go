package main

import "example.com/errs/util"

func main() {
	println(util.Upper("a"), util.lower("b"))
}
