// site: 112_if_active_operand.c:19
// truth: the output "=r" (s) is under an #if that is on (x86-64), so r=0, s=1, sp=2, v=3: reorder must give "movq %3, %1 / leaq 1(%3), %2", frame-address "movq %2, %0 / leaq 1(%2), %1" (or refuse because of the directive).
#include "asmdefs.h"

long if_active_operand(long x)
{
	register long v asm("r14") = x;
	register long r asm("r12");
	register long s asm("r13");

	asm volatile("movq %3, %0\n\t"
		     "leaq 1(%3), %1"
		     : "=r" (r),
#if defined(__x86_64__)
		       "=r" (s),
#else
		       "=r" (s), "=m" (g8),
#endif
		       ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r + s;
}
