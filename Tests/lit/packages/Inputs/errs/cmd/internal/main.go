package main

import "example.com/errs/b"

func main() { println(b.B) }
