package main

import "example.com/errs/broken"

func main() { println(broken.F()) }
