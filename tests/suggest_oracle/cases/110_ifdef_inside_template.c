// site: 110_ifdef_inside_template.c:16
// truth: an #ifdef (off) inside the template literals (r=0, sp=1, v=2, w=3): reorder must give "movq %2, %1 / addq %3, %1"; frame-address "movq %1, %0 / addq %2, %0" (the README says statements with a directive inside are refused, which is also acceptable).
#include "asmdefs.h"

long ifdef_inside_template(long x, long y)
{
	register long v asm("r12") = x;
	register long w asm("r13") = y;
	register long r asm("r14");

	asm volatile("movq %2, %0\n\t"
#ifdef CONFIG_RSPILL_DEBUG
		     "ud2\n\t"
#endif
		     "addq %3, %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v), "r" (w));
	return r;
}
