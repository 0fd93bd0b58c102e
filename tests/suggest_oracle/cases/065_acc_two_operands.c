// site: 065_acc_two_operands.c:14
// truth: ASM_CALL_CONSTRAINT is redefined to two outputs (sp and "=m" (g9)), so r=0, sp=1, g9=2, v=3: reorder (moving the macro first) must give "movq %3, %2"; frame-address (dropping both) must give "movq %1, %0".
#include "asmdefs.h"

#undef ASM_CALL_CONSTRAINT
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer), "=m" (g9)

long acc_two_operands(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %3, %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
