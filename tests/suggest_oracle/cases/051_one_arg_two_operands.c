// site: 051_one_arg_two_operands.c:15
// truth: OUT_PAIR(res) is one argument making two outputs (res_lo=0, res_hi=1, sp=2, v=3): reorder must give "movq %3, %1\n\tleaq 1(%3), %2"; frame-address "movq %2, %0\n\tleaq 1(%2), %1".
#include "asmdefs.h"

#define OUT_PAIR(v) "=r" (v##_lo), "=r" (v##_hi)

long one_arg_two_operands(long x)
{
	register long v asm("r14") = x;
	register long res_lo asm("r12");
	register long res_hi asm("r13");

	asm volatile("movq %3, %0\n\t"
		     "leaq 1(%3), %1"
		     : OUT_PAIR(res), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return res_lo + res_hi;
}
