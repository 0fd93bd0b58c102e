// site: 034_positional_ref_to_acc.c:12
// truth: %1 is the ASM_CALL_CONSTRAINT operand, so no frame-address edit is correct (refuse); reorder must give "leaq 8(%0), %1\n\taddq %2, %1".
#include "asmdefs.h"

long positional_ref_to_acc(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("leaq 8(%1), %0\n\t"
		     "addq %2, %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
