// site: 113_escaped_quote_in_template.c:11
// truth: the template holds escaped quotes and backslashes around "%%1," and %0 (r=0, sp=1, v=2): reorder must turn both %0 into %1 and leave %%1; frame-address must only turn %2 into %1.
#include "asmdefs.h"

long escaped_quote_in_template(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %2, %0 # \"q:%%1,\\\" %0\""
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
