// site: 036_label_positional.c:14
// truth: a=0, sp=1, v=2, imm=3, hidden a=4, hidden sp=5, labels 6 and 7: reorder must only turn %0 into %1 (labels stay %l6/%l7); frame-address must give "cmpq $%c2, %1 / je %l5 / jb %l6 / addq %1, %0".
#include "asmdefs.h"

void label_positional(long x, long y)
{
	register long a asm("r12") = x;
	register long v asm("r13") = y;

	asm goto("cmpq $%c3, %2\n\t"
		 "je %l6\n\t"
		 "jb %l7\n\t"
		 "addq %2, %0"
		 : "+r" (a), ASM_CALL_CONSTRAINT
		 : "r" (v), "i" (5)
		 : "cc"
		 : equal, below);
	g1 = a;
	return;
equal:
	g2 = 1;
	return;
below:
	g3 = 1;
}
