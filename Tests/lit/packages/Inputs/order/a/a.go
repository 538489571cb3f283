package a

import "example.com/order/c"

var A = c.Trace("a.A", c.C+100)

func init() { println("a.init") }
