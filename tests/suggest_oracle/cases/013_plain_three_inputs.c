// site: 013_plain_three_inputs.c:12
// truth: r=0, sp=1, v=2, imm=3, g2=4: reorder must give "leaq %c3(%2), %1\n\taddq %4, %1"; frame-address "leaq %c2(%1), %0\n\taddq %3, %0".
#include "asmdefs.h"

long plain_three_inputs(long x)
{
	register long v asm("rcx") = x;
	register long r asm("rdx");

	asm volatile("leaq %c3(%2), %0\n\taddq %4, %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v), "i" (1234), "m" (g2));
	return r;
}
