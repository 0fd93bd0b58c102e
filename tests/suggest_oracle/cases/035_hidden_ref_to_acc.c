// site: 035_hidden_ref_to_acc.c:12
// truth: %3 is the hidden input of the "+r" ASM_CALL_CONSTRAINT output (r=0, sp=1, v=2, hidden sp=3), so no frame-address edit is correct (refuse); reorder must give "movq %2, %1 / leaq 8(%3), %%rax" (the hidden sp input stays 3).
#include "asmdefs.h"

long hidden_ref_to_acc(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %2, %0\n\t"
		     "leaq 8(%3), %%rax"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v)
		     : "rax");
	return r;
}
