// Between the collector's cycle (mgc.c) and its marking (mgcmark.c).
#ifndef GOLLY_MGC_H
#define GOLLY_MGC_H

#include "internal.h"

// runtime.GC's Go caller (set by mgc_amd64.S, cleared after the
// collection): return address, stack pointer after the call, frame pointer.
extern uintptr_t golly_gc_go_ret, golly_gc_go_sp, golly_gc_go_fp;

// Marks everything reachable from the roots (mgcmark.c).
void golly_gc_mark(void);
// Marks every allocated object that a word of [lo, hi) points into.
void golly_gc_scan_conservative(uintptr_t lo, uintptr_t hi);

// For finalizers (mfinal.c): marks p's object and what it reaches; marks
// what obj's object reaches but not the object; whether p's object is
// marked.
void golly_gc_mark_object(uintptr_t p);
void golly_gc_scan_contents(uintptr_t obj);
bool golly_gc_is_marked(uintptr_t p);
// The finalizers' part of marking (mfinal.c), after the roots'.
void golly_gc_mark_finalizers(void);

#endif
