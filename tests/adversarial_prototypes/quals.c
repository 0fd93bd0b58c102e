/* Aggregates hidden behind typedef / qualifiers / _Atomic (C, clang). */
#include "common.h"
struct big { long a[4]; };
struct two { long a, b; };
typedef struct big tbig;
typedef const volatile tbig cvbig;
NOSAN void by_typedef(tbig b) { sink = b.a[0]; }
NOSAN void by_cv(cvbig b) { sink = b.a[0]; }
NOSAN void by_atomic(_Atomic struct two b) { struct two x = b; sink = x.a; }
NOSAN void by_atomic_big(_Atomic tbig b) { tbig x = b; sink = x.a[0]; }
NOSAN void by_atomic_i128(long a, long b, long c, long d, long e, _Atomic __int128 f) { sink = (long)f; }
NOSAN void by_atomic_ld(_Atomic long double f) { sink = (long)f; }
typedef __int128 ti;
typedef const ti cti;
NOSAN void by_cti(long a, long b, long c, long d, long e, cti f) { sink = (long)f + a; }
NOSAN void ptr_fn(void (*f)(void), long (*g)[4]) { sink = (long)f + (long)g; }
typedef struct big (*retbig)(void);
NOSAN tbig ret_typedef(long a) { tbig r = { { a } }; return r; }
NOSAN _Atomic(tbig) ret_atomic(long a) { tbig r = { { a } }; return r; }

void on_typedef(void) { call_on_stack(by_typedef); }
void on_cv(void) { call_on_stack(by_cv); }
void on_atomic(void) { call_on_stack(by_atomic); }
void on_atomic_big(void) { call_on_stack(by_atomic_big); }
void on_atomic_i128(void) { call_on_stack(by_atomic_i128); }
void on_atomic_ld(void) { call_on_stack(by_atomic_ld); }
void on_cti(void) { call_on_stack(by_cti); }
void on_ptr_fn(void) { call_on_stack(ptr_fn); }
void on_ret_typedef(void) { call_on_stack(ret_typedef); }
void on_ret_atomic(void) { call_on_stack(ret_atomic); }
