// site: 053_output2_passthrough.c:12
// truth: ASM_OUTPUT2 passes both outputs through (ret=0, ret2=1, sp=2, v=3): reorder must give "movq %3, %1\n\tleaq 1(%3), %2"; frame-address "movq %2, %0\n\tleaq 1(%2), %1".
#include "asmdefs.h"

long output2_passthrough(long x)
{
	register long v asm("r12") = x;
	long ret, ret2;

	asm volatile("movq %3, %0\n\t"
		     "leaq 1(%3), %1"
		     : ASM_OUTPUT2("=a" (ret), "=d" (ret2)), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return ret + ret2;
}
