// Goroutine tracebacks: runtime/traceback.go (traceback1, gentraceback,
// showframe, printFuncName), following the frame-pointer chain instead of
// gc's pc tables. Every Go function is compiled with "frame-pointer"="all"
// and the runtime with -fno-omit-frame-pointer (docs/DESIGN.md §4), so
// each frame starts with { saved frame pointer, return address }.
//
// gc prints each frame as
//     main.f(0x1, 0x2)
//             /path/file.go:12 +0x1d
// golly has no argument metadata yet, so it prints
//     main.f(...)
//             /path/file.go:12 +0x1d
// (the `+0x..` offset is the pc's distance from the function's entry, as in
// gc), with file and line from the line tables (lineinfo.c). The calls
// inlined at a pc come first, each as gc prints an inlined frame,
// `main.g(...)` and its file:line without offset (inlineinfo.c).

#include "internal.h"

#include <stdlib.h>
#include <string.h>

// traceback.go _TracebackMaxFrames.
enum { MAX_FRAMES = 100 };

static bool has_prefix(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

// GCC names the clones and split-off parts of C functions `f.constprop.0`,
// `f.isra.0`, `f.part.0`, `f.cold`: dotted like Go names, but runtime C
// helpers all the same.
static bool is_c_clone(const char *name) {
    static const char *const suffixes[] = {".constprop.", ".isra.", ".part.", ".cold", ".lto_priv."};
    for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++)
        if (strstr(name, suffixes[i]) != NULL)
            return true;
    return false;
}

// The thunks a go or defer statement with arguments calls through
// (IRGen/Goroutines.swift, Defer.swift: `main.main.gowrap1`): gc hides its
// own wrappers (traceback.go elideWrapperCalling), so golly hides these.
static bool is_wrapper(const char *name) {
    const char *dot = strrchr(name, '.');
    return dot != NULL && (has_prefix(dot + 1, "gowrap") || has_prefix(dot + 1, "deferwrap"));
}

// traceback.go showframe/showfuncinfo with GOTRACEBACK=single: runtime
// frames are hidden, except exported ones (`runtime.Goexit`) and gopanic,
// which is shown (as `panic`) when it is not the innermost frame: that is a
// panic raised while deferred calls ran. C helpers of the runtime (names
// without a dot) are hidden as well.
static bool show_frame(const char *name, bool first) {
    if (strcmp(name, "runtime.gopanic") == 0)
        return !first;
    if (is_c_clone(name) || is_wrapper(name))
        return false;
    if (has_prefix(name, "runtime."))
        return name[8] >= 'A' && name[8] <= 'Z';   // isExportedRuntime
    return strchr(name, '.') != NULL;
}

static void print_position(go_string file, go_int line) {
    golly_write(file.ptr, (size_t)file.len);
    golly_writestr(":");
    golly_printint(line);
}

// The frames of the calls inlined at `line` (the pc whose file and line
// are shown: the call's, a return address less one, or the faulting
// instruction's), innermost first, as traceback.go prints them: no
// offset. In a hidden wrapper the outermost of them stands for the
// wrapper's frame, and shows its offset `off` as gc's physical frame of
// that function would. Returns how many it printed.
static int print_inlined(uintptr_t line, int printed, bool in_wrapper, uintptr_t off) {
    int depth = golly_inline_depth(line), shown = 0;
    for (int k = 0; k < depth; k++) {
        go_string name, file;
        go_int n;
        if (!golly_logical_frame(line, k, &name, &file, &n))
            break;
        char cname[256];
        size_t len = (size_t)name.len < sizeof cname - 1 ? (size_t)name.len : sizeof cname - 1;
        memcpy(cname, name.ptr, len);
        cname[len] = 0;
        if (!show_frame(cname, printed + shown == 0))
            continue;
        golly_writestr(cname);
        golly_writestr("(...)\n\t");
        print_position(file, n);
        if (in_wrapper && k == depth - 1) {
            golly_writestr(" +");
            golly_writehex(off);
        }
        golly_writestr("\n");
        shown++;
    }
    return shown;
}

