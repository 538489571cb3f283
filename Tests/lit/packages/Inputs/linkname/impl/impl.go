// Package impl defines hooks.hook under its symbol.
package impl

import _ "unsafe" // for go:linkname

//go:linkname provide example.com/ln/hooks.hook
func provide() int { return 41 }

//go:linkname total example.com/ln/impl.renamedTotal
var total = 7

// Total reads the renamed variable.
func Total() int { return total }
