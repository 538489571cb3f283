// The network poller (gc: runtime/netpoll.go, netpoll_epoll.go) on golly's
// one thread: internal/poll registers each descriptor it can poll (pipes,
// sockets, terminals; epoll refuses regular files, which stay blocking as
// in gc), os puts those in non-blocking mode, and a read or write that
// would block parks its goroutine in runtime_pollWait instead of blocking
// the thread every goroutine shares. The scheduler (proc.c findrunnable)
// asks epoll which descriptors became ready whenever nothing else can run,
// blocking in epoll_wait until the earliest timer when nothing can, and
// every 61st time it picks a goroutine otherwise (gc's schedtick check),
// so a busy goroutine does not starve the ones waiting for I/O.
//
// A descriptor's state is gc's pollDesc reduced to one thread: a ready
// flag per direction (an edge-triggered event not consumed yet: gc's
// pdReady), the goroutine waiting in each direction, the deadlines, and
// closing. Deadlines need no timers: a wait's deadline is checked when it
// starts and bounds how long the scheduler blocks in epoll_wait.

#include "internal.h"
#include "golly/sys.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <unistd.h>

// netpoll.go's pollNoError, pollErrClosing, pollErrTimeout,
// pollErrNotPollable.
enum { POLL_NO_ERROR, POLL_ERR_CLOSING, POLL_ERR_TIMEOUT, POLL_ERR_NOT_POLLABLE };

typedef struct poll_desc {
    int fd;
    bool closing;
    bool event_err;             // epoll reported only EPOLLERR
    bool ready[2];              // read, write: an event not yet consumed
    golly_g *waiter[2];         // the goroutine parked in that direction
    int64_t deadline[2];        // nanotime; 0: none; < 0: expired
    struct poll_desc *prev, *next;
} poll_desc;

static int epfd = -1;
static poll_desc *open_descs;
int golly_netpoll_waiters;

static int direction(go_int mode) { return mode == 'w' ? 1 : 0; }

void golly_netpollInit(void *context) {
    (void)context;
    if (epfd < 0)
        epfd = epoll_create1(EPOLL_CLOEXEC);
    if (epfd < 0)
        golly_throw("runtime: netpollinit failed");
}

int64_t golly_netpollOpen(void *context, uintptr_t fd) {
    golly_netpollInit(context);
    poll_desc *pd = calloc(1, sizeof *pd);
    if (pd == NULL)
        golly_throw("runtime: out of memory allocating a poll descriptor");
    pd->fd = (int)fd;
    struct epoll_event ev = {.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET, .data.ptr = pd};
    if (epoll_ctl(epfd, EPOLL_CTL_ADD, (int)fd, &ev) != 0) {
        int err = errno;
        free(pd);
        return -err;
    }
    pd->next = open_descs;
    if (open_descs != NULL)
        open_descs->prev = pd;
    open_descs = pd;
    return (int64_t)(uintptr_t)pd;
}

void golly_netpollClose(void *context, uintptr_t ctx) {
    (void)context;
    poll_desc *pd = (poll_desc *)ctx;
    if (pd->waiter[0] != NULL || pd->waiter[1] != NULL)
        golly_throw("runtime: blocked read on closing polldesc");
    epoll_ctl(epfd, EPOLL_CTL_DEL, pd->fd, NULL);
    if (pd->prev != NULL)
        pd->prev->next = pd->next;
    else
        open_descs = pd->next;
    if (pd->next != NULL)
        pd->next->prev = pd->prev;
    free(pd);
}

static bool expired(const poll_desc *pd, int dir) {
    int64_t d = pd->deadline[dir];
    return d < 0 || (d > 0 && d <= golly_nanotime(NULL));
}

// netpoll.go netpollcheckerr.
static int check(const poll_desc *pd, int dir) {
    if (pd->closing)
        return POLL_ERR_CLOSING;
    if (expired(pd, dir))
        return POLL_ERR_TIMEOUT;
    // Only a read reports an error event: a write's own error says more.
    if (dir == 0 && pd->event_err)
        return POLL_ERR_NOT_POLLABLE;
    return POLL_NO_ERROR;
}

static void wake(poll_desc *pd, int dir) {
    golly_g *gp = pd->waiter[dir];
    if (gp == NULL)
        return;
    pd->waiter[dir] = NULL;
    golly_netpoll_waiters--;
    golly_goready(gp);
}

