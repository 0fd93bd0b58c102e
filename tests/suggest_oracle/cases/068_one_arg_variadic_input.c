// site: 068_one_arg_variadic_input.c:16
// truth: MAYBE_IN("r" (w)) adds a second input (a=0, sp=1, v=2, w=3, hidden a=4, hidden sp=5): reorder must give "addq %3, %1 / addq %2, %1 / movq %5, %%rax" (hidden a moves to 5); frame-address "addq %2, %0 / addq %1, %0 / movq %4, %%rax".
#include "asmdefs.h"

#define MAYBE_IN(x...) , ##x

long one_arg_variadic_input(long x, long y, long z)
{
	register long a asm("r12") = x;
	register long v asm("r13") = y;
	register long w asm("r14") = z;

	asm volatile("addq %3, %0\n\t"
		     "addq %2, %0\n\t"
		     "movq %4, %%rax"
		     : "+r" (a), ASM_CALL_CONSTRAINT
		     : "r" (v) MAYBE_IN("r" (w))
		     : "rax");
	return a;
}
