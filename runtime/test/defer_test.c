// Defer, panic, recover and Goexit without the compiler: C functions play
// compiled Go code, building golly_defer records as IRGen does (defer.h):
// link the record with deferprocStack / deferproc, mark the resume point
// with GCC's __builtin_setjmp into the record's buffer (LLVM's
// llvm.eh.sjlj.setjmp in compiled code; same buffer words) and branch to
// the deferreturn path when it returns 1. Expected outputs are gc 1.19's for the Go
// program each case mirrors (given above each case).
//
// Compiled with -fno-omit-frame-pointer (GollyRuntimeFlags): recover's
// frame check follows the frame-pointer chain, so every function that calls
// gorecover must have a frame and must not be inlined.

#include "harness.h"

#include <stdio.h>
#include <string.h>

#define FRAME() ((uintptr_t)__builtin_frame_address(0))

// A deferred function as the runtime calls it: (closure, arguments).
#define GO_DEFERRED(cname, goname) \
    __attribute__((noinline)) static void cname(void *ctx, void *args) __asm__(goname); \
    static void cname(void *ctx, void *args)

#define FUNCVAL(f) ((go_funcval){(void (*)(void))(f)})

// Keeps the preceding call from becoming a tail call. gc never makes tail
// calls, and a frame that tail-calls disappears from the frame-pointer
// chain: recover's check and tracebacks both depend on it (IRGen must keep
// Go calls from being tail calls for the same reason).
#define NO_TAIL_CALL() __asm__ volatile("" ::: "memory")

// A stack record with room for one 8-byte argument, as IRGen allocas it.
typedef struct {
    golly_defer d;
    int64_t arg;
} defer_int;

// The resume point of a defer statement: the record is linked, then the
// builtin setjmp returns 0 now and 1 when a recovery resumes this frame
// (with the record popped: nothing may link it again on that path). GCC
// stores buf[0] = rbp, buf[1] = the landing label and buf[2] = rsp itself;
// compiled code stores fp and sp before llvm.eh.sjlj.setjmp (clang's
// __builtin_setjmp expansion). sp is the record's frame identity.
#define LINK_AND_SETJMP(link, d) \
    ((d)->sp = FRAME(), (d)->regs.fp = FRAME(), link(d), \
     __builtin_setjmp((void **)&(d)->regs) != 0)

// `defer f(arg)` with a stack record; on a recovery, jump to the label
// `deferreturn` (the compiled code's epilogue).
#define DEFER_STACK(rec, fv, value) do { \
        (rec).d.siz = sizeof(int64_t); \
        (rec).d.fn = (fv); \
        (rec).arg = (value); \
        if (LINK_AND_SETJMP(golly_deferprocStack, &(rec).d)) \
            goto deferreturn; \
    } while (0)

// `defer f(arg)` with a heap record.
#define DEFER_HEAP(fv, value) do { \
        golly_defer *d_ = golly_newdefer(sizeof(int64_t)); \
        d_->fn = (fv); \
        *(int64_t *)(d_ + 1) = (value); \
        if (LINK_AND_SETJMP(golly_deferproc, d_)) \
            goto deferreturn; \
    } while (0)

static void say(const char *s) { golly_writestr(s); }

static void say_int(int64_t v) {
    golly_printint(v);
    golly_printnl();
}

static void say_value(go_eface e) {
    go_string text;
    if (e.type != NULL && golly_error_text(e.type, e.data, &text))
        golly_printstring(text.ptr, text.len);
    else
        golly_printpanicval(e.type, e.data);
}

static void panic_string(const char *s) {
    go_string *v = golly_alloc(sizeof *v);
    *v = (go_string){(const uint8_t *)s, (go_int)strlen(s)};
    golly_gopanic(&type_string, v);
}

static void panic_int(int64_t n) {
    int64_t *v = golly_alloc(sizeof *v);
    *v = n;
    golly_gopanic(&type_int, v);
}

// ---- deferred functions

