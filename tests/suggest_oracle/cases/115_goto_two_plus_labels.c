// site: 115_goto_two_plus_labels.c:16
// truth: a=0, sp=1, b=2, v=3, hidden a=4, hidden sp=5, hidden b=6, labels 7 and 8 ([l2]): reorder must give "addq %3, %1 / jz %l7 / subq %3, %2 / jc %l[l2] / # %5 %6"; frame-address "addq %2, %0 / jz %l6 / subq %2, %1 / jc %l[l2] / # %4 %5".
#include "asmdefs.h"

void goto_two_plus_labels(long x, long y, long z)
{
	register long a asm("r12") = x;
	register long b asm("r13") = y;
	register long v asm("r14") = z;

	asm goto("addq %3, %0\n\t"
		 "jz %l7\n\t"
		 "subq %3, %2\n\t"
		 "jc %l[l2]\n\t"
		 "# %4 %6"
		 : "+r" (a), ASM_CALL_CONSTRAINT, "+r" (b)
		 : "r" (v)
		 : "cc"
		 : l1, l2);
	g1 = a + b;
	return;
l1:
	g2 = 1;
	return;
l2:
	g3 = 1;
}
