package main

import "example.com/errs/nope"

func main() { nope.F() }
