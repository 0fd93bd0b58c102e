// site: 106_comments_in_operand_lists.c:12
// truth: comments inside the operand lists contain ":", ",", quotes, an old operand list and ASM_CALL_CONSTRAINT; the real operands are r=0, sp=1, v=2, w=3: reorder must give "movq %2, %1 / addq %3, %1"; frame-address "movq %1, %0 / addq %2, %0".
#include "asmdefs.h"

long comments_in_operand_lists(long x, long y)
{
	register long v asm("r12") = x;
	register long w asm("r13") = y;
	register long r asm("r14");

	asm volatile("movq %2, %0\n\taddq %3, %0"
		     : /* was: ASM_CALL_CONSTRAINT, "=r" (r) : */ "=r" (r), /* , " */ ASM_CALL_CONSTRAINT /* : */
		     : "r" (v) /* ASM_CALL_CONSTRAINT, "r" (x) : */, "r" (w) // trailing : , "
		     );
	return r;
}
