// The collector (mheap.c, mgcmark.c, mgc.c, mfinal.c) driven from C: what
// is unreachable is freed and its memory reused or returned; what is
// reachable (from package variables, the stack, interior pointers, other
// objects' pointer words) survives intact; words the type says are not
// pointers keep nothing alive.

#include "harness.h"

#include "collector.h"
#include "stackmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// struct { next *node; value int }
typedef struct node {
    struct node *next;
    go_int value;
} node;
static const uint8_t node_gcdata[] = {1};
static const golly_type type_node = {
    .size = sizeof(node), .kind = GOLLY_KIND_STRUCT, .align = 8,
    .name = {(const uint8_t *)"main.node", 9}, .ptrdata = 8, .gcdata = node_gcdata,
};

// A package variable `var head *node`, a root as the compiler emits one.
static node *head;
static const uint8_t ptr_gcdata[] = {1};
static const golly_type type_ptr_node = {
    .size = 8, .kind = GOLLY_KIND_POINTER, .align = 8,
    .name = {(const uint8_t *)"*main.node", 10}, .elem = &type_node, .ptrdata = 8, .gcdata = ptr_gcdata,
};
__attribute__((section("golly_gcroots"), used))
static const golly_gcroot head_root = {&head, &type_ptr_node};

static uint64_t live_bytes(void) {
    golly_gc_stats st;
    golly_gc_read_stats(&st);
    return st.alloc;
}

static void check(const char *name, bool ok) {
    if (!ok) {
        fprintf(stderr, "FAIL gc: %s\n", name);
        failures++;
    }
}

static node *list(go_int n) {
    node *l = NULL;
    for (go_int i = 0; i < n; i++) {
        node *x = golly_newobject(&type_node);
        x->next = l;
        x->value = i;
        l = x;
    }
    return l;
}

static go_int sum(const node *l) {
    go_int s = 0;
    for (; l != NULL; l = l->next)
        s += l->value;
    return s;
}

// Hides a pointer from the conservative stack scan.
static uintptr_t hide(void *p) { return ~(uintptr_t)p; }

__attribute__((noinline)) static uintptr_t garbage(size_t n, size_t size) {
    uintptr_t last = 0;
    for (size_t i = 0; i < n; i++)
        last = hide(golly_mallocgc(size, NULL));
    return last;
}

// Stack objects sharing memory become one: [0,32) words 0 and 2 with
// [16,48) word 1 (byte 24) gives [0,48) words 0, 2 and 3; an all-words
// object absorbs its neighbour's bitmap; disjoint ones stay apart.
static void test_stack_object_merge(void) {
    golly_stack_object objs[] = {
        {0x1000, 32, 0x5, false}, {0x1010, 32, 0x2, false}, {0x1040, 16, 0x1, false},
        {0x2000, 8 * 80, ~(uint64_t)0, false}, {0x2008, 8, 0x1, false}, {0x3000, 8, 0x1, false},
    };
    size_t n = golly_merge_stack_objects(objs, 6);
    check("stack objects merged", n == 4);
    check("overlap: range", objs[0].addr == 0x1000 && objs[0].size == 48);
    check("overlap: words", objs[0].bitmap == 0xd);
    check("adjacent, not overlapping", objs[1].addr == 0x1040 && objs[1].bitmap == 0x1);
    check("all words stays all words", objs[2].size == 8 * 80 && objs[2].bitmap == ~(uint64_t)0);
    check("disjoint", objs[3].addr == 0x3000);
    // A word past the first 64 of the merged object: every word is scanned.
    golly_stack_object far[] = {{0x1000, 8, 0x1, false}, {0x1000, 8 * 70, 0, false}, {0x1008, 8 * 70, 1ull << 63, false}};
    n = golly_merge_stack_objects(far, 3);
    check("far word: merged", n == 1 && far[0].size == 8 * 71);
    check("far word: all words", far[0].bitmap == ~(uint64_t)0);
}

void test_gc(void) {
    test_stack_object_merge();
    // A list reachable from a package variable survives 200 MB of garbage.
    head = list(100000);
    garbage(200000, 1000);
    golly_gc_collect(true);
    check("list from a package variable intact", sum(head) == 100000LL * 99999 / 2);
    check("garbage freed", live_bytes() < (8u << 20));

    // A list reachable only through an interior pointer on the stack.
    node *l = list(1000);
    volatile uintptr_t interior = (uintptr_t)&l->value;
    l = NULL;
    garbage(20000, 1000);
    golly_gc_collect(true);
    node *back = (node *)(interior - offsetof(node, value));
    check("list from an interior pointer intact", sum(back) == 1000LL * 999 / 2);

    // A word the object's type says is not a pointer keeps nothing: the
    // object (alone in its size class) is freed.
    int cls = golly_size_class(20000);
    golly_gc_stats before;
    golly_gc_read_stats(&before);
    uintptr_t *holder = golly_mallocgc(64, NULL);
    holder[0] = (uintptr_t)golly_mallocgc(20000, &type_node);
    golly_gc_collect(true);
    golly_gc_stats after;
    golly_gc_read_stats(&after);
    check("pointer-free words keep nothing",
          after.class_frees[cls] == before.class_frees[cls] + 1 && holder[0] != 0);

    // Large objects come and go, their memory given back.
    for (int i = 0; i < 40; i++) {
        uint8_t *big = golly_mallocgc(64u << 20, NULL);
        big[i] = 1;
    }
    golly_gc_collect(true);
    golly_gc_stats st;
    golly_gc_read_stats(&st);
    check("large objects freed", st.alloc < (8u << 20));
    check("freed memory returned", st.heap_released >= (32u << 20));
    check("cycles counted", st.num_gc >= 4 && st.num_forced_gc == 4);
    check("list still intact", sum(head) == 100000LL * 99999 / 2);
}
