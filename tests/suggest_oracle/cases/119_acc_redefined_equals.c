// site: 119_acc_redefined_equals.c:16
// truth: ASM_CALL_CONSTRAINT is redefined as "=r" (no hidden input): r=0, sp=1, v=2, label 3; reorder must give "movq %2, %1 / testq %1, %1 / jz %l3"; frame-address "movq %1, %0 / testq %0, %0 / jz %l3" (the label keeps its number).
#include "asmdefs.h"

#undef ASM_CALL_CONSTRAINT
#define ASM_CALL_CONSTRAINT "=r" (current_stack_pointer)

void acc_redefined_equals(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm goto("movq %2, %0\n\t"
		 "testq %0, %0\n\t"
		 "jz %l3"
		 : "=r" (r), ASM_CALL_CONSTRAINT
		 : "r" (v)
		 : "cc"
		 : zero);
	g1 = r;
	return;
zero:
	g2 = 1;
}
