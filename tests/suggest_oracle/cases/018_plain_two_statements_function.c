// site: 018_plain_two_statements_function.c:15
// truth: the site names the second statement (r=0, sp=1, v=2, w=3): reorder must give "movq %2, %1\n\tsubq %3, %1" and frame-address "movq %1, %0\n\tsubq %2, %0"; the first statement (no ASM_CALL_CONSTRAINT) must not change.
#include "asmdefs.h"

long plain_two_statements_function(long x, long y)
{
	register long v asm("r12") = x;
	register long w asm("r13") = y;
	register long r asm("r14");
	register long s asm("r15");

	asm volatile("movq %1, %0\n\taddq %2, %0" : "=r" (s) : "r" (v), "r" (w));
	asm volatile("movq %2, %0\n\t"
		     "subq %3, %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v), "r" (w));
	return r + s;
}
