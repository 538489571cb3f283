package util

// Upper is exported.
func Upper(s string) string { return s }

func lower(s string) string { return s }

var _ = lower
