// Channels and select: the entry points compiled code calls (gc's
// runtime/chan.go and select.go). A channel value is a pointer to the
// runtime's header, nil for a nil channel; len(c) and cap(c) are its first
// two words. Elements cross by address: the compiler stores a value to
// send in a temporary and passes its address, and passes the address
// where a received value goes (NULL to drop it).
#ifndef GOLLY_CHAN_H
#define GOLLY_CHAN_H

#include "golly/abi.h"

#include <stdbool.h>

typedef struct golly_chan golly_chan;

// make(chan T, size): chantype is the descriptor of `chan T` (its elem is T).
// Panics with gc's `makechan: size out of range` for a negative size.
golly_chan *golly_makechan(const golly_type *chantype, go_int size) GOLLY_NAME("runtime.makechan");
// c <- *elem. Blocks until a receiver takes it or the buffer has room;
// panics `send on closed channel`; blocks forever on a nil channel.
void golly_chansend1(golly_chan *c, const void *elem) GOLLY_NAME("runtime.chansend1");
// *elem = <-c (elem may be NULL); chanrecv2 also returns whether the value
// came from a send (false: c is closed and drained, *elem is the zero value).
void golly_chanrecv1(golly_chan *c, void *elem) GOLLY_NAME("runtime.chanrecv1");
bool golly_chanrecv2(golly_chan *c, void *elem) GOLLY_NAME("runtime.chanrecv2");
// close(c): panics `close of nil channel` / `close of closed channel`.
void golly_closechan(golly_chan *c) GOLLY_NAME("runtime.closechan");
go_int golly_chanlen(golly_chan *c) GOLLY_NAME("runtime.chanlen");
go_int golly_chancap(golly_chan *c) GOLLY_NAME("runtime.chancap");

// One case of a select statement, in source order. In IR:
//   { ptr addrspace(1) c, ptr elem, i64 dir }
enum { GOLLY_SELECT_SEND = 1, GOLLY_SELECT_RECV = 2 };
typedef struct {
    golly_chan *c;
    void *elem;                 // send: the value; receive: where it goes (or NULL)
    go_int dir;
} golly_scase;
// Runs one ready case, chosen at random among the ready ones, and returns
// its index; -1 if none is ready and !block (the default case). Without
// default it blocks until a case can run. *recv_ok as chanrecv2's result
// for a receive case.
go_int golly_selectgo(golly_scase *cases, go_int ncases, bool block, bool *recv_ok) GOLLY_NAME("runtime.selectgo");
// select {} is selectgo with no cases: it blocks forever.

#endif