// The frame of the function itself (after the calls inlined into it).
static void print_frame(const char *name, uintptr_t pc, uintptr_t entry, uintptr_t line) {
    if (strcmp(name, "runtime.gopanic") == 0)
        name = "panic";
    golly_writestr(name);
    golly_writestr("(...)\n\t");
    int depth = golly_inline_depth(line);
    go_string fname, file;
    go_int n;
    if (golly_logical_frame(line, depth, &fname, &file, &n))
        print_position(file, n);
    else
        golly_writestr("?:0");
    golly_writestr(" +");
    golly_writehex(pc - entry);
    golly_writestr("\n");
}

// Returns whether fp can be a frame of the current stack above `below`.
static bool plausible_frame(uintptr_t fp, uintptr_t below) {
    if (fp == 0 || fp % sizeof(uintptr_t) != 0 || fp <= below)
        return false;
    return golly_stack_top == 0 || fp < golly_stack_top;
}

static void frames(uintptr_t pc, uintptr_t fp, bool exact);

// traceback.go printcreatedby: where a goroutine other than main was
// started, the function of its go statement and that statement's line.
static void created_by(const golly_g *gp) {
    const char *name;
    uintptr_t entry;
    if (gp->goid == 1 || gp->gopc == 0 || !golly_symbolize(gp->gopc - 1, &name, &entry))
        return;
    golly_writestr("created by ");
    golly_writestr(name);
    golly_writestr("\n\t");
    go_string file;
    go_int line;
    if (golly_pcline(gp->gopc - 1, &file, &line))
        print_position(file, line);
    else
        golly_writestr("?:0");
    golly_writestr(" +");
    golly_writehex(gp->gopc - entry);
    golly_writestr("\n");
}

// runtime1.go gotraceback: $GOTRACEBACK's level, read once: none (0)
// prints no goroutine, single (1, the default) the running one, all (2)
// every goroutine of the program, system (3) the runtime's too. crash is
// system's (golly does not dump core).
int golly_traceback_level(void) {
    static int level = -1;
    if (level < 0) {
        const char *v = getenv("GOTRACEBACK");
        level = 1;
        if (v != NULL) {
            if (strcmp(v, "none") == 0 || strcmp(v, "0") == 0)
                level = 0;
            else if (strcmp(v, "all") == 0 || strcmp(v, "1") == 0)
                level = 2;
            else if (strcmp(v, "system") == 0 || strcmp(v, "2") == 0 || strcmp(v, "crash") == 0)
                level = 3;
        }
    }
    return level;
}

void golly_traceback(uintptr_t pc, uintptr_t fp, bool exact) {
    int level = golly_traceback_level();
    if (level == 0)
        return;
    // traceback.go goroutineheader.
    golly_writestr("\ngoroutine ");
    golly_printint(golly_curg->goid);
    golly_writestr(" [running]:\n");
    frames(pc, fp, exact);
    created_by(golly_curg);
    if (level >= 2)
        golly_traceback_others(golly_curg, level >= 3);
}

typedef struct {
    golly_g **gs;
    size_t n, cap;
    const golly_g *except;
    bool system;
} goroutine_list;

static void collect(golly_g *gp, void *arg) {
    goroutine_list *l = arg;
    if (gp == l->except || (gp->system && !l->system) || l->n == l->cap)
        return;
    l->gs[l->n++] = gp;
}

static int by_goid(const void *a, const void *b) {
    const golly_g *x = *(golly_g *const *)a, *y = *(golly_g *const *)b;
    return x->goid < y->goid ? -1 : x->goid > y->goid;
}

static void count(golly_g *gp, void *arg) {
    (void)gp;
    ++*(size_t *)arg;
}

