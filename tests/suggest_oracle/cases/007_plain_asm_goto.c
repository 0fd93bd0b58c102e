// site: 007_plain_asm_goto.c:13
// truth: operands are r=0, sp=1, v=2, hidden sp input=3, label zero=4: reorder must give "movq %2, %1 / testq %1, %1 / jz %l4"; frame-address must give "movq %1, %0 / testq %0, %0 / jz %l3" (one output and one hidden input gone, one input added).
#include "asmdefs.h"

void plain_asm_goto(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm goto("movq %2, %0\n\t"
		 "testq %0, %0\n\t"
		 "jz %l4"
		 : "=r" (r), ASM_CALL_CONSTRAINT
		 : "r" (v)
		 : "cc"
		 : zero);
	g1 = r;
	return;
zero:
	g2 = -1;
}
