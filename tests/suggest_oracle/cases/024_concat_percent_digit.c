// site: 024_concat_percent_digit.c:11
// truth: the references are split across literals ("%" "0" is %0, "%" "2" is %2): reorder must make the first %1; frame-address must make the %2 a %1.
#include "asmdefs.h"

long concat_percent_digit(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %" "2, %" "0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
