/*
 * Inline functions with an out-of-line copy (DW_AT_abstract_origin): is the
 * return type / variadic marker taken from the right DIE?
 * ret_big6 returns a 32-byte struct (hidden pointer in %rdi), so its sixth
 * argument f is passed on the stack, in the cell.
 */
#include "common.h"
struct big { long a[4]; };
extern void take(long *);
static inline __attribute__((used)) struct big ret_big6(long a, long b, long c, long d, long e, long f)
{
	struct big r = { { a, b, c, f } };
	take(&f);
	return r;
}
struct big direct_big;
void direct(void) { direct_big = ret_big6(1, 2, 3, 4, 5, 6); }
void on_ret_big6(void) { call_on_stack(ret_big6); }

static inline __attribute__((used)) __int128 ret_i128(long a) { return a; }
__int128 direct_i;
void direct2(void) { direct_i = ret_i128(1); }
void on_ret_i128(void) { call_on_stack(ret_i128); }
