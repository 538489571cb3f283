package main

import (
	"example.com/order/b"
	"example.com/order/a"
	"example.com/order/c"
)

var M = c.Trace("main.M", a.A+b.Y)

func init() { println("main.init", M) }

func main() { println("main", a.A, b.X, b.Y, c.C) }
