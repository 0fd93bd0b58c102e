// site: 123_chained_renumbering.c:17
// truth: operands a=0, b=1, c=2, sp=3, v=4, w=5 with references in descending and ascending order: reorder must map %0->%1, %1->%2, %2->%3 simultaneously (not by successive replacements, which would collapse them); frame-address must map %4->%3, %5->%4 and leave %0..%2.
#include "asmdefs.h"

long chained_renumbering(long x, long y)
{
	register long v asm("r15") = x;
	register long w asm("rbx") = y;
	register long a asm("r12");
	register long b asm("r13");
	register long c asm("r14");

	asm volatile("movq %4, %2\n\t"
		     "movq %5, %1\n\t"
		     "leaq (%1,%2), %0\n\t"
		     "# %0 %1 %2 %4 %5"
		     : "=r" (a), "=r" (b), "=r" (c), ASM_CALL_CONSTRAINT
		     : "r" (v), "r" (w));
	return a + b + c;
}
