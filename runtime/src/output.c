// The writer behind print/println and every crash message.
//
// gc's gwrite (runtime/print.go) sends each print straight to standard error
// with write(2). That makes a loop of println calls one system call per
// argument, so golly collects output in a buffer instead and writes it out
//   - when the buffer is full,
//   - at every newline while standard error is a terminal (interactive
//     output appears when gc's would),
//   - at exit, before any panic or fatal-error text is printed, and from the
//     fatal-signal handlers (signal.c),
// which keeps the bytes and their order exactly as gc produces them.
//
// Single-threaded: goroutines are M:1 (docs/DESIGN.md §8); an M:N
// scheduler must add gc's printlock around these.

#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { BUFFER_SIZE = 64 * 1024 };

static uint8_t buffer[BUFFER_SIZE];
// Bytes in `buffer`. Updated only after the bytes are in place, so a signal
// handler that flushes mid-print never writes half-copied data.
static size_t buffered;
static int line_buffered = -1;  // -1: not yet asked isatty

static void write_all(const uint8_t *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(2, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return;     // like gc: nothing sensible to do if stderr is gone
        }
        p += w;
        n -= (size_t)w;
    }
}

void golly_flush(void) {
    size_t n = buffered;
    buffered = 0;
    write_all(buffer, n);
}

// The bytes written since golly_capture_begin, while capturing.
static uint8_t *capture;
static size_t capture_len, capture_cap;
static bool capturing;

void golly_capture_begin(void) {
    capturing = true;
    capture_len = 0;
}

go_string golly_capture_end(void) {
    capturing = false;
    uint8_t *s = golly_alloc((go_int)capture_len);
    if (capture_len != 0)
        memcpy(s, capture, capture_len);
    return (go_string){s, (go_int)capture_len};
}

static void capture_write(const void *p, size_t n) {
    if (capture_len + n > capture_cap) {
        size_t cap = capture_cap == 0 ? 128 : capture_cap;
        while (cap < capture_len + n)
            cap *= 2;
        uint8_t *grown = realloc(capture, cap);
        if (grown == NULL)
            return;
        capture = grown;
        capture_cap = cap;
    }
    memcpy(capture + capture_len, p, n);
    capture_len += n;
}

void golly_write(const void *p, size_t n) {
    if (n == 0)
        return;
    if (capturing) {
        capture_write(p, n);
        return;
    }
    if (buffered + n > BUFFER_SIZE) {
        golly_flush();
        if (n > BUFFER_SIZE) {
            write_all(p, n);
            return;
        }
    }
    memcpy(buffer + buffered, p, n);
    buffered += n;
    if (line_buffered < 0)
        line_buffered = isatty(2);
    if (line_buffered && memchr(p, '\n', n) != NULL)
        golly_flush();
}

void golly_writestr(const char *s) {
    golly_write(s, strlen(s));
}

// runtime/print.go printhex (with minhexdigits = 0).
void golly_writehex(uint64_t v) {
    static const char digits[] = "0123456789abcdef";
    char buf[2 + 16];
    size_t i = sizeof buf;
    do {
        buf[--i] = digits[v % 16];
        v /= 16;
    } while (v != 0);
    buf[--i] = 'x';
    buf[--i] = '0';
    golly_write(buf + i, sizeof buf - i);
}
