// Package hooks declares a function another package defines (by
// //go:linkname, as the runtime offers hooks to the standard library).
package hooks

// Value calls the hook.
func Value() int { return hook() + 1 }

func hook() int
