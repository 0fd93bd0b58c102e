// site: 102_percent_percent_digit.c:12
// truth: "%%0" and "%%1" are literal text, "%%%0" is a literal % then the reference %0: reorder must only change the real %0 references (to %1); frame-address must only change %2 (to %1).
#include "asmdefs.h"

long percent_percent_digit(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %2, %0\n\t"
		     "# lit %%0 %%1 %%%0 100%%"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
