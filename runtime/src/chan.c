// Channels and select (gc's runtime/chan.go and select.go) for goroutines
// on one thread (proc.c): with no other thread nothing can run between two
// statements of the runtime, so gc's locks have no counterpart here.
//
// A blocked operation queues a sudog (a waiting goroutine and where its
// element is) on the channel, in its goroutine (a select: in its frame,
// one per case), and parks; the goroutine
// that completes the operation copies the element, marks the sudog
// successful and readies the waiter. close wakes every waiter unsuccessful.

#include "golly/chan.h"
#include "golly/slice.h"
#include "internal.h"

#include <string.h>

typedef golly_sudog sudog;

typedef struct {
    sudog *first, *last;
} waitq;

typedef struct golly_chan {
    go_int qcount;              // elements in the buffer (len)
    go_int dataqsiz;            // the buffer's capacity (cap)
    uint8_t *buf;
    const golly_type *elemtype;
    go_int sendx, recvx;
    waitq recvq, sendq;
    bool closed;
} golly_chan;

_Static_assert(offsetof(golly_chan, qcount) == 0 && offsetof(golly_chan, dataqsiz) == 8,
               "compiled code may read len and cap at offsets 0 and 8");

// The header's pointer into the heap is buf (word 2); the queues point
// into goroutine stacks, the element type to static data.
static const uint8_t chan_gcdata[] = {1 << (offsetof(golly_chan, buf) / 8)};
// Its descriptor lists no fields: only the collector reads it; no Go code
// compares one.
static golly_structtype chan_header_type = {
    .type = {.size = sizeof(golly_chan), .kind = GOLLY_KIND_STRUCT, .align = 8, .field_align = 8,
             .tflag = GOLLY_TFLAG_NAMED, .ptrdata = offsetof(golly_chan, buf) + 8, .gcdata = chan_gcdata},
};

static const golly_rt_type chan_types[] = {
    {&chan_header_type.type, GOLLY_STATIC_NAME(0, "runtime.hchan"), NULL, NULL, NULL},
};

void golly_chan_types_init(void) {
    golly_init_types(chan_types, 1);
}

static const go_string closed_send = GO_STRING("send on closed channel");
static const go_string closed_close = GO_STRING("close of closed channel");
static const go_string nil_close = GO_STRING("close of nil channel");
static const go_string size_range = GO_STRING("makechan: size out of range");

golly_chan *golly_makechan(const golly_type *chantype, go_int size) {
    const golly_type *elem = golly_type_elem(chantype);
    if (size < 0 || (elem->size != 0 && (uint64_t)size > (uint64_t)(1ull << 40) / elem->size))
        golly_panic_plainerror(&size_range);
    golly_chan *c = golly_mallocgc(sizeof *c, &chan_header_type.type);
    c->elemtype = elem;
    c->dataqsiz = size;
    if (size > 0 && elem->size > 0)
        c->buf = golly_makeslice(elem, size, size);
    return c;
}

static void enqueue(waitq *q, sudog *s) {
    s->next = NULL;
    s->prev = q->last;
    if (q->last != NULL)
        q->last->next = s;
    else
        q->first = s;
    q->last = s;
}

static void unlink_sudog(waitq *q, sudog *s) {
    if (s->prev != NULL)
        s->prev->next = s->next;
    else
        q->first = s->next;
    if (s->next != NULL)
        s->next->prev = s->prev;
    else
        q->last = s->prev;
    s->next = s->prev = NULL;
}

// The first waiter that can still be woken: a select that another case
// already completed is skipped (gc's dequeue and selectDone).
static sudog *dequeue(waitq *q) {
    for (sudog *s = q->first; s != NULL; s = q->first) {
        unlink_sudog(q, s);
        if (s->is_select) {
            if (s->g->selectdone)
                continue;
            s->g->selectdone = true;
            s->g->param = s;
        }
        return s;
    }
    return NULL;
}

static void *slot(golly_chan *c, go_int i) { return c->buf + (uintptr_t)i * c->elemtype->size; }

static void copy_elem(golly_chan *c, void *dst, const void *src) {
    if (dst == NULL)
        return;
    // Words and pairs of words (ints, pointers, strings, interfaces) by
    // inline moves: most elements are one of these.
    switch (c->elemtype->size) {
    case 0: return;
    case 8: memcpy(dst, src, 8); return;
    case 16: memcpy(dst, src, 16); return;
    default: memmove(dst, src, c->elemtype->size);
    }
}

static void clear_elem(golly_chan *c, void *p) {
    if (p != NULL && c->elemtype->size != 0)
        memset(p, 0, c->elemtype->size);
}

static void advance(golly_chan *c, go_int *i) {
    if (++*i == c->dataqsiz)
        *i = 0;
}

// chan.go chansend without blocking: true if the send happened.
static bool try_send(golly_chan *c, const void *elem) {
    if (c->closed)
        golly_panic_plainerror(&closed_send);
    sudog *r = dequeue(&c->recvq);
    if (r != NULL) {
        copy_elem(c, r->elem, elem);
        r->success = true;
        golly_goready(r->g);
        return true;
    }
    if (c->qcount < c->dataqsiz) {
        copy_elem(c, c->buf ? slot(c, c->sendx) : NULL, elem);
        advance(c, &c->sendx);
        c->qcount++;
        return true;
    }
    return false;
}

