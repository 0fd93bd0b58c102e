// site: 084_hidden_plus_fa_only.c:12
// truth: ASM_CALL_CONSTRAINT is first (sp=0, a=1, v=2, hidden sp=3, hidden a=4): reorder has nothing to do; frame-address must give "addq %1, %0 / # %3" (the hidden input of a moves from 4 to 3).
#include "asmdefs.h"

long hidden_plus_fa_only(long x, long y)
{
	register long a asm("r12") = x;
	register long v asm("r13") = y;

	asm volatile("addq %2, %1\n\t"
		     "# %4"
		     : ASM_CALL_CONSTRAINT, "+r" (a)
		     : "r" (v));
	return a;
}
