// golly's bodies for internal/bytealg's assembly functions (std/README.md):
// plain loops, which LLVM vectorizes; the results are the assembly's.

package bytealg

import _ "unsafe" // for go:linkname

//go:linkname gollyCompare internal/bytealg.Compare
func gollyCompare(a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}

//go:linkname gollyCount internal/bytealg.Count
func gollyCount(b []byte, c byte) int {
	n := 0
	for _, x := range b {
		if x == c {
			n++
		}
	}
	return n
}

//go:linkname gollyCountString internal/bytealg.CountString
func gollyCountString(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

//go:linkname gollyIndexByte internal/bytealg.IndexByte
func gollyIndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

//go:linkname gollyIndexByteString internal/bytealg.IndexByteString
func gollyIndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index returns the index of the first instance of b in a, or -1.
//
//go:linkname gollyIndex internal/bytealg.Index
func gollyIndex(a, b []byte) int {
	n := len(b)
	if n == 0 {
		return 0
	}
	// The first and last bytes first: a full comparison (a call of
	// memcmp) only where both match.
	first, last := b[0], b[n-1]
	for i := 0; i+n <= len(a); i++ {
		if a[i] == first && a[i+n-1] == last && string(a[i:i+n]) == string(b) {
			return i
		}
	}
	return -1
}

// IndexString returns the index of the first instance of b in a, or -1.
//
//go:linkname gollyIndexString internal/bytealg.IndexString
func gollyIndexString(a, b string) int {
	n := len(b)
	if n == 0 {
		return 0
	}
	first, last := b[0], b[n-1]
	for i := 0; i+n <= len(a); i++ {
		if a[i] == first && a[i+n-1] == last && a[i:i+n] == b {
			return i
		}
	}
	return -1
}
