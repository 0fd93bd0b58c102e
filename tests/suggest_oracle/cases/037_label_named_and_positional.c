// site: 037_label_named_and_positional.c:14
// truth: r=0, sp=1, v=2, imm=3, hidden sp=4, labels 5 and 6 ([out]): reorder must only turn %0 into %1; frame-address must give "movq %1, %0 / cmpq $%c2, %0 / je %l4 / ja %l[out]".
#include "asmdefs.h"

void label_named_and_positional(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm goto("movq %2, %0\n\t"
		 "cmpq $%c3, %0\n\t"
		 "je %l5\n\t"
		 "ja %l[out]"
		 : "=r" (r), ASM_CALL_CONSTRAINT
		 : "r" (v), "i" (7)
		 : "cc"
		 : same, out);
	g1 = r;
	return;
same:
	g2 = 1;
	return;
out:
	g3 = 1;
}
