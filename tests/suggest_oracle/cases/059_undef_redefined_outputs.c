// site: 059_undef_redefined_outputs.c:28
// truth: EXTRA_OUT is #undef-ed and redefined to two outputs before the statement (r=0, s=1, t=2, sp=3, v=4): reorder must give "%4, %1 / %4, %2 / %4, %3"; frame-address "%3, %0 / %3, %1 / %3, %2".
#include "asmdefs.h"

#define EXTRA_OUT "=r" (s)

long undef_redefined_outputs_old(long x)
{
	register long s asm("rbx");

	asm volatile("movq %1, %0" : EXTRA_OUT : "r" (x));
	return s;
}

#undef EXTRA_OUT
#define EXTRA_OUT "=r" (s), "=r" (t)

long undef_redefined_outputs(long x)
{
	register long v asm("r15") = x;
	register long r asm("r12");
	register long s asm("r13");
	register long t asm("r14");

	asm volatile("movq %4, %0\n\t"
		     "leaq 1(%4), %1\n\t"
		     "leaq 2(%4), %2"
		     : "=r" (r), EXTRA_OUT, ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r + s + t;
}
