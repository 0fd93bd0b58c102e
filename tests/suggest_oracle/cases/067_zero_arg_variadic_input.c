// site: 067_zero_arg_variadic_input.c:14
// truth: MAYBE_IN() with no arguments adds nothing (a=0, sp=1, v=2, hidden a=3, hidden sp=4): reorder must give "addq %2, %1 / movq %4, %%rax"; frame-address "addq %1, %0 / movq %3, %%rax".
#include "asmdefs.h"

#define MAYBE_IN(x...) , ##x

long zero_arg_variadic_input(long x, long y)
{
	register long a asm("r12") = x;
	register long v asm("r13") = y;

	asm volatile("addq %2, %0\n\t"
		     "movq %3, %%rax"
		     : "+r" (a), ASM_CALL_CONSTRAINT
		     : "r" (v) MAYBE_IN()
		     : "rax");
	return a;
}
