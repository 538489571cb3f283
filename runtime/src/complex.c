// Complex division, the counterpart of gc's runtime/complex.go
// complex128div: compiled code calls it for every complex / (complex64
// operands widened to complex128). Smith's algorithm (Commun. ACM 5(8),
// 1962) scales by the larger part of the divisor to avoid overflow; when
// both parts come out NaN, C99 Annex G.5.1's rules recover the infinities
// and zeros a naive formula loses.

#include "golly/runtime.h"

#include <math.h>

// 1 with f's sign if f is infinite, else 0 with f's sign.
static double unit_if_inf(double f) { return copysign(isinf(f) ? 1.0 : 0.0, f); }

golly_complex128 golly_complex128div(double a, double b, double c, double d) {
    double e, f;
    if (fabs(c) >= fabs(d)) {
        double ratio = d / c, denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        double ratio = c / d, denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if (isnan(e) && isnan(f)) {
        if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
            e = copysign(INFINITY, c) * a;
            f = copysign(INFINITY, c) * b;
        } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
            a = unit_if_inf(a);
            b = unit_if_inf(b);
            e = INFINITY * (a * c + b * d);
            f = INFINITY * (b * c - a * d);
        } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
            c = unit_if_inf(c);
            d = unit_if_inf(d);
            e = 0 * (a * c + b * d);
            f = 0 * (b * c - a * d);
        }
    }
    return (golly_complex128){e, f};
}
