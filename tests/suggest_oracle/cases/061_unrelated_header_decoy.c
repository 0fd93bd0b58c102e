// site: 061_unrelated_header_decoy.c:14
// truth: LOAD_OUTS comes from h_ops_real.h (two outputs lo=0, hi=1, sp=2, v=3), not from h_ops_decoy.h which the file never includes: reorder must give "movq %3, %1 / leaq 4(%3), %2"; frame-address "movq %2, %0 / leaq 4(%2), %1".
#include "asmdefs.h"
#include "h_ops_real.h"

long unrelated_header_decoy(long x)
{
	register long v asm("r14") = x;
	register long lo asm("r12");
	register long hi asm("r13");

	asm volatile("movq %3, %0\n\t"
		     "leaq 4(%3), %1"
		     : LOAD_OUTS, ASM_CALL_CONSTRAINT
		     : "r" (v));
	return lo + hi;
}
