// site: 111_ifdef_inside_operands.c:16
// truth: the output "=r" (s) is under an #ifdef that is off, so r=0, sp=1, v=2: reorder must give "movq %2, %1", frame-address "movq %1, %0" (or refuse because of the directive).
#include "asmdefs.h"

long ifdef_inside_operands(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");
	register long s asm("r14") = 0;

	asm volatile("movq %2, %0"
		     : "=r" (r),
#ifdef CONFIG_RSPILL_EXTRA
		       "=r" (s),
#endif
		       ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r + s;
}
