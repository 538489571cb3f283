// Package greet stands for a module downloaded into the module cache.
package greet

// Version of the module.
const Version = "v1.2.0"

// Hello greets.
func Hello(name string) string { return "hello, " + name + " from greet " + Version }
