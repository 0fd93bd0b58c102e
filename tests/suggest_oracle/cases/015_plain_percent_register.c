// site: 015_plain_percent_register.c:12
// truth: %%rax is a literal register, not a reference: reorder must only turn %0 into %1; frame-address must only turn %2 into %1.
#include "asmdefs.h"

long plain_percent_register(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %2, %%rax\n\t"
		     "movq %%rax, %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v)
		     : "rax");
	return r;
}
