// site: 056_trailing_inputs_goto.c:17
// truth: MORE_INS adds two inputs (r=0, sp=1, v=2, w=3, imm=4, hidden sp=5, label 6): reorder must only turn %0 into %1; frame-address must give "movq %1, %0 / addq %2, %0 / cmpq $%c3, %0 / je %l5".
#include "asmdefs.h"

#define MORE_INS , "r" (w), "i" (3)

void trailing_inputs_goto(long x, long y)
{
	register long v asm("r13") = x;
	register long w asm("r14") = y;
	register long r asm("r12");

	asm goto("movq %2, %0\n\t"
		 "addq %3, %0\n\t"
		 "cmpq $%c4, %0\n\t"
		 "je %l6"
		 : "=r" (r), ASM_CALL_CONSTRAINT
		 : "r" (v) MORE_INS
		 : "cc"
		 : three);
	g1 = r;
	return;
three:
	g2 = 1;
}
