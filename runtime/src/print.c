// The print and println builtins: runtime/print.go. Every function writes
// exactly the bytes gc's namesake writes, to standard error (output.c).

#include "internal.h"

void golly_printsp(void) {
    golly_write(" ", 1);
}

void golly_printnl(void) {
    golly_write("\n", 1);
}

void golly_printbool(bool v) {
    if (v)
        golly_write("true", 4);
    else
        golly_write("false", 5);
}

// print.go printfloat: seven significant digits in the form +d.dddddde+ddd,
// produced by gc's own normalize-and-round procedure (not printf's correct
// rounding, which differs in the last digit for some values). The runtime
// is built with -ffp-contract=off so that every step rounds like Go's
// float64 arithmetic.
void golly_printfloat(double v) {
    if (v != v) {
        golly_write("NaN", 3);
        return;
    }
    if (v + v == v && v > 0) {
        golly_write("+Inf", 4);
        return;
    }
    if (v + v == v && v < 0) {
        golly_write("-Inf", 4);
        return;
    }

    enum { n = 7 };     // digits printed
    char buf[n + 7];
    buf[0] = '+';
    int e = 0;          // decimal exponent
    if (v == 0) {
        if (1 / v < 0)
            buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        // Normalize to [1, 10).
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        // Round by adding half a unit in the last printed digit.
        double h = 5.0;
        for (int i = 0; i < n; i++)
            h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }

    for (int i = 0; i < n; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= (double)s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';

    buf[n + 2] = 'e';
    buf[n + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[n + 3] = '-';
    }
    buf[n + 4] = (char)(e / 100 + '0');
    buf[n + 5] = (char)(e / 10 % 10 + '0');
    buf[n + 6] = (char)(e % 10 + '0');
    golly_write(buf, sizeof buf);
}

// print.go printcomplex: print("(", real(c), imag(c), "i)"). complex64
// values reach here widened to float64, as in gc.
void golly_printcomplex(double re, double im) {
    golly_write("(", 1);
    golly_printfloat(re);
    golly_printfloat(im);
    golly_write("i)", 2);
}

void golly_printuint(uint64_t v) {
    char buf[20];
    size_t i = sizeof buf;
    do {
        buf[--i] = (char)(v % 10 + '0');
        v /= 10;
    } while (v != 0);
    golly_write(buf + i, sizeof buf - i);
}

void golly_printint(int64_t v) {
    if (v < 0) {
        golly_write("-", 1);
        // Negate in unsigned arithmetic: -MinInt64 overflows int64.
        golly_printuint(0 - (uint64_t)v);
        return;
    }
    golly_printuint((uint64_t)v);
}

void golly_printpointer(const void *p) {
    golly_writehex((uint64_t)(uintptr_t)p);
}

// print.go printslice: `[len/cap]0xptr`.
void golly_printslice(const void *p, go_int len, go_int cap) {
    golly_writestr("[");
    golly_printint(len);
    golly_writestr("/");
    golly_printint(cap);
    golly_writestr("]");
    golly_printpointer(p);
}

void golly_printstring(const uint8_t *p, go_int n) {
    if (n > 0)
        golly_write(p, (size_t)n);
}

// print.go printeface: print("(", e._type, ",", e.data, ")").
void golly_printeface(const golly_type *t, const void *data) {
    golly_write("(", 1);
    golly_printpointer(t);
    golly_write(",", 1);
    golly_printpointer(data);
    golly_write(")", 1);
}
