// Package calc is tested by golly test (Tests/lit/cli/golly_test_*.go).
package calc

func Add(a, b int) int { return a + b }

func half(x int) int { return x / 2 }
