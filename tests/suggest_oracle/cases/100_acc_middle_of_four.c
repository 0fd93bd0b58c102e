// site: 100_acc_middle_of_four.c:15
// truth: a=0, b=1, sp=2, c=3, v=4, imm=5: reorder must give "movq %4, %1 / leaq 1(%4), %2 / leaq %c5(%4), %3"; frame-address "movq %3, %0 / leaq 1(%3), %1 / leaq %c4(%3), %2".
#include "asmdefs.h"

long acc_middle_of_four(long x)
{
	register long v asm("r15") = x;
	register long a asm("r12");
	register long b asm("r13");
	register long c asm("r14");

	asm volatile("movq %4, %0\n\t"
		     "leaq 1(%4), %1\n\t"
		     "leaq %c5(%4), %3"
		     : "=r" (a), "=r" (b), ASM_CALL_CONSTRAINT, "=r" (c)
		     : "r" (v), "i" (40));
	return a + b + c;
}
