// The operating system under packages syscall, os, internal/poll and time:
// the C side of the hooks golly's runtime package declares without a body
// (std/runtime/syscall.go, os.go, time.go) and pushes by //go:linkname to
// the declarations gc's runtime (or gc's assembly) gives bodies to. Each
// takes the Go closure context first; strings come as (ptr, len).
#ifndef GOLLY_SYS_H
#define GOLLY_SYS_H

#include "golly/abi.h"

#include <stdbool.h>
#include <stdint.h>

// syscall6(trap, a1, ..., a6 uintptr, r *[3]uintptr): the raw system call
// (gc's asm_linux_amd64.s RawSyscall6): r[0] and r[1] are rax and rdx, or
// -1 and 0 with r[2] the errno when the kernel returns -4095..-1.
void golly_syscall6(void *context, uintptr_t trap, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4,
                    uintptr_t a5, uintptr_t a6, uintptr_t *r) GOLLY_NAME("runtime.syscall6");
// flushPrint(): writes out what print and println buffered (output.c), so
// that it comes before what the program then writes to standard output or
// standard error itself, in gc's order (gc's print writes at once).
void golly_flushPrint(void *context) GOLLY_NAME("runtime.flushPrint");
// getpagesize() int: the system's page size.
go_int golly_getpagesize(void *context) GOLLY_NAME("runtime.getpagesize");
// exit(code int32): flushes print output, then ends the process.
void golly_exit_process(void *context, int32_t code) GOLLY_NAME("runtime.exit");
// argc() int and argv(i int) string: the command line main received
// (the string is argv[i] itself, not a copy).
go_int golly_argc_count(void *context) GOLLY_NAME("runtime.argc");
go_string golly_argv_at(void *context, go_int i) GOLLY_NAME("runtime.argv");
// envc() int and envv(i int) string: the process environment (environ).
go_int golly_envc(void *context) GOLLY_NAME("runtime.envc");
go_string golly_envv(void *context, go_int i) GOLLY_NAME("runtime.envv");
// setenv(k, v string) and unsetenv(k string): libc's environment, so C's
// getenv agrees with os.Getenv (gc does this only with cgo).
void golly_setenv(void *context, const uint8_t *k, go_int klen, const uint8_t *v, go_int vlen) GOLLY_NAME("runtime.setenv");
void golly_unsetenv(void *context, const uint8_t *k, go_int klen) GOLLY_NAME("runtime.unsetenv");
// sigpipe(): dies of SIGPIPE, as gc does when a write to standard output
// or standard error finds a broken pipe (os.epipecheck).
void golly_sigpipe(void *context) GOLLY_NAME("runtime.sigpipe");

// walltime() int64: CLOCK_REALTIME in nanoseconds since 1970.
int64_t golly_walltime(void *context) GOLLY_NAME("runtime.walltime");
// sleepUntil(when int64): parks the calling goroutine until nanotime()
// reaches when (gc's timeSleep); other goroutines run meanwhile.
void golly_sleepUntil(void *context, int64_t when) GOLLY_NAME("runtime.sleepUntil");
// timerAdded(when int64): package runtime's timers (time.go) have one due
// at when; the scheduler then calls runtime.checkTimers by then.
void golly_timerAdded(void *context, int64_t when) GOLLY_NAME("runtime.timerAdded");

// The network poller (netpoll.c), under internal/poll's hooks
// (std/runtime/poll.go): netpollInit(); netpollOpen(fd uintptr) int64 (the
// descriptor's poll context, or -errno when epoll refuses it);
// netpollClose(ctx uintptr); netpollReset(ctx uintptr, mode int) int and
// netpollWait(ctx uintptr, mode int) int (mode 'r' or 'w'; netpoll.go's
// pollNoError, pollErrClosing, pollErrTimeout, pollErrNotPollable);
// netpollSetDeadline(ctx uintptr, d int64, mode int) (d relative, as
// internal/poll passes it); netpollUnblock(ctx uintptr);
// netpollIsServer(fd uintptr) bool.
void golly_netpollInit(void *context) GOLLY_NAME("runtime.netpollInit");
int64_t golly_netpollOpen(void *context, uintptr_t fd) GOLLY_NAME("runtime.netpollOpen");
void golly_netpollClose(void *context, uintptr_t ctx) GOLLY_NAME("runtime.netpollClose");
go_int golly_netpollReset(void *context, uintptr_t ctx, go_int mode) GOLLY_NAME("runtime.netpollReset");
go_int golly_netpollWait(void *context, uintptr_t ctx, go_int mode) GOLLY_NAME("runtime.netpollWait");
void golly_netpollSetDeadline(void *context, uintptr_t ctx, int64_t d, go_int mode) GOLLY_NAME("runtime.netpollSetDeadline");
void golly_netpollUnblock(void *context, uintptr_t ctx) GOLLY_NAME("runtime.netpollUnblock");
bool golly_netpollIsServer(void *context, uintptr_t fd) GOLLY_NAME("runtime.netpollIsServer");

// For the scheduler (proc.c): how many goroutines wait for a descriptor;
// golly_netpoll readies those whose descriptor is ready or whose deadline
// passed, and returns how many. until: 0 returns at once, -1 blocks until
// an event, else blocks until that nanotime at the latest.
extern int golly_netpoll_waiters __attribute__((visibility("hidden")));
int golly_netpoll(int64_t until) __attribute__((visibility("hidden")));

// For the scheduler (proc.c): true while a goroutine sleeps or a timer is
// pending; golly_timers_run wakes the sleepers that are due and runs the
// timers that are, and with block, when none was, first waits for the
// earliest deadline (nanosleep, or epoll_wait while goroutines wait for
// descriptors, netpoll.c). It returns false when nothing is pending.
extern bool golly_timers_active __attribute__((visibility("hidden")));
bool golly_timers_run(bool block) __attribute__((visibility("hidden")));

#endif