// func(n int) { println(n) }
GO_DEFERRED(print_arg, "main.printArg") { say_int(*(int64_t *)args); }
static go_funcval print_arg_fv = FUNCVAL(print_arg);

// func() { println("recovered:", recover()) }
GO_DEFERRED(recoverer, "main.recoverer") {
    go_eface e = golly_gorecover(FRAME());
    say("recovered: ");
    say_value(e);
    say("\n");
}
static go_funcval recoverer_fv = FUNCVAL(recoverer);

// func(s string) { panic(s) } with the string's first byte as argument
GO_DEFERRED(panic_arg, "main.panicArg") {
    static const char *const names[] = {"first", "second", "a", "b"};
    panic_string(names[*(int64_t *)args]);
}
static go_funcval panic_arg_fv = FUNCVAL(panic_arg);

// func() { recover(); panic("second") }
GO_DEFERRED(recover_then_panic, "main.recoverThenPanic") {
    golly_gorecover(FRAME());
    panic_string("second");
}
static go_funcval recover_then_panic_fv = FUNCVAL(recover_then_panic);

// ---- order and deferreturn

// func order() { defer println(1); defer println(2); defer println(3); println("body") }
static void order(void) {
    defer_int a, b, c;
    DEFER_STACK(a, &print_arg_fv, 1);
    DEFER_STACK(b, &print_arg_fv, 2);
    DEFER_STACK(c, &print_arg_fv, 3);
    say("body\n");
deferreturn:
    golly_deferreturn(FRAME());
    say(golly_curg->_defer == NULL ? "list empty\n" : "list not empty\n");
}

// A deferred call runs in a frame of its own; only its records run.
// func nested() { defer println(1); inner(); println("back") }
// func inner() { defer println(2) }
__attribute__((noinline)) static void inner(void) {
    defer_int a;
    DEFER_STACK(a, &print_arg_fv, 2);
deferreturn:
    golly_deferreturn(FRAME());
}
static void frames(void) {
    defer_int a;
    DEFER_STACK(a, &print_arg_fv, 1);
    inner();
    say("back\n");
deferreturn:
    golly_deferreturn(FRAME());
}

// ---- recovery

static volatile int64_t result;

// func recovers() (r int) { defer println(1); defer recoverer(); r = 2; panic(7); r = 3 }
__attribute__((noinline)) static int64_t recovers(void) {
    defer_int a, b;
    result = 1;
    DEFER_STACK(a, &print_arg_fv, 1);
    DEFER_STACK(b, &recoverer_fv, 0);
    result = 2;
    panic_int(7);
    result = 3;
deferreturn:
    golly_deferreturn(FRAME());
    return result;
}
static void recover_resumes(void) {
    say_int(recovers());
    say(golly_curg->_defer == NULL && golly_curg->_panic == NULL ? "clean\n" : "not clean\n");
    // The goroutine goes on normally: another panic is recovered too.
    say_int(recovers());
}

// Values live across the defer statement survive the recovery at -O2, with
// every callee-saved register trashed between the setjmp and the panic:
// the builtin setjmp makes GCC (like LLVM) keep them in the frame, since
// the resume restores only rbp and rsp.
static volatile int64_t seed = 3;
__attribute__((noinline)) static void trash_and_panic(void) {
    __asm__ volatile("movq $-1, %%rbx\n\tmovq $-1, %%r12\n\tmovq $-1, %%r13\n\t"
                     "movq $-1, %%r14\n\tmovq $-1, %%r15"
                     ::: "rbx", "r12", "r13", "r14", "r15");
    golly_panicdivide();
}
__attribute__((noinline)) static int64_t live_across(int64_t n) {
    // More values than callee-saved registers, all needed after the resume.
    int64_t a = n * 3, b = n + 11, c = n ^ 0x55, d = n << 4, e = n - 9, f = n * n, g = n | 0x300;
    int64_t local[4] = {a, b, c, d};
    uintptr_t fp = FRAME();
    defer_int rec;
    DEFER_STACK(rec, &recoverer_fv, 0);
    trash_and_panic();
    return -1;
deferreturn:
    golly_deferreturn(FRAME());
    bool ok = FRAME() == fp && local[0] == a && local[1] == b && local[2] == c && local[3] == d;
    return ok ? a + b + c + d + e + f + g : -2;
}
static void registers(void) {
    int64_t n = seed;
    int64_t want = n * 3 + (n + 11) + (n ^ 0x55) + (n << 4) + (n - 9) + n * n + (n | 0x300);
    say(live_across(n) == want ? "values survive\n" : "values lost\n");
}

