/*
 * Out-of-line copies of inline functions: the concrete DW_TAG_subprogram has
 * DW_AT_abstract_origin; parameters that are unused may be missing from it.
 * seven_inl takes 7 longs; only g (the stack argument) is used, and written.
 */
#include "common.h"
static inline __attribute__((used)) void seven_inl(long a, long b, long c, long d, long e, long f, long g)
{
	extern void take(long *);
	take(&g);		/* g lives in the cell: the callee writes it */
}
void direct(void) { seven_inl(1, 2, 3, 4, 5, 6, 7); }
void on_inl(void) { call_on_stack(seven_inl); }

static inline __attribute__((used)) void var_inl(int n, ...)
{
	sink = n;
}
void direct2(void) { var_inl(1, 2, 3); }
void on_var_inl(void) { call_on_stack(var_inl); }

struct big { long a[4]; };
static inline __attribute__((used)) void big_inl(struct big b)
{
	extern void take(long *);
	take(&b.a[0]);
}
void direct3(void) { struct big b = { { 1 } }; big_inl(b); }
void on_big_inl(void) { call_on_stack(big_inl); }
