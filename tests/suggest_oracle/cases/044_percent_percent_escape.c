// site: 044_percent_percent_escape.c:11
// truth: "%%\0450" is a literal % followed by the reference %0: reorder must make both %0 references %1; frame-address must only make %2 a %1.
#include "asmdefs.h"

long percent_percent_escape(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %2, %0 # %%\0450"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
