// golly's bodies for math's assembly functions (std/README.md): the
// package's own pure-Go versions, which gc uses where it has no assembly.

package math

import _ "unsafe" // for go:linkname

//go:linkname gollyFloor math.archFloor
func gollyFloor(x float64) float64 { return floor(x) }

//go:linkname gollyCeil math.archCeil
func gollyCeil(x float64) float64 { return ceil(x) }

//go:linkname gollyTrunc math.archTrunc
func gollyTrunc(x float64) float64 { return trunc(x) }

//go:linkname gollyMax math.archMax
func gollyMax(x, y float64) float64 { return max(x, y) }

//go:linkname gollyMin math.archMin
func gollyMin(x, y float64) float64 { return min(x, y) }

//go:linkname gollyExp math.archExp
func gollyExp(x float64) float64 { return exp(x) }

//go:linkname gollyHypot math.archHypot
func gollyHypot(p, q float64) float64 { return hypot(p, q) }

//go:linkname gollyLog math.archLog
func gollyLog(x float64) float64 { return log(x) }

// gc computes Sqrt with one instruction; sqrt is the correctly rounded
// result too.
//
//go:linkname gollySqrt math.archSqrt
func gollySqrt(x float64) float64 { return sqrt(x) }
