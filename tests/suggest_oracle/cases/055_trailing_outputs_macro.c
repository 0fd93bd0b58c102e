// site: 055_trailing_outputs_macro.c:15
// truth: MORE_OUTS adds ", \"=r\" (b)" after a, so a=0, b=1, sp=2, v=3: reorder must give "movq %3, %1\n\tleaq 8(%3), %2"; frame-address "movq %2, %0\n\tleaq 8(%2), %1".
#include "asmdefs.h"

#define MORE_OUTS , "=r" (b)

long trailing_outputs_macro(long x)
{
	register long v asm("r14") = x;
	register long a asm("r12");
	register long b asm("r13");

	asm volatile("movq %3, %0\n\t"
		     "leaq 8(%3), %1"
		     : "=r" (a) MORE_OUTS, ASM_CALL_CONSTRAINT
		     : "r" (v));
	return a + b;
}
