// site: 079_hidden_after_acc_goto.c:16
// truth: a=0, sp=1, b=2, v=3, w=4, hidden a=5, hidden sp=6, hidden b=7, label 8: reorder must give "addq %3, %1 / addq %4, %2 / # %6 %7 / jz %l8" (hidden sp now precedes hidden a); frame-address must give "addq %2, %0 / addq %3, %1 / # %5 %6 / jz %l7".
#include "asmdefs.h"

void hidden_after_acc_goto(long x, long y, long z, long u)
{
	register long a asm("r12") = x;
	register long b asm("r13") = y;
	register long v asm("r14") = z;
	register long w asm("r15") = u;

	asm goto("addq %3, %0\n\t"
		 "addq %4, %2\n\t"
		 "# %5 %7\n\t"
		 "jz %l8"
		 : "+r" (a), ASM_CALL_CONSTRAINT, "+r" (b)
		 : "r" (v), "r" (w)
		 : "cc"
		 : zero);
	g1 = a + b;
	return;
zero:
	g2 = 1;
}
