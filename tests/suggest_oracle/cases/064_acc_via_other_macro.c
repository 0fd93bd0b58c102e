// site: 064_acc_via_other_macro.c:15
// truth: ASM_CALL_CONSTRAINT is redefined as __ASM_CALL_SP (still one "+r" operand), r=0, sp=1, v=2, imm=3: reorder must give "leaq %c3(%2), %1"; frame-address "leaq %c2(%1), %0".
#include "asmdefs.h"

#undef ASM_CALL_CONSTRAINT
#define __ASM_CALL_SP "+r" (current_stack_pointer)
#define ASM_CALL_CONSTRAINT __ASM_CALL_SP

long acc_via_other_macro(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("leaq %c3(%2), %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v), "i" (56));
	return r;
}
