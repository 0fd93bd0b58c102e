// site: 052_two_args_one_operand.c:15
// truth: OUT_AS("=r", r) is two arguments making ONE output (r=0, sp=1, v=2, w=3): reorder must give "movq %2, %1\n\taddq %3, %1"; frame-address "movq %1, %0\n\taddq %2, %0".
#include "asmdefs.h"

#define OUT_AS(c, v) c (v)

long two_args_one_operand(long x, long y)
{
	register long v asm("r12") = x;
	register long w asm("r13") = y;
	register long r asm("r14");

	asm volatile("movq %2, %0\n\t"
		     "addq %3, %0"
		     : OUT_AS("=r", r), ASM_CALL_CONSTRAINT
		     : "r" (v), "r" (w));
	return r;
}
