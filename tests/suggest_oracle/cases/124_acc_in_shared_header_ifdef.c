// site: 124_acc_in_shared_header_ifdef.c:13
// truth: h_acc_ifdef.h defines ASM_CALL_CONSTRAINT in the #else branch of #ifdef CONFIG_RSPILL_OLD_SP as one "+r" operand on a different register variable (__sp); operands are r=0, sp=1, v=2, w=3: reorder must give "movq %2, %1 / xorq %3, %1", frame-address "movq %1, %0 / xorq %2, %0".
#include "h_acc_ifdef.h"

long acc_in_shared_header_ifdef(long x, long y)
{
	register long v asm("r12") = x;
	register long w asm("r13") = y;
	register long r asm("r14");

	asm volatile("movq %2, %0\n\t"
		     "xorq %3, %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v), "r" (w));
	return r;
}
