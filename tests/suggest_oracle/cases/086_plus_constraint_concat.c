// site: 086_plus_constraint_concat.c:13
// truth: the constraint of a is "+" "r" (split literals, still a "+" output): a=0, sp=1, v=2, hidden a=3, hidden sp=4, label 5, so reorder must give "addq %2, %1 / # %4 / jc %l5" and frame-address "addq %1, %0 / # %3 / jc %l4".
#include "asmdefs.h"

void plus_constraint_concat(long x, long y)
{
	register long a asm("r12") = x;
	register long v asm("r13") = y;

	asm goto("addq %2, %0\n\t"
		 "# %3\n\t"
		 "jc %l5"
		 : "+" "r" (a), ASM_CALL_CONSTRAINT
		 : "r" (v)
		 : "cc"
		 : carry);
	g1 = a;
	return;
carry:
	g2 = 1;
}
