// site: 089_matching_named.c:12
// truth: the input "[res]" (x) is tied by name and needs no change (r=0, sp=1, x=2, w=3): reorder must give "addq %3, %2 / # %1"; frame-address "addq %2, %1 / # %0".
#include "asmdefs.h"

long matching_named(long x, long y)
{
	register long w asm("r12") = y;
	register long r asm("r13");

	asm volatile("addq %3, %2\n\t"
		     "# %0"
		     : [res] "=r" (r), ASM_CALL_CONSTRAINT
		     : "[res]" (x), "r" (w));
	return r;
}