go_int golly_netpollReset(void *context, uintptr_t ctx, go_int mode) {
    (void)context;
    poll_desc *pd = (poll_desc *)ctx;
    int err = check(pd, direction(mode));
    if (err == POLL_NO_ERROR)
        pd->ready[direction(mode)] = false;
    return err;
}

go_int golly_netpollWait(void *context, uintptr_t ctx, go_int mode) {
    (void)context;
    poll_desc *pd = (poll_desc *)ctx;
    int dir = direction(mode);
    for (;;) {
        int err = check(pd, dir);
        if (err != POLL_NO_ERROR)
            return err;
        if (pd->ready[dir]) {
            pd->ready[dir] = false;
            return POLL_NO_ERROR;
        }
        if (pd->waiter[dir] != NULL)
            golly_throw("runtime: double wait");
        pd->waiter[dir] = golly_curg;
        golly_netpoll_waiters++;
        golly_gopark("IO wait");
    }
}

// d is relative (internal/poll's setDeadlineImpl): > 0 from now, < 0
// already past, 0 none. A deadline already past wakes the waiters, which
// then report the timeout.
void golly_netpollSetDeadline(void *context, uintptr_t ctx, int64_t d, go_int mode) {
    (void)context;
    poll_desc *pd = (poll_desc *)ctx;
    if (d > 0) {
        d += golly_nanotime(NULL);
        if (d <= 0)
            d = INT64_MAX;
    }
    for (int dir = 0; dir < 2; dir++) {
        if ((dir == 0 && mode != 'r' && mode != 'r' + 'w') || (dir == 1 && mode != 'w' && mode != 'r' + 'w'))
            continue;
        pd->deadline[dir] = d;
        if (d < 0)
            wake(pd, dir);
    }
}

void golly_netpollUnblock(void *context, uintptr_t ctx) {
    (void)context;
    poll_desc *pd = (poll_desc *)ctx;
    pd->closing = true;
    wake(pd, 0);
    wake(pd, 1);
}

bool golly_netpollIsServer(void *context, uintptr_t fd) {
    (void)context;
    return epfd >= 0 && (int)fd == epfd;
}

// The earliest deadline of a parked wait, or -1.
static int64_t earliest_deadline(void) {
    int64_t when = -1;
    for (poll_desc *pd = open_descs; pd != NULL; pd = pd->next)
        for (int dir = 0; dir < 2; dir++)
            if (pd->waiter[dir] != NULL && pd->deadline[dir] != 0 && (when < 0 || pd->deadline[dir] < when))
                when = pd->deadline[dir] < 0 ? 0 : pd->deadline[dir];
    return when;
}

int golly_netpoll(int64_t until) {
    if (epfd < 0 || golly_netpoll_waiters == 0)
        return 0;
    int timeout = 0;
    if (until != 0) {
        int64_t deadline = earliest_deadline();
        if (deadline >= 0 && (until < 0 || deadline < until))
            until = deadline;
        if (until < 0) {
            timeout = -1;
        } else {
            int64_t wait = until - golly_nanotime(NULL);
            // Rounded up: waking early would only wait again.
            timeout = wait <= 0 ? 0 : wait >= (int64_t)INT32_MAX * 1000000 ? INT32_MAX : (int)((wait + 999999) / 1000000);
        }
    }
    struct epoll_event events[128];
    int n = epoll_wait(epfd, events, 128, timeout);
    int readied = golly_netpoll_waiters;
    for (int i = 0; i < n; i++) {
        poll_desc *pd = events[i].data.ptr;
        uint32_t ev = events[i].events;
        if (ev == EPOLLERR)
            pd->event_err = true;
        if (ev & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) {
            pd->ready[0] = true;
            wake(pd, 0);
        }
        if (ev & (EPOLLOUT | EPOLLHUP | EPOLLERR)) {
            pd->ready[1] = true;
            wake(pd, 1);
        }
    }
    // The waits whose deadline passed.
    int64_t now = golly_nanotime(NULL);
    for (poll_desc *pd = open_descs; pd != NULL && golly_netpoll_waiters > 0; pd = pd->next)
        for (int dir = 0; dir < 2; dir++)
            if (pd->waiter[dir] != NULL && pd->deadline[dir] != 0 && pd->deadline[dir] <= now)
                wake(pd, dir);
    return readied - golly_netpoll_waiters;
}
