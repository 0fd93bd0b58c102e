// site: 050_zero_arg_fn_macro.c:14
// truth: RET_OUTS() takes no arguments but makes two outputs (ret=0, ret2=1, sp=2, v=3): reorder must give "movq %3, %1\n\tleaq 1(%3), %2"; frame-address "movq %2, %0\n\tleaq 1(%2), %1".
#include "asmdefs.h"

#define RET_OUTS() "=a" (ret), "=d" (ret2)

long zero_arg_fn_macro(long x)
{
	register long v asm("r12") = x;
	long ret, ret2;

	asm volatile("movq %3, %0\n\t"
		     "leaq 1(%3), %1"
		     : RET_OUTS(), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return ret + ret2;
}
