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
static golly_structtype type_node = {
    .type = {.size = sizeof(node), .kind = GOLLY_KIND_STRUCT, .align = 8, .field_align = 8,
             .ptrdata = 8, .gcdata = node_gcdata},
};

// A package variable `var head *node`, a root as the compiler emits one.
static node *head;
static const uint8_t ptr_gcdata[] = {1};
static golly_ptrtype type_ptr_node = {
    .type = {.size = 8, .kind = GOLLY_KIND_POINTER | GOLLY_KIND_DIRECT_IFACE, .align = 8, .field_align = 8,
             .ptrdata = 8, .gcdata = ptr_gcdata},
    .elem = &type_node.type,
};
__attribute__((section("golly_gcroots"), used))
static const golly_gcroot head_root = {&head, &type_ptr_node.type};

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
        node *x = golly_newobject(&type_node.type);
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

// ---- SetFinalizer's checks of its arguments (mfinal.go), with gc's texts.

// Finalizer types: func(...int), func(*main.node, int), func(*int),
// func(*main.node), func(interface {}).
typedef struct {
    golly_functype f;
    const golly_type *params[2];
} finalizer_type;
#define FUNC_TYPE(in, out) {.type = {.size = 8, .align = 8, .field_align = 8, \
                                     .kind = GOLLY_KIND_FUNC | GOLLY_KIND_DIRECT_IFACE}, \
                            .in_count = (in), .out_count = (out)}
static golly_ptrtype type_ptr_int = {.type = {.size = 8, .align = 8, .field_align = 8,
                                              .kind = GOLLY_KIND_POINTER | GOLLY_KIND_DIRECT_IFACE},
                                     .elem = &type_int};
static golly_interfacetype type_any = {.type = {.size = 16, .align = 8, .field_align = 8, .kind = GOLLY_KIND_INTERFACE}};
static finalizer_type fin_variadic = {FUNC_TYPE(1, GOLLY_FUNC_VARIADIC), {&type_int}};
static finalizer_type fin_two = {FUNC_TYPE(2, 0), {&type_ptr_node.type, &type_int}};
static finalizer_type fin_ptr_int = {FUNC_TYPE(1, 0), {&type_ptr_int.type}};
static finalizer_type fin_node = {FUNC_TYPE(1, 0), {&type_ptr_node.type}};
static finalizer_type fin_any = {FUNC_TYPE(1, 0), {&type_any.type}};

static void name_types(void) {
    set_string(&type_node.type, "main.node");
    set_string(&type_ptr_node.type, "*main.node");
    set_string(&type_ptr_int.type, "*int");
    set_string(&type_any.type, "interface {}");
    set_string(&fin_variadic.f.type, "func(...int)");
    set_string(&fin_two.f.type, "func(*main.node, int)");
    set_string(&fin_ptr_int.f.type, "func(*int)");
    set_string(&fin_node.f.type, "func(*main.node)");
    set_string(&fin_any.f.type, "func(interface {})");
}

static void finalize(void *ctx) {}
static go_funcval finalize_fv = {(void (*)(void))finalize};

static void set_finalizer(const golly_type *etyp, const golly_type *ftyp) {
    golly_SetFinalizer(NULL, etyp, golly_newobject(&type_node.type), ftyp, &finalize_fv);
}
static void finalizer_not_pointer(void) { set_finalizer(&type_int, &fin_node.f.type); }
static void finalizer_not_func(void) { set_finalizer(&type_ptr_node.type, &type_int); }
static void finalizer_variadic(void) { set_finalizer(&type_ptr_node.type, &fin_variadic.f.type); }
static void finalizer_two(void) { set_finalizer(&type_ptr_node.type, &fin_two.f.type); }
static void finalizer_other_pointer(void) { set_finalizer(&type_ptr_node.type, &fin_ptr_int.f.type); }
static void finalizer_good(void) {
    set_finalizer(&type_ptr_node.type, &fin_node.f.type);
    set_finalizer(&type_ptr_node.type, &fin_any.f.type);
    golly_writestr("ok\n");
}

static void test_finalizer_checks(void) {
    expect("SetFinalizer not a pointer", finalizer_not_pointer, 2,
           "fatal error: runtime.SetFinalizer: first argument is int, not pointer\n");
    expect("SetFinalizer not a function", finalizer_not_func, 2,
           "fatal error: runtime.SetFinalizer: second argument is int, not a function\n");
    expect("SetFinalizer variadic", finalizer_variadic, 2,
           "fatal error: runtime.SetFinalizer: cannot pass *main.node to finalizer func(...int) because dotdotdot\n");
    expect("SetFinalizer two parameters", finalizer_two, 2,
           "fatal error: runtime.SetFinalizer: cannot pass *main.node to finalizer func(*main.node, int)\n");
    expect("SetFinalizer other pointer", finalizer_other_pointer, 2,
           "fatal error: runtime.SetFinalizer: cannot pass *main.node to finalizer func(*int)\n");
    expect("SetFinalizer accepted", finalizer_good, 0, "ok\n");
}

void test_gc(void) {
    name_types();
    test_finalizer_checks();
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
    holder[0] = (uintptr_t)golly_mallocgc(20000, &type_node.type);
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
