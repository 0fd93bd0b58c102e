// site: 058_ifdef_input_count.c:18
// truth: CALL_INPUTS is one input here (the two-input definition is under an #ifdef that is off), so a=0, sp=1, v=2, hidden a=3, hidden sp=4: reorder must give "addq %2, %1 / movq %4, %%rax"; frame-address "addq %1, %0 / movq %3, %%rax".
#include "asmdefs.h"

#ifdef CONFIG_RSPILL_EXTRA
#define CALL_INPUTS "r" (v), "r" (w)
#else
#define CALL_INPUTS "r" (v)
#endif

long ifdef_input_count(long x, long y)
{
	register long a asm("r12") = x;
	register long v asm("r13") = y;

	asm volatile("addq %2, %0\n\t"
		     "movq %3, %%rax"
		     : "+r" (a), ASM_CALL_CONSTRAINT
		     : CALL_INPUTS
		     : "rax");
	return a;
}
