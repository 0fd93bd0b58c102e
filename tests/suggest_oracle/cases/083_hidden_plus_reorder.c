// site: 083_hidden_plus_reorder.c:16
// truth: hidden inputs of "+" outputs follow the inputs in output order (a=0, b=1, sp=2, c=3, v=4, hidden a=5, b=6, sp=7, c=8): reorder must give "addq %4, %1/%2/%3 / # hidden %6 %7 %8"; frame-address "addq %3, %0/%1/%2 / # hidden %5 %6 %7".
#include "asmdefs.h"

long hidden_plus_reorder(long x, long y, long z, long u)
{
	register long a asm("r12") = x;
	register long b asm("r13") = y;
	register long c asm("r14") = z;
	register long v asm("r15") = u;

	asm volatile("addq %4, %0\n\t"
		     "addq %4, %1\n\t"
		     "addq %4, %3\n\t"
		     "# hidden %5 %6 %8"
		     : "+r" (a), "+r" (b), ASM_CALL_CONSTRAINT, "+r" (c)
		     : "r" (v));
	return a + b + c;
}