// chan.go chanrecv without blocking: true if a value (or the closed
// channel's zero value, *ok false) was received.
static bool try_recv(golly_chan *c, void *elem, bool *ok) {
    sudog *s = dequeue(&c->sendq);
    if (s != NULL) {
        if (c->dataqsiz == 0) {
            copy_elem(c, elem, s->elem);
        } else {
            // A full buffer: take its head, the sender's value goes to the tail.
            if (c->buf != NULL) {
                copy_elem(c, elem, slot(c, c->recvx));
                copy_elem(c, slot(c, c->recvx), s->elem);
            }
            advance(c, &c->recvx);
            c->sendx = c->recvx;
        }
        s->success = true;
        golly_goready(s->g);
        *ok = true;
        return true;
    }
    if (c->qcount > 0) {
        if (c->buf != NULL) {
            copy_elem(c, elem, slot(c, c->recvx));
            clear_elem(c, slot(c, c->recvx));
        }
        advance(c, &c->recvx);
        c->qcount--;
        *ok = true;
        return true;
    }
    if (c->closed) {
        clear_elem(c, elem);
        *ok = false;
        return true;
    }
    return false;
}

void golly_chansend1(golly_chan *c, const void *elem) {
    if (c == NULL)
        golly_block_forever("chan send (nil chan)");
    if (try_send(c, elem))
        return;
    golly_g *gp = golly_curg;
    sudog *s = &gp->wait;
    *s = (sudog){.g = gp, .elem = (void *)elem, .c = c};
    enqueue(&c->sendq, s);
    golly_gopark("chan send");
    if (!s->success)
        golly_panic_plainerror(&closed_send);
}

bool golly_chanrecv2(golly_chan *c, void *elem) {
    if (c == NULL)
        golly_block_forever("chan receive (nil chan)");
    bool ok;
    if (try_recv(c, elem, &ok))
        return ok;
    golly_g *gp = golly_curg;
    sudog *s = &gp->wait;
    *s = (sudog){.g = gp, .elem = elem, .c = c};
    enqueue(&c->recvq, s);
    golly_gopark("chan receive");
    return s->success;
}

void golly_chanrecv1(golly_chan *c, void *elem) { (void)golly_chanrecv2(c, elem); }

void golly_closechan(golly_chan *c) {
    if (c == NULL)
        golly_panic_plainerror(&nil_close);
    if (c->closed)
        golly_panic_plainerror(&closed_close);
    c->closed = true;
    // Receivers get zero values, senders panic when they run. gc gathers
    // them on a list (pushing each at its head) and then readies them from
    // the head: the last one queued first.
    golly_g *list = NULL;
    sudog *s;
    while ((s = dequeue(&c->recvq)) != NULL) {
        clear_elem(c, s->elem);
        s->success = false;
        s->g->schedlink = list;
        list = s->g;
    }
    while ((s = dequeue(&c->sendq)) != NULL) {
        s->success = false;
        s->g->schedlink = list;
        list = s->g;
    }
    while (list != NULL) {
        golly_g *gp = list;
        list = gp->schedlink;
        golly_goready(gp);
    }
}

go_int golly_chanlen(golly_chan *c) { return c == NULL ? 0 : c->qcount; }
go_int golly_chancap(golly_chan *c) { return c == NULL ? 0 : c->dataqsiz; }

// select.go selectgo: cases are polled in a random order (gc's pollorder)
// and the first ready one runs; with none ready, a select with a default
// returns -1, one without queues a sudog on every channel and parks until
// one case completes. Nil channels never become ready.
go_int golly_selectgo(golly_scase *cases, go_int ncases, bool block, bool *recv_ok) {
    go_int order[ncases > 0 ? ncases : 1];
    for (go_int i = 0; i < ncases; i++) {
        go_int j = (go_int)(golly_fastrand() % (uint64_t)(i + 1));
        order[i] = order[j];
        order[j] = i;
    }
    *recv_ok = false;
    for (go_int k = 0; k < ncases; k++) {
        golly_scase *cas = &cases[order[k]];
        golly_chan *c = cas->c;
        if (c == NULL)
            continue;
        if (cas->dir == GOLLY_SELECT_SEND) {
            if (try_send(c, cas->elem))
                return order[k];
        } else if (try_recv(c, cas->elem, recv_ok)) {
            return order[k];
        }
    }
    if (!block)
        return -1;
    if (ncases == 0)
        golly_block_forever("select (no cases)");

    golly_g *gp = golly_curg;
    sudog waits[ncases];
    gp->selectdone = false;
    gp->param = NULL;
    bool any = false;
    for (go_int i = 0; i < ncases; i++) {
        golly_chan *c = cases[i].c;
        waits[i] = (sudog){.g = gp, .elem = cases[i].elem, .c = c, .case_index = i, .is_select = true};
        if (c == NULL)
            continue;
        any = true;
        enqueue(cases[i].dir == GOLLY_SELECT_SEND ? &c->sendq : &c->recvq, &waits[i]);
    }
    if (!any)
        golly_block_forever("select");
    golly_gopark("select");
    sudog *won = gp->param;
    gp->param = NULL;
    gp->selectdone = false;
    // Take the other sudogs off their queues.
    for (go_int i = 0; i < ncases; i++) {
        sudog *s = &waits[i];
        if (s == won || s->c == NULL)
            continue;
        waitq *q = cases[i].dir == GOLLY_SELECT_SEND ? &s->c->sendq : &s->c->recvq;
        for (sudog *x = q->first; x != NULL; x = x->next) {
            if (x == s) {
                unlink_sudog(q, s);
                break;
            }
        }
    }
    if (won == NULL)
        golly_throw("select woken without a case");
    if (cases[won->case_index].dir == GOLLY_SELECT_SEND) {
        if (!won->success)
            golly_panic_plainerror(&closed_send);
    } else {
        *recv_ok = won->success;
    }
    return won->case_index;
}

// A nil channel operation or an empty select: the goroutine never runs
// again (gc's gopark with no waker); a deadlock if nothing else can run.
__attribute__((noreturn)) void golly_block_forever(const char *reason) {
    for (;;)
        golly_gopark(reason);
}

