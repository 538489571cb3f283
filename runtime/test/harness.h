// What the self-test's files share: running a case in a child process and
// comparing its standard error with what gc printed (runtime_test.c).
#ifndef GOLLY_TEST_HARNESS_H
#define GOLLY_TEST_HARNESS_H

#include "internal.h"

extern int failures;
// The standard error of the last child run by expect.
extern char out[1 << 16];
// Runs fn in a child process; fails unless it exits with want_status and
// its standard error starts with want_prefix.
void expect(const char *name, void (*fn)(void), int want_status, const char *want_prefix);
// Fails unless the last child's output contains needle.
void expect_contains(const char *name, const char *needle);

// A C function standing in for compiled Go code: its Go link name makes
// tracebacks show it as gc would.
#define GO_FUNC(cname, goname) __attribute__((noinline)) void cname(void) __asm__(goname); void cname(void)

extern const golly_type type_int;
extern const golly_type type_string;

void test_defer(void);      // defer_test.c
void test_iface(void);      // iface_test.c
void test_slice(void);      // slice_test.c
void test_map(void);        // map_test.c (also typealg.c)
void test_gc(void);         // gc_test.c

#endif