// gc: panic: first
//     	panic: second
// func main() { defer func() { panic("second") }(); panic("first") }
GO_FUNC(nested_panics, "main.nested") {
    defer_int a;
    DEFER_STACK(a, &panic_arg_fv, 1);
    panic_string("first");
deferreturn:
    golly_deferreturn(FRAME());
}

// gc: panic: first [recovered]
//     	panic: second
GO_FUNC(recovered_then_panics, "main.repanic") {
    defer_int a;
    DEFER_STACK(a, &recover_then_panic_fv, 0);
    panic_string("first");
deferreturn:
    golly_deferreturn(FRAME());
}

// gc: panic: first [recovered]
//     	panic: a
//     	panic: b
//     	panic: 3
// func main() {
//     defer func() { panic(3) }()
//     defer func() { panic("b") }()
//     defer func() { recover(); panic("a") }()
//     panic("first")
// }
GO_DEFERRED(panic_three, "main.chain.func1") { panic_int(3); }
static go_funcval panic_three_fv = FUNCVAL(panic_three);
GO_DEFERRED(recover_panic_a, "main.chain.func3") {
    golly_gorecover(FRAME());
    panic_string("a");
}
static go_funcval recover_panic_a_fv = FUNCVAL(recover_panic_a);
GO_FUNC(chain, "main.chain") {
    defer_int a, b, c;
    DEFER_STACK(a, &panic_three_fv, 0);
    DEFER_STACK(b, &panic_arg_fv, 3);
    DEFER_STACK(c, &recover_panic_a_fv, 0);
    panic_string("first");
deferreturn:
    golly_deferreturn(FRAME());
}

// A panic in a deferred call aborts the first; an older deferred call
// recovers the second and both are over.
// func aborts() { defer recoverer(); defer func() { panic("second") }(); panic("first") }
__attribute__((noinline)) static void aborts(void) {
    defer_int a, b;
    DEFER_STACK(a, &recoverer_fv, 0);
    DEFER_STACK(b, &panic_arg_fv, 1);
    panic_string("first");
deferreturn:
    golly_deferreturn(FRAME());
}
static void abort_then_recover(void) {
    aborts();
    say(golly_curg->_defer == NULL && golly_curg->_panic == NULL ? "clean\n" : "not clean\n");
}

// ---- recover's frame check

// recover() called by a function the deferred call calls returns nil.
// func helper() { println("helper:", recover()) }
__attribute__((noinline)) static void helper(void) {
    go_eface e = golly_gorecover(FRAME());
    say("helper: ");
    say_value(e);
    say("\n");
}
GO_DEFERRED(calls_helper, "main.callsHelper") {
    helper();
    NO_TAIL_CALL();
}
static go_funcval calls_helper_fv = FUNCVAL(calls_helper);

// A compiler-made thunk (`defer helper()` through a wrapper) forwards the
// check: deferwrap, then the real call.
GO_DEFERRED(thunk, "main.thunk") {
    golly_deferwrap(FRAME());
    helper();
    NO_TAIL_CALL();
}
static go_funcval thunk_fv = FUNCVAL(thunk);

// `defer recover()`: the thunk itself is the deferred call and recovers
// (no deferwrap: recover's frame is the thunk's).
GO_DEFERRED(recover_thunk, "main.recoverThunk") {
    go_eface e = golly_gorecover(FRAME());
    say(e.type != NULL ? "defer recover() recovered\n" : "defer recover() got nil\n");
}
static go_funcval recover_thunk_fv = FUNCVAL(recover_thunk);

