package b

import "example.com/order/c"

var Y = c.Trace("b.Y", X+1)
var X = c.Trace("b.X", c.C*2)

func init() { println("b.init 1") }
func init() { println("b.init 2") }
