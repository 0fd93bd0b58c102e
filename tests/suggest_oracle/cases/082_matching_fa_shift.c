// site: 082_matching_fa_shift.c:15
// truth: ASM_CALL_CONSTRAINT is first (sp=0, a=1, b=2, c=3, x="2"=4, w=5): reorder has nothing to do; frame-address must change the tie "2" to "1" (else x is tied to c) and give "movq %4, %0 / addq %3, %1 / movq %4, %2".
#include "asmdefs.h"

long matching_fa_shift(long x, long y)
{
	register long w asm("r15") = y;
	register long a asm("r12");
	register long b asm("r13");
	register long c asm("r14");

	asm volatile("movq %5, %1\n\t"
		     "addq %4, %2\n\t"
		     "movq %5, %3"
		     : ASM_CALL_CONSTRAINT, "=r" (a), "=r" (b), "=r" (c)
		     : "2" (x), "r" (w));
	return a + b + c;
}
