// Package a declares an interface whose method shares its name with a
// package-level function.
package a

// Closer closes.
type Closer interface{ Close() }

type file struct{ name string }

func (f *file) Close() { println("closing", f.name) }

// Open returns a Closer.
func Open(name string) Closer { return &file{name} }

// Close is a function, not the interface's method.
func Close() { println("a.Close, the function") }