// A deferred call run by deferreturn while a panic is in progress does not
// recover it.
GO_DEFERRED(defers_recoverer, "main.defersRecoverer") {
    defer_int a, b;
    DEFER_STACK(a, &calls_helper_fv, 0);   // run by deferreturn, not the panic
    DEFER_STACK(b, &recoverer_fv, 0);
deferreturn:
    golly_deferreturn(FRAME());
}
static go_funcval defers_recoverer_fv = FUNCVAL(defers_recoverer);

__attribute__((noinline)) static void frame_checks(void) {
    defer_int a, b, c, d, e;
    DEFER_STACK(a, &recover_thunk_fv, 0);
    DEFER_STACK(b, &recoverer_fv, 0);
    DEFER_STACK(c, &thunk_fv, 0);
    DEFER_STACK(d, &defers_recoverer_fv, 0);
    DEFER_STACK(e, &calls_helper_fv, 0);
    panic_int(1);
deferreturn:
    golly_deferreturn(FRAME());
}
__attribute__((noinline)) static void defer_recover(void) {
    defer_int a;
    DEFER_STACK(a, &recover_thunk_fv, 0);
    panic_int(2);
deferreturn:
    golly_deferreturn(FRAME());
}
static void recover_frames(void) {
    // Newest first: helper (nil), defersRecoverer's own deferred calls
    // (nil, nil), the thunk (recovers), then after the recovery the rest
    // run by deferreturn (nil: no panic any more).
    frame_checks();
    say("--\n");
    defer_recover();
}

// ---- heap records

static golly_defer *last_heap_record;

__attribute__((noinline)) static void one_heap_defer(int64_t n) {
    DEFER_HEAP(&print_arg_fv, n);
    last_heap_record = golly_curg->_defer;
deferreturn:
    golly_deferreturn(FRAME());
}

// for i := 0; i < 3; i++ { defer println(i) }; defer recoverer(); panic(5)
__attribute__((noinline)) static int64_t heap_loop(void) {
    result = 0;
    for (volatile int64_t i = 0; i < 3; i++)
        DEFER_HEAP(&print_arg_fv, i);
    DEFER_HEAP(&recoverer_fv, 0);
    result = 9;
    panic_int(5);
deferreturn:
    golly_deferreturn(FRAME());
    return result;
}

static void heap_records(void) {
    one_heap_defer(1);
    golly_defer *first = last_heap_record;
    say(first->heap ? "heap\n" : "not heap\n");
    one_heap_defer(2);
    say(last_heap_record == first ? "reused\n" : "not reused\n");
    say_int(heap_loop());
    // Records beyond the pool's classes come from malloc and go back to it.
    golly_defer *big = golly_newdefer(4096);
    say(big->heap && big->siz == 4096 ? "big\n" : "bad big\n");
    golly_freedefer(big);
    // A stack record is never pooled.
    defer_int s = {.d = {.siz = 8, .heap = false}};
    golly_freedefer(&s.d);
    say(golly_newdefer(8) != &s.d ? "stack not pooled\n" : "stack pooled\n");
}

// ---- deferreturn-started calls that panic

// gc: panic: late  (no [recovered], no panic frame)
GO_DEFERRED(panics_late, "main.late.func1") { panic_string("late"); }
static go_funcval panics_late_fv = FUNCVAL(panics_late);
GO_FUNC(late, "main.late") {
    defer_int a;
    DEFER_STACK(a, &panics_late_fv, 0);
deferreturn:
    golly_deferreturn(FRAME());
}

// The older record of the same frame recovers a panic raised by a call
// that deferreturn started, and the frame's remaining calls still run.
// func lateRecover() { defer println(1); defer recoverer(); defer panic("late") }
__attribute__((noinline)) static void late_recover(void) {
    defer_int a, b, c;
    DEFER_STACK(a, &print_arg_fv, 1);
    DEFER_STACK(b, &recoverer_fv, 0);
    DEFER_STACK(c, &panics_late_fv, 0);
deferreturn:
    golly_deferreturn(FRAME());
}
static void late_recovered(void) {
    late_recover();
    say(golly_curg->_defer == NULL && golly_curg->_panic == NULL ? "clean\n" : "not clean\n");
}

