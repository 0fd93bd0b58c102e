// site: 072_input_clobber_macro.c:13
// truth: INS_CLOBBER(v) is "r" (v) : "memory", "cc", so the clobber colon is hidden (r=0, sp=1, v=2): reorder must give "movq %2, %1"; frame-address must add the input before the hidden colon and give "movq %1, %0".
#include "asmdefs.h"

#define INS_CLOBBER(v) "r" (v) : "memory", "cc"

long input_clobber_macro(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %2, %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : INS_CLOBBER(v));
	return r;
}
