// site: 003_plain_acc_middle.c:13
// truth: operands are r=0, sp=1, s=2, v=3, imm=4: reorder must give "movq %3, %1\n\tleaq %c4(%3), %2" and frame-address "movq %2, %0\n\tleaq %c3(%2), %1".
#include "asmdefs.h"

long plain_acc_middle(long x)
{
	register long v asm("r14") = x;
	register long r asm("r12");
	register long s asm("r13");

	asm volatile("movq %3, %0\n\t"
		     "leaq %c4(%3), %2"
		     : "=r" (r), ASM_CALL_CONSTRAINT, "=r" (s)
		     : "r" (v), "i" (42));
	return r + s;
}
