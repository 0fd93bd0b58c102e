// site: 054_output2_redefined.c:15
// truth: here ASM_OUTPUT2(a, b) is #undef-ed and redefined to keep only a, so the outputs are r=0, sp=1 and v=2: reorder must give "movq %2, %1"; frame-address "movq %1, %0".
#include "asmdefs.h"

#undef ASM_OUTPUT2
#define ASM_OUTPUT2(a, b) a

long output2_redefined(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");
	long s = 3;

	asm volatile("movq %2, %0"
		     : ASM_OUTPUT2("=r" (r), "=r" (s)), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r + s;
}
