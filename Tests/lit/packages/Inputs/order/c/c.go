package c

var C = trace("c.C", 3)

func trace(name string, v int) int {
	println("init", name)
	return v
}

func init() { println("c.init") }

// Trace is used by the other packages' initializers.
func Trace(name string, v int) int { return trace(name, v) }