void golly_traceback_others(golly_g *except, bool system) {
    size_t n = 0;
    golly_for_each_g(count, &n);
    goroutine_list l = {malloc((n + 1) * sizeof(golly_g *)), 0, n, except, system};
    if (l.gs == NULL)
        return;
    golly_for_each_g(collect, &l);
    qsort(l.gs, l.n, sizeof *l.gs, by_goid);
    for (size_t i = 0; i < l.n; i++)
        golly_traceback_blocked(l.gs[i], golly_curg);
    free(l.gs);
}

// A goroutine that has not run: the function newproc was given, at the
// line its code starts.
static void print_entry(const golly_g *gp) {
    const char *name;
    uintptr_t entry;
    uintptr_t code = gp->entry_fn != NULL ? *(const uintptr_t *)gp->entry_fn : 0;
    if (code == 0 || !golly_symbolize(code, &name, &entry))
        return;
    golly_writestr(name);
    golly_writestr("(...)\n\t");
    go_string file;
    go_int line;
    if (golly_pcline(code, &file, &line))
        print_position(file, line);
    else
        golly_writestr("?:0");
    golly_writestr("\n");
}

// A blocked goroutine with what it waits for (gc's checkdead throw prints
// every goroutine, the main one first; golly prints one). A goroutine other
// than the running one resumes at the return address golly_swapctx saved
// above its six registers (rbp the last pushed of them).
void golly_traceback_blocked(golly_g *gp, golly_g *self) {
    golly_writestr("\ngoroutine ");
    golly_printint(gp->goid);
    golly_writestr(" [");
    golly_writestr(gp->waitreason != NULL ? gp->waitreason : gp == self ? "running" : "runnable");
    golly_writestr("]:\n");
    // frames() checks frame pointers against the bounds of gp's stack.
    uintptr_t lo = golly_stack_lo, top = golly_stack_top;
    golly_stack_lo = gp->stack_lo;
    golly_stack_top = gp->stack_hi;
    if (gp == self) {
        uintptr_t *fp = __builtin_frame_address(0);
        frames((uintptr_t)__builtin_return_address(0), fp[0], false);
    } else {
        const uintptr_t *saved = (const uintptr_t *)gp->sched_sp;
        if (saved[6] == (uintptr_t)golly_gostart)
            print_entry(gp);    // not started: gc shows the function it will run
        else
            frames(saved[6], saved[5], false);
    }
    golly_stack_lo = lo;
    golly_stack_top = top;
    created_by(gp);
}

static void frames(uintptr_t pc, uintptr_t fp, bool exact) {
    int printed = 0;
    for (;;) {
        const char *name;
        uintptr_t entry;
        // A return address may lie just past the function's last
        // instruction (a call to a noreturn function), so look up pc-1
        // unless pc is a faulting instruction (gc's tracepc).
        if (!golly_symbolize(exact ? pc : pc - 1, &name, &entry))
            break;
        // C main called main.main: nothing above it is Go.
        if (strcmp(name, "main") == 0)
            break;
        if (printed >= MAX_FRAMES) {
            golly_writestr("...additional frames elided...\n");
            break;
        }
        printed += print_inlined(exact ? pc : pc - 1, printed, is_wrapper(name), pc - entry);
        if (show_frame(name, printed == 0)) {
            print_frame(name, pc, entry, exact ? pc : pc - 1);
            printed++;
        }
        // runtime/proc.go main: the traceback of the main goroutine ends
        // with main.main (runtime.main and goexit are never shown).
        if (strcmp(name, "main.main") == 0)
            break;
        if (!plausible_frame(fp, 0))
            break;
        const uintptr_t *frame = (const uintptr_t *)fp;
        uintptr_t caller_fp = frame[0];
        pc = frame[1];
        // signal.c makes a faulting instruction "call" runtime.sigpanic, so
        // the return address of sigpanic's frame is the faulting pc itself.
        exact = strcmp(name, "runtime.sigpanic") == 0;
        if (!plausible_frame(caller_fp, fp))
            caller_fp = 0;  // print the caller's frame, then stop
        fp = caller_fp;
    }
}