// ---- nil func and runtime errors

// gc (test/defernil.go): the panic comes when the call runs.
GO_FUNC(nil_func, "main.nilFunc") {
    defer_int a;
    DEFER_STACK(a, NULL, 0);
    say("body\n");
deferreturn:
    golly_deferreturn(FRAME());
}
__attribute__((noinline)) static void nil_func_recovered_inner(void) {
    defer_int a;
    DEFER_STACK(a, &recoverer_fv, 0);
    nil_func();
deferreturn:
    golly_deferreturn(FRAME());
}
static volatile int *volatile nil_pointer;
__attribute__((noinline)) static void deref_recovered(void) {
    defer_int a;
    DEFER_STACK(a, &recoverer_fv, 0);
    say_int(*nil_pointer);
deferreturn:
    golly_deferreturn(FRAME());
}
__attribute__((noinline)) static void divide_recovered(void) {
    defer_int a;
    DEFER_STACK(a, &recoverer_fv, 0);
    golly_panicIndex(5, 3);
deferreturn:
    golly_deferreturn(FRAME());
}
static void runtime_errors(void) {
    nil_func_recovered_inner();
    deref_recovered();
    divide_recovered();
    // The signal is forgotten once its panic is recovered (gc: gp.sig = 0).
    say(golly_panic_signal.sig == 0 ? "signal cleared\n" : "signal kept\n");
    panic_string("later");
}

// recover() returns the runtime.Error value itself.
GO_DEFERRED(recover_type, "main.recoverType") {
    go_eface e = golly_gorecover(FRAME());
    go_string name = golly_type_string(e.type);
    golly_printstring(name.ptr, name.len);
    say("\n");
}
static go_funcval recover_type_fv = FUNCVAL(recover_type);
__attribute__((noinline)) static void error_values(void) {
    defer_int a;
    DEFER_STACK(a, &recover_type_fv, 0);
    golly_panicdivide();
deferreturn:
    golly_deferreturn(FRAME());
}

// ---- Goexit

// gc: deferred
//     fatal error: no goroutines (main called runtime.Goexit) - deadlock!
static void goexit_plain(void) {
    defer_int a;
    DEFER_STACK(a, &print_arg_fv, 4);
    golly_Goexit(NULL);
deferreturn:
    golly_deferreturn(FRAME());
}

// gc (see the Go program in the report):
//     goexit recover nil: true / rec true / outer defer / fatal error
GO_DEFERRED(goexit_recover_nil, "main.goexitRecoverNil") {
    go_eface e = golly_gorecover(FRAME());
    say(e.type == NULL ? "goexit recover nil\n" : "goexit recovered!\n");
}
static go_funcval goexit_recover_nil_fv = FUNCVAL(goexit_recover_nil);
static void goexit_bypassed(void) {
    defer_int a, b, c, d;
    DEFER_STACK(a, &print_arg_fv, 1);
    DEFER_STACK(b, &recoverer_fv, 0);
    DEFER_STACK(c, &panic_arg_fv, 1);
    DEFER_STACK(d, &goexit_recover_nil_fv, 0);
    golly_Goexit(NULL);
deferreturn:
    golly_deferreturn(FRAME());
}

// gc: panic: in goexit defer
//     goroutine 1 [running]: main.main.func1() runtime.Goexit() main.main()
GO_FUNC(goexit_panics, "main.goexitPanics") {
    defer_int a;
    DEFER_STACK(a, &panic_arg_fv, 0);
    golly_Goexit(NULL);
deferreturn:
    golly_deferreturn(FRAME());
}

// ---- package runtime

static void exported(void) {
    golly_GC(NULL);
    golly_Gosched(NULL);
    say("ok\n");
}
GO_FUNC(breakpoint, "main.breakpoint") {
    golly_Breakpoint(NULL);
    NO_TAIL_CALL();
}

