package main

import "example.com/errs/cyc/a"

func main() { println(a.A) }
