// The operating system for packages syscall and os: the C side of the hooks
// of std/runtime/syscall.go and os.go (declared in include/golly/sys.h),
// each taking the Go closure context first. gc writes the raw system call
// in assembly (syscall/asm_linux_amd64.s) and the rest in its runtime
// (runtime/runtime.go, env_posix.go, os_linux.go, signal_unix.go).
//
// golly runs every goroutine on one thread (docs/DESIGN.md §8), so a
// system call that blocks (a read of a terminal or a pipe) blocks the
// whole program: gc's entersyscall/exitsyscall hand the P to another
// thread, golly has none to hand it to.

#include "internal.h"
#include "golly/sys.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

void golly_syscall6(void *context, uintptr_t trap, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4,
                    uintptr_t a5, uintptr_t a6, uintptr_t *r) {
    (void)context;
    register uintptr_t r10 __asm__("r10") = a4;
    register uintptr_t r8 __asm__("r8") = a5;
    register uintptr_t r9 __asm__("r9") = a6;
    uintptr_t rax = trap, rdx = a3;
    __asm__ volatile("syscall"
                     : "+a"(rax), "+d"(rdx)
                     : "D"(a1), "S"(a2), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    if (rax > (uintptr_t)-4096) {
        r[0] = (uintptr_t)-1;
        r[1] = 0;
        r[2] = -rax;
        return;
    }
    r[0] = rax;
    r[1] = rdx;
    r[2] = 0;
}

void golly_flushPrint(void *context) {
    (void)context;
    golly_flush();
}

go_int golly_getpagesize(void *context) {
    (void)context;
    return (go_int)sysconf(_SC_PAGESIZE);
}

void golly_exit_process(void *context, int32_t code) {
    (void)context;
    golly_exit(code);
}

go_int golly_argc_count(void *context) {
    (void)context;
    return golly_argc;
}

static go_string cstring(const char *s) { return (go_string){(const uint8_t *)s, (go_int)strlen(s)}; }

go_string golly_argv_at(void *context, go_int i) {
    (void)context;
    return cstring(golly_argv[i]);
}

go_int golly_envc(void *context) {
    (void)context;
    go_int n = 0;
    while (environ != NULL && environ[n] != NULL)
        n++;
    return n;
}

go_string golly_envv(void *context, go_int i) {
    (void)context;
    return cstring(environ[i]);
}

// A NUL-terminated copy of a Go string, for libc (freed by the caller).
static char *cstrdup(const uint8_t *p, go_int n) {
    char *s = malloc((size_t)n + 1);
    if (s == NULL)
        golly_throw("out of memory");
    memcpy(s, p, (size_t)n);
    s[n] = 0;
    return s;
}

void golly_setenv(void *context, const uint8_t *k, go_int klen, const uint8_t *v, go_int vlen) {
    (void)context;
    char *ks = cstrdup(k, klen), *vs = cstrdup(v, vlen);
    setenv(ks, vs, 1);
    free(ks);
    free(vs);
}

void golly_unsetenv(void *context, const uint8_t *k, go_int klen) {
    (void)context;
    char *ks = cstrdup(k, klen);
    unsetenv(ks);
    free(ks);
}

// signal_unix.go sigpipe -> dieFromSignal(SIGPIPE).
void golly_sigpipe(void *context) {
    (void)context;
    golly_flush();
    signal(SIGPIPE, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(SIGPIPE);
    golly_exit(2);
}

// gc's runtime catches SIGPIPE, so a write to a broken pipe fails with
// EPIPE, and dies of it only for standard output and standard error
// (os.epipecheck calls sigpipe). A program that links this file (one that
// uses package syscall) catches SIGPIPE from the start to the same effect,
// with a handler that does nothing (not SIG_IGN, which a child process
// would inherit across exec).
static void on_sigpipe(int sig) { (void)sig; }
__attribute__((constructor)) static void catch_sigpipe(void) { golly_on_signal(SIGPIPE, on_sigpipe); }
