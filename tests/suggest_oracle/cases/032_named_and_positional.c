// site: 032_named_and_positional.c:14
// truth: r=0, [dst2] s=1, sp=2, [src] v=3, w=4: reorder must turn %0 into %1 and leave %4 and the named references; frame-address must turn %4 into %3 and leave %0.
#include "asmdefs.h"

long named_and_positional(long x, long y)
{
	register long v asm("r14") = x;
	register long w asm("r15") = y;
	register long r asm("r12");
	register long s asm("r13");

	asm volatile("movq %[src], %0\n\t"
		     "movq %4, %[dst2]"
		     : "=r" (r), [dst2] "=r" (s), ASM_CALL_CONSTRAINT
		     : [src] "r" (v), "r" (w));
	return r + s;
}
