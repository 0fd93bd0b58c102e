// site: 090_comment_backslash.c:14
// truth: the // comment ends in a backslash, so the next line (with ASM_CALL_CONSTRAINT first) is comment too; the real outputs are a=0, sp=1, b=2 (x=3, y=4): reorder must give "movq %3, %1\n\tmovq %4, %2", frame-address "movq %2, %0\n\tmovq %3, %1".
#include "asmdefs.h"

long comment_backslash(long x, long y)
{
	register long xv asm("r14") = x;
	register long yv asm("r15") = y;
	register long a asm("r12");
	register long b asm("r13");

	asm volatile("movq %3, %0\n\tmovq %4, %2"	// was: \
		     : ASM_CALL_CONSTRAINT, "=r" (a), "=r" (b)
		     : "=r" (a), ASM_CALL_CONSTRAINT, "=r" (b)
		     : "r" (xv), "r" (yv));
	return a + b;
}