void test_defer(void) {
    expect("defer order", order, 0, "body\n3\n2\n1\nlist empty\n");
    expect("defer frames", frames, 0, "2\nback\n1\n");
    expect("recover resumes", recover_resumes, 0,
           "recovered: 7\n1\n2\nclean\nrecovered: 7\n1\n2\n");
    expect("values survive recovery", registers, 0,
           "recovered: runtime error: integer divide by zero\nvalues survive\n");
    expect("nested panics", nested_panics, 2,
           "panic: first\n\tpanic: second\n\ngoroutine 1 [running]:\nmain.panicArg(...)\n\t?:0 +0x");
    expect_contains("nested panics", "\npanic(...)\n\t?:0 +0x");
    expect_contains("nested panics", "\nmain.nested(...)\n");
    expect("recovered then panics", recovered_then_panics, 2,
           "panic: first [recovered]\n\tpanic: second\n\ngoroutine 1 [running]:\nmain.recoverThenPanic(...)\n");
    expect("panic chain", chain, 2,
           "panic: first [recovered]\n\tpanic: a\n\tpanic: b\n\tpanic: 3\n\ngoroutine 1 [running]:\n"
           "main.chain.func1(...)\n\t?:0 +0x");
    expect("aborted panic", abort_then_recover, 0, "recovered: second\nclean\n");
    expect("recover frames", recover_frames, 0,
           "helper: nil\nrecovered: nil\nhelper: nil\nhelper: 1\nrecovered: nil\ndefer recover() got nil\n--\n"
           "defer recover() recovered\n");
    expect("heap records", heap_records, 0,
           "1\nheap\n2\nreused\nrecovered: 5\n2\n1\n0\n9\nbig\nstack not pooled\n");
    expect("deferreturn call panics", late, 2, "panic: late\n\ngoroutine 1 [running]:\nmain.late.func1(...)\n");
    expect_contains("deferreturn call panics", "\nmain.late(...)\n");
    expect("deferreturn call recovered", late_recovered, 0, "recovered: late\n1\nclean\n");
    expect("nil func", nil_func, 2,
           "body\npanic: runtime error: invalid memory address or nil pointer dereference\n"
           "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x");
    expect_contains("nil func", "\n\ngoroutine 1 [running]:\nmain.nilFunc(...)\n");
    expect("runtime errors", runtime_errors, 2,
           "body\nrecovered: runtime error: invalid memory address or nil pointer dereference\n"
           "recovered: runtime error: invalid memory address or nil pointer dereference\n"
           "recovered: runtime error: index out of range [5] with length 3\n"
           "signal cleared\npanic: later\n\ngoroutine 1 [running]:\n");
    expect("runtime error value", error_values, 0, "runtime.errorString\n");
    expect("Goexit", goexit_plain, 2, "4\nfatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    if (strstr(out, "goroutine 1") != NULL) {
        fprintf(stderr, "FAIL Goexit: gc prints no traceback\n");
        failures++;
    }
    expect("Goexit bypassed", goexit_bypassed, 2,
           "goexit recover nil\nrecovered: second\n1\n"
           "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    expect("Goexit panics", goexit_panics, 2,
           "panic: first\n\ngoroutine 1 [running]:\nmain.panicArg(...)\n\t?:0 +0x");
    expect_contains("Goexit panics", "\nruntime.Goexit(...)\n\t?:0 +0x");
    expect_contains("Goexit panics", "\nmain.goexitPanics(...)\n");
    expect("GC Gosched", exported, 0, "ok\n");
    expect("Breakpoint", breakpoint, 2, "SIGTRAP: trace trap\nPC=0x");
    expect_contains("Breakpoint", " m=0 sigcode=128\n\ngoroutine 1 [running]:\nruntime.Breakpoint(...)\n");
    expect_contains("Breakpoint", "\nmain.breakpoint(...)\n");
    expect_contains("Breakpoint", "\n\nrax    0x");
    expect_contains("Breakpoint", "\nrflags 0x");
}
