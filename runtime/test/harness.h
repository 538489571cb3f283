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

// Descriptors built by hand as IRGen emits them (abi.h). Their strings are
// nameOffs, which C cannot initialize statically: set_string puts s into a
// pool inside the executable and points t->str at it (and sets t->hash as
// IRGen would), and each test file names its descriptors so before it
// uses them.
void set_string(golly_type *t, const char *s);
// A name in gc's encoding (abi.h) in that pool, with a tag and a package
// path unless they are NULL.
const uint8_t *make_name(uint8_t flags, const char *name, const char *tag, const char *pkg_path);
// The equal closure of a comparable descriptor.
#define EQUAL(self) GOLLY_TYPED_EQUAL(self)

// int and string, named by main.init (runtime_test.c).
extern golly_type type_int;
extern golly_type type_string;

void test_defer(void);      // defer_test.c
void test_iface(void);      // iface_test.c
void test_slice(void);      // slice_test.c
void test_map(void);        // map_test.c (also typealg.c)
void test_gc(void);         // gc_test.c
void test_type(void);       // type_test.c
void test_chan(void);       // chan_test.c

#endif
