// site: 107_acc_name_in_strings.c:10
// truth: the template text and an earlier commented-out statement on the site line mention ASM_CALL_CONSTRAINT; the real statement is r=0, sp=1, v=2: reorder must give "# ASM_CALL_CONSTRAINT goes first: %1 / movq %2, %1"; frame-address "... %0 / movq %1, %0".
#include "asmdefs.h"

long acc_name_in_strings(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	/* asm volatile("x" : ASM_CALL_CONSTRAINT); */ asm volatile("# ASM_CALL_CONSTRAINT goes first: %0\n\tmovq %2, %0" : "=r" (r), ASM_CALL_CONSTRAINT : "r" (v));
	return r;
}
