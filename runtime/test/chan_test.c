// Channels (chan.c) from C: make with the element type its chan type's
// descriptor gives, buffered sends and receives, close; gc 1.19 printed
//   make(chan int, n) with n < 0 at run time -> panic: makechan: size out of range

#include "harness.h"

#include "golly/chan.h"

#include <stdio.h>

static golly_chantype type_chan_int = {
    .type = {.size = 8, .align = 8, .field_align = 8, .kind = GOLLY_KIND_CHAN | GOLLY_KIND_DIRECT_IFACE},
    .elem = &type_int, .dir = GOLLY_CHAN_BOTH,
};

static void check(const char *what, bool ok) {
    if (!ok) {
        fprintf(stderr, "FAIL chan %s\n", what);
        failures++;
    }
}

static void make_negative(void) {
    static volatile go_int n = -1;
    golly_makechan(&type_chan_int.type, n);
}

void test_chan(void) {
    golly_chan *c = golly_makechan(&type_chan_int.type, 2);
    int64_t a = 1, b = 2, x = 0, y = 0;
    golly_chansend1(c, &a);
    golly_chansend1(c, &b);
    check("len, cap", golly_chanlen(c) == 2 && golly_chancap(c) == 2);
    golly_chanrecv1(c, &x);
    golly_chanrecv1(c, &y);
    check("values in order", x == 1 && y == 2);
    golly_closechan(c);
    x = 9;
    check("closed and drained", !golly_chanrecv2(c, &x) && x == 0);
    expect("makechan negative", make_negative, 2, "panic: makechan: size out of range\n\ngoroutine 1 [running]:\n");
}
